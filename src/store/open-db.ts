import { mkdirSync } from 'node:fs';
import type { Db } from './db';
import { createPgDb, ensurePgSchema } from './drivers/pg-db';
import { createPgliteDb, type PgliteDb } from './drivers/pglite-db';
import { applyMigrations } from './migrate';
import { MIGRATIONS } from './migrations';
import { EmbeddedDbDamagedError, firstLine } from './store-errors';

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
  return openEmbeddedDb(dataDir, { ...(schema ? { schema } : {}), ...(options.pgliteSnapshot ? { snapshot: options.pgliteSnapshot } : {}) });
}

// PGlite itself gave up (WASM abort, its thread died), as opposed to a SQL error.
const PGLITE_DIED = /Aborted\(|RuntimeError|memory access out of bounds|embedded database thread/;

/**
 * The embedded database in `dataDir` (created if missing), migrations applied. A directory PGlite
 * cannot open, or dies on while migrating, is reported as EmbeddedDbDamagedError (one line, with
 * the way out) instead of PGlite's own abort.
 */
export async function openEmbeddedDb(dataDir: string, options: { schema?: string; snapshot?: Blob } = {}): Promise<PgliteDb> {
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  let db: PgliteDb;
  try {
    db = await createPgliteDb(dataDir, options.schema, options.snapshot);
  } catch (error) {
    if (inMemory || !EmbeddedDbDamagedError.isDamage(error)) throw error;
    throw new EmbeddedDbDamagedError(dataDir, firstLine(error));
  }
  try {
    return await migrateOrClose(db, db.withSession);
  } catch (error) {
    if (inMemory || !PGLITE_DIED.test(firstLine(error))) throw error;
    throw new EmbeddedDbDamagedError(dataDir, firstLine(error));
  }
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
