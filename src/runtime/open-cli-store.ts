/**
 * The database for a CLI command — the one way every command opens it:
 * - DATABASE_URL: PostgreSQL, shared by any number of processes;
 * - embedded, a service owns it (`riskdesk start`/`work`): through that service's loopback socket;
 * - embedded, nobody owns it: opened here, under the same lock the service takes, so a service
 *   started meanwhile refuses (naming this process) instead of opening the files a second time.
 */
import { mkdirSync } from 'node:fs';
import type { Config } from '../config/load-config';
import type { Db } from '../store/db';
import { createSharedSessionPgDb } from '../store/drivers/pg-db';
import { openEmbeddedDb } from '../store/open-db';
import { openConfiguredDb } from '../store/open-configured';
import { firstLine, StoreUnavailableError } from '../store/store-errors';
import { readEndpoint, removeEndpoint, type Endpoint } from './embedded-endpoint';
import { EmbeddedDbInUseError, lockEmbeddedDataDir, SERVICE_COMMANDS } from './embedded-lock';

/** A service owns the embedded database but its socket does not answer. */
export class EmbeddedServiceUnreachableError extends StoreUnavailableError {
  override name = 'EmbeddedServiceUnreachableError';
}

/** `command` (e.g. `riskdesk import`) is named to a service that tries to start meanwhile. */
export async function openCliStore(config: Pick<Config, 'DATABASE_URL' | 'RISKDESK_DATA_DIR'>, command: string): Promise<Db> {
  if (config.DATABASE_URL || config.RISKDESK_DATA_DIR.startsWith('memory://')) return openConfiguredDb(config);
  const dataDir = config.RISKDESK_DATA_DIR;
  mkdirSync(dataDir, { recursive: true });
  let release: () => void;
  try {
    release = lockEmbeddedDataDir(dataDir, command, () => removeEndpoint(dataDir));
  } catch (error) {
    if (!(error instanceof EmbeddedDbInUseError)) throw error;
    return throughService(error);
  }
  let db: Db;
  try {
    db = await openEmbeddedDb(dataDir);
  } catch (error) {
    release();
    throw error;
  }
  const closeDb = db.close.bind(db);
  return Object.assign(db, {
    async close() {
      try {
        await closeDb();
      } finally {
        release();
      }
    },
  });
}

async function throughService(inUse: EmbeddedDbInUseError): Promise<Db> {
  const { dataDir, holder } = inUse;
  const endpoint = readEndpoint(dataDir);
  if (!endpoint || endpoint.pid !== holder.pid) {
    if (!SERVICE_COMMANDS.includes(holder.command)) throw inUse;
    throw new EmbeddedDbInUseError(dataDir, holder, 'that service is still starting (it serves the CLI once its database is open) — try again in a moment');
  }
  const db = createSharedSessionPgDb(endpoint);
  try {
    await db.query('SELECT 1');
  } catch (error) {
    await db.close().catch(() => undefined);
    throw unreachable(dataDir, endpoint, holder.command, error);
  }
  return db;
}

function unreachable(dataDir: string, endpoint: Endpoint, command: string, error: unknown): EmbeddedServiceUnreachableError {
  return new EmbeddedServiceUnreachableError(
    `the embedded database in ${dataDir} is owned by process ${endpoint.pid} (${command}), which does not answer on ${endpoint.host}:${endpoint.port} (${firstLine(error)}): ` +
      `check that process — if it is stuck, stop it (kill ${endpoint.pid}) and start riskdesk again — then retry`,
  );
}
