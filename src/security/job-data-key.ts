import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { PrivateFileError, readOrCreatePrivateFile } from './private-file';
import { SEAL_KEY_BYTES } from './seal';

export const JOB_DATA_KEY_FILE = 'job-data.key';

export class JobDataKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JobDataKeyError';
  }
}

const HOW_TO = 'set JOB_DATA_KEY to 32 random bytes, hex (64 characters) or base64 — e.g. `openssl rand -base64 32`';

/** Accepts 64 hex characters or base64 of exactly 32 bytes; never echoes the value in errors. */
export function parseJobDataKey(value: string, origin = 'JOB_DATA_KEY'): Buffer {
  const trimmed = value.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return Buffer.from(trimmed, 'hex');
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) {
    const decoded = Buffer.from(trimmed, 'base64');
    if (decoded.length === SEAL_KEY_BYTES) return decoded;
  }
  throw new JobDataKeyError(`${origin} is not a 32-byte key: ${HOW_TO}`);
}

/**
 * The key that seals PII in job data. JOB_DATA_KEY wins; otherwise a random key is created once
 * (mode 0600) under the data directory. That fallback only works when the server and the worker
 * share the directory: multi-machine deployments must set JOB_DATA_KEY.
 */
export function resolveJobDataKey(config: { JOB_DATA_KEY?: string; RISKDESK_DATA_DIR: string }): Buffer {
  if (config.JOB_DATA_KEY) return parseJobDataKey(config.JOB_DATA_KEY);
  const path = join(config.RISKDESK_DATA_DIR, JOB_DATA_KEY_FILE);
  try {
    return parseJobDataKey(readOrCreatePrivateFile(path, () => randomBytes(SEAL_KEY_BYTES).toString('base64') + '\n', HOW_TO), path);
  } catch (error) {
    throw error instanceof PrivateFileError ? new JobDataKeyError(error.message) : error;
  }
}
