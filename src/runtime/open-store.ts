/**
 * The service's database: PostgreSQL (DATABASE_URL), or the embedded one under RISKDESK_DATA_DIR,
 * which the service then OWNS: it holds the directory's lock (embedded-lock.ts) and serves the
 * database to CLI commands on a loopback port recorded in the endpoint file (embedded-endpoint.ts)
 * until it closes. `seed` runs the demo-data hook on an embedded database when AUTO_SEED allows it.
 */
import { mkdirSync } from 'node:fs';
import type { Config } from '../config/load-config';
import type { Logger } from '../logging/logger';
import type { Db } from '../store/db';
import type { PgliteDb } from '../store/drivers/pglite-db';
import { openEmbeddedDb } from '../store/open-db';
import { timedStep } from '../logging/step';
import { openConfiguredDb } from '../store/open-configured';
import { newEndpointPassword, removeEndpoint, writeEndpoint } from './embedded-endpoint';
import { lockEmbeddedDataDir } from './embedded-lock';

export interface OpenStoreOptions {
  /** Called on a freshly opened embedded database when AUTO_SEED is true (demo data for a first run). */
  seed?: (db: Db, logger: Logger) => Promise<void>;
  /** The command that owns the database, named to anyone else who tries to open it. */
  command?: string;
}

const LOOPBACK = '127.0.0.1';

export async function openStore(config: Config, logger: Logger, options: OpenStoreOptions = {}): Promise<Db> {
  const opening = 'opening the database';
  if (config.DATABASE_URL) return timedStep(logger, opening, () => openConfiguredDb(config));
  if (config.RISKDESK_DATA_DIR.startsWith('memory://')) {
    // In memory (tests, benchmarks): nothing on disk to own or share.
    const db = await timedStep(logger, opening, () => openConfiguredDb(config));
    if (config.AUTO_SEED && options.seed) await options.seed(db, logger);
    return db;
  }
  const dataDir = config.RISKDESK_DATA_DIR;
  mkdirSync(dataDir, { recursive: true });
  const release = lockEmbeddedDataDir(dataDir, options.command ?? 'riskdesk start', () => removeEndpoint(dataDir));
  let db: PgliteDb;
  try {
    db = await timedStep(logger, opening, () => openEmbeddedDb(dataDir));
  } catch (error) {
    release();
    throw error;
  }
  const closeDb = db.close.bind(db);
  const close = async (): Promise<void> => {
    try {
      await closeDb();
    } finally {
      removeEndpoint(dataDir);
      release();
    }
  };
  try {
    const password = newEndpointPassword();
    const port = await db.serve(password);
    writeEndpoint(dataDir, { pid: process.pid, host: LOOPBACK, port, password });
    logger.info({ dataDir, cliPort: port }, 'embedded database open in this process; CLI commands work through it while it runs');
    if (config.AUTO_SEED && options.seed) await options.seed(db, logger);
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
  return Object.assign(db, { close });
}
