/**
 * Opens the database the config names: PostgreSQL (DATABASE_URL) or the embedded one under
 * RISKDESK_DATA_DIR, locked to this process (see embedded-lock.ts). `seed` runs the demo-data
 * hook on an embedded database when AUTO_SEED allows it.
 */
import type { Config } from '../config/load-config';
import type { Logger } from '../logging/logger';
import type { Db } from '../store/db';
import { mkdirSync } from 'node:fs';
import { timedStep } from '../logging/step';
import { openConfiguredDb } from '../store/open-configured';
import { lockEmbeddedDataDir } from './embedded-lock';

export interface OpenStoreOptions {
  /** Called on a freshly opened embedded database when AUTO_SEED is true (demo data for a first run). */
  seed?: (db: Db, logger: Logger) => Promise<void>;
}

export async function openStore(config: Config, logger: Logger, options: OpenStoreOptions = {}): Promise<Db> {
  const open = (): Promise<Db> => timedStep(logger, 'opening the database', () => openConfiguredDb(config));
  if (config.DATABASE_URL) return open();
  // The same directory every command uses (openConfiguredDb), locked to this process.
  const dataDir = config.RISKDESK_DATA_DIR;
  mkdirSync(dataDir, { recursive: true });
  const release = lockEmbeddedDataDir(dataDir);
  let db: Db;
  try {
    db = await open();
  } catch (error) {
    release();
    throw error;
  }
  logger.info({ dataDir }, 'embedded database open (one process only; set DATABASE_URL to share it)');
  if (config.AUTO_SEED && options.seed) await options.seed(db, logger);
  const close = db.close.bind(db);
  return Object.assign(db, {
    async close() {
      await close();
      release();
    },
  });
}
