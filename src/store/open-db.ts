import { mkdirSync } from 'node:fs';
import type { Db } from './db';
import { createPgDb, ensurePgSchema } from './drivers/pg-db';
import { createPgliteDb } from './drivers/pglite-db';
import { applyMigrations } from './migrate';
import { MIGRATIONS } from './migrations';

export interface OpenDbOptions {
  /** PostgreSQL URL; when absent the embedded database under `dataDir` is used. */
  databaseUrl?: string;
  /** Embedded database directory (created if missing), or `memory://` for a throwaway one. */
  dataDir: string;
  /** Isolated schema (tests): created if missing and used as search_path for every query. */
  schema?: string;
  /** Embedded only: start from this data-directory snapshot instead of running initdb (tests). */
  pgliteSnapshot?: Blob;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Opens the database the environment asks for and brings its schema up to date. */
export async function openDb(options: OpenDbOptions): Promise<Db> {
  const { databaseUrl, dataDir, schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new Error(`schema "${schema}" is not a plain lower-case identifier (letters, digits, _)`);
  }
  if (databaseUrl) {
    if (schema) await ensurePgSchema(databaseUrl, schema);
    const db = createPgDb(databaseUrl, schema);
    return migrateOrClose(db, db.withSession);
  }
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const db = await createPgliteDb(dataDir, schema, options.pgliteSnapshot);
  return migrateOrClose(db, db.withSession);
}

/** Embedded database as a snapshot, migrations applied: tests start from it in a fraction of initdb's time. */
export async function snapshotEmbeddedDb(): Promise<Blob> {
  const db = await createPgliteDb('memory://');
  try {
    await applyMigrations(db.withSession, MIGRATIONS);
    return await db.dump();
  } finally {
    await db.close();
  }
}

async function migrateOrClose<T extends Db>(db: T, withSession: Parameters<typeof applyMigrations>[0]): Promise<T> {
  try {
    await applyMigrations(withSession, MIGRATIONS);
    return db;
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}
