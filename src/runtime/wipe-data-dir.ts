/**
 * `riskdesk reset` on the embedded database: empties RISKDESK_DATA_DIR — the database files and
 * everything else in it, generated secrets included — under the directory's lock, so never while
 * a service or a command has it open. A directory that does not look like riskdesk's is left alone.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { JOB_DATA_KEY_FILE } from '../security/job-data-key';
import { StoreUnavailableError } from '../store/store-errors';
import { ENDPOINT_FILE } from './embedded-endpoint';
import { EmbeddedDbInUseError, LOCK_FILE, lockEmbeddedDataDir } from './embedded-lock';

/** Entries that only a riskdesk data directory (PGlite's files, riskdesk's own) contains. */
const KNOWN_ENTRIES = new Set(['PG_VERSION', 'base', 'global', 'pg_wal', 'pg_xact', 'postgresql.conf', JOB_DATA_KEY_FILE, LOCK_FILE, ENDPOINT_FILE]);

export interface WipeReport {
  dataDir: string;
  /** What was removed, directories with a trailing slash; empty when there was nothing. */
  removed: string[];
}

/** Refuses (nothing removed) when the directory is in use or is not a riskdesk data directory. */
export function wipeEmbeddedDataDir(dataDir: string): WipeReport {
  if (!existsSync(dataDir)) return { dataDir, removed: [] };
  const entries = readdirSync(dataDir);
  if (entries.length > 0 && !entries.some((entry) => KNOWN_ENTRIES.has(entry))) {
    throw new StoreUnavailableError(
      `${dataDir} does not look like a riskdesk data directory (no PG_VERSION, base/ or riskdesk files in it): nothing was removed — check RISKDESK_DATA_DIR`,
    );
  }
  let release: () => void;
  try {
    release = lockEmbeddedDataDir(dataDir, 'riskdesk reset');
  } catch (error) {
    if (!(error instanceof EmbeddedDbInUseError)) throw error;
    throw new EmbeddedDbInUseError(dataDir, error.holder, 'stop it first — reset never wipes a database that is open — then run `riskdesk reset` again');
  }
  try {
    const removed: string[] = [];
    for (const entry of readdirSync(dataDir).sort()) {
      if (entry === LOCK_FILE) continue;
      const target = path.join(dataDir, entry);
      const isDir = statSync(target).isDirectory();
      rmSync(target, { recursive: true, force: true });
      removed.push(isDir ? `${entry}/` : entry);
    }
    return { dataDir, removed };
  } finally {
    release();
  }
}
