/** A bare database (no migrations applied) on the embedded PGlite or in a fresh PostgreSQL schema. */
import { createPgDb, ensurePgSchema } from '../../src/store/drivers/pg-db';
import { createPgliteDb } from '../../src/store/drivers/pglite-db';
import type { SessionRunner } from '../../src/store/migrate';
import type { Db } from '../../src/store/db';
import { testSchemaName } from './test-db';

export interface FreshDb {
  db: Db;
  withSession: SessionRunner;
  cleanup(): Promise<void>;
}

export async function freshDb(label: 'pglite' | 'postgres'): Promise<FreshDb> {
  if (label === 'pglite') {
    const db = await createPgliteDb('memory://');
    return { db, withSession: db.withSession, cleanup: () => db.close() };
  }
  const url = process.env.TEST_DATABASE_URL ?? '';
  const schema = testSchemaName();
  await ensurePgSchema(url, schema);
  const db = createPgDb(url, schema);
  return {
    db,
    withSession: db.withSession,
    async cleanup() {
      await db.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
      await db.close();
    },
  };
}
