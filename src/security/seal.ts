import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM sealing for small JSON payloads (PII in job data). Format, base64 of
 * `version(1) | iv(12) | tag(16) | ciphertext`. The associated data binds a blob to its purpose
 * so a sealed value cannot be replayed into another field or another kind of record.
 */
const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const SEAL_KEY_BYTES = 32;

export class SealError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SealError';
  }
}

/**
 * IVs come from a pooled block of CSPRNG bytes: one randomBytes call per 341 seals instead of
 * one per seal (a synchronous call into OpenSSL that showed up on the webhook's hot path).
 * Each IV is still 96 fresh random bits, used once.
 */
const IV_POOL_BYTES = IV_BYTES * 341;
let ivPool = Buffer.alloc(0);
let ivOffset = IV_POOL_BYTES;

function nextIv(): Buffer {
  if (ivOffset + IV_BYTES > ivPool.length) {
    ivPool = randomBytes(IV_POOL_BYTES);
    ivOffset = 0;
  }
  const iv = ivPool.subarray(ivOffset, ivOffset + IV_BYTES);
  ivOffset += IV_BYTES;
  return iv;
}

function assertKey(key: Buffer): void {
  if (key.length !== SEAL_KEY_BYTES) throw new SealError(`sealing key must be ${SEAL_KEY_BYTES} bytes, got ${key.length}`);
}

export function sealJson(value: unknown, key: Buffer, associatedData: string): string {
  assertKey(key);
  const iv = nextIv();
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(associatedData));
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.of(VERSION), iv, cipher.getAuthTag(), ciphertext]).toString('base64');
}

/** Returns the parsed JSON; throws SealError when the blob is malformed or the key is not the one that sealed it. */
export function openSealedJson(sealed: string, key: Buffer, associatedData: string): unknown {
  assertKey(key);
  const blob = Buffer.from(sealed, 'base64');
  if (blob.length < 1 + IV_BYTES + TAG_BYTES || blob[0] !== VERSION) throw new SealError('sealed value is malformed or of an unknown version');
  const iv = blob.subarray(1, 1 + IV_BYTES);
  const tag = blob.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(Buffer.from(associatedData));
  decipher.setAuthTag(tag);
  try {
    const plain = Buffer.concat([decipher.update(blob.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]);
    return JSON.parse(plain.toString('utf8'));
  } catch {
    throw new SealError('sealed value cannot be opened with this key: the producer and the worker must share the same JOB_DATA_KEY');
  }
}
