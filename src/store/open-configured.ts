import type { Db } from './db';
import { openDb } from './open-db';

/** The database the process configuration names: DATABASE_URL, else the embedded one. */
export function openConfiguredDb(config: { DATABASE_URL?: string | undefined; RISKDESK_DATA_DIR: string }): Promise<Db> {
  return openDb({ ...(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : {}), dataDir: config.RISKDESK_DATA_DIR });
}
