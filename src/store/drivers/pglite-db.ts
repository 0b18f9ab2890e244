import Module from 'node:module';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { Db, Queryable, QueryResult } from '../db';
import type { SessionRunner } from '../migrate';

type PgliteModule = typeof import('@electric-sql/pglite');

type NativeLoad = (request: string, parent: unknown) => unknown;

// PGlite's WASM loader uses dynamic import(), which jest's VM rejects (without
// --experimental-vm-modules). Loading it through Node's own module loader keeps it outside any VM,
// so tests and production run the same code.
function loadPglite(): PgliteModule {
  const load = (Module as unknown as { _load: NativeLoad })._load;
  return load(require.resolve('@electric-sql/pglite'), null) as PgliteModule;
}

// PGlite's serializer rejects Date objects inside arrays; ISO strings mean the same to PostgreSQL.
const plain = (value: unknown): unknown =>
  value instanceof Date ? value.toISOString() : Array.isArray(value) ? value.map(plain) : value;

function queryable(target: PGlite | Transaction): Queryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<Row>> {
      const result = await target.query<Row>(sql, params.map(plain));
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
    },
  };
}

export interface PgliteDb extends Db {
  withSession: SessionRunner;
  /** Snapshot of the whole data directory (tests reuse it to skip initdb). */
  dump(): Promise<Blob>;
}

/**
 * Embedded PostgreSQL (WASM). `dataDir` is a directory, or `memory://` for a throwaway database
 * (tests). PGlite has a single connection, so a session-level search_path holds for every query.
 */
export async function createPgliteDb(dataDir: string, schema?: string, loadDataDir?: Blob): Promise<PgliteDb> {
  const pg = await loadPglite().PGlite.create(dataDir, loadDataDir ? { loadDataDir } : {});
  if (schema) {
    await pg.exec(`CREATE SCHEMA IF NOT EXISTS "${schema}"; SET search_path TO "${schema}"`);
  }
  const base = queryable(pg);
  let closed = false;
  return {
    driver: 'pglite',
    query: base.query,
    transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
      return pg.transaction((tx) => work(queryable(tx)));
    },
    withSession(work) {
      return work({ ...base, exec: async (sql) => void (await pg.exec(sql)) });
    },
    async ping(): Promise<boolean> {
      try {
        await pg.query('SELECT 1');
        return true;
      } catch {
        return false;
      }
    },
    async dump(): Promise<Blob> {
      return pg.dumpDataDir('none');
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      await pg.close();
    },
  };
}
