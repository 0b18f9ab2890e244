import { z } from 'zod';
import type { Db, Queryable, QueryResult } from '../db';
import type { SessionRunner } from '../migrate';
import { startThread, type ThreadClient } from './pglite-thread-client';

/**
 * Embedded PostgreSQL (PGlite, WASM) hosted on its own worker thread (pglite-thread.js): SQL runs
 * on the second core instead of blocking the event loop that answers webhooks and calls the
 * helpdesks. `dataDir` is a directory, or `memory://` for a throwaway database (tests). PGlite has
 * a single connection, so a session-level search_path holds for every query, and statements from
 * concurrent callers are serialised by PGlite itself (a transaction holds the connection until it ends).
 */
export interface PgliteDb extends Db {
  withSession: SessionRunner;
  /** Snapshot of the whole data directory (tests reuse it to skip initdb). */
  dump(): Promise<Blob>;
  /**
   * Serves this database to local clients on a loopback TCP port (any free one), for clients that
   * send `password`; resolves with the port. Stops when the database closes. A client holding the
   * session (open transaction) silent for `holdTimeoutMs` (default 60 s) is disconnected.
   */
  serve(password: string, options?: { holdTimeoutMs?: number }): Promise<number>;
}

// PGlite's serializer rejects Date objects inside arrays; ISO strings mean the same to PostgreSQL.
const plain = (value: unknown): unknown =>
  value instanceof Date ? value.toISOString() : Array.isArray(value) ? value.map(plain) : value;

function queryable(thread: ThreadClient, tx?: number): Queryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<Row>> {
      return (await thread.call('query', { sql, params: params.map(plain), tx })) as QueryResult<Row>;
    },
  };
}

async function inTransaction<T>(thread: ThreadClient, work: (tx: Queryable) => Promise<T>): Promise<T> {
  const tx = (await thread.call('begin')) as number;
  let result: T;
  try {
    result = await work(queryable(thread, tx));
  } catch (error) {
    await thread.call('rollback', { tx }).catch(() => undefined);
    throw error;
  }
  await thread.call('commit', { tx });
  return result;
}

export async function createPgliteDb(dataDir: string, schema?: string, loadDataDir?: Blob): Promise<PgliteDb> {
  const snapshot = loadDataDir ? new Uint8Array(await loadDataDir.arrayBuffer()) : undefined;
  const thread = startThread({ dataDir, schema, snapshot });
  try {
    await thread.ready;
  } catch (error) {
    await thread.terminate();
    throw error;
  }
  const base = queryable(thread);
  let closed = false;
  return {
    driver: 'pglite',
    query: base.query,
    transaction: (work) => inTransaction(thread, work),
    // The session is held for the whole work (no socket client in between, e.g. mid-migration).
    async withSession(work) {
      const session = z.number().int().parse(await thread.call('hold'));
      try {
        return await work({
          query: async <Row>(sql: string, params: readonly unknown[] = []) => (await thread.call('query', { sql, params: params.map(plain), session })) as QueryResult<Row>,
          exec: async (sql) => void (await thread.call('exec', { sql, session })),
        });
      } finally {
        await thread.call('unhold', { session });
      }
    },
    async ping(): Promise<boolean> {
      try {
        await base.query('SELECT 1');
        return true;
      } catch {
        return false;
      }
    },
    async serve(password: string, options: { holdTimeoutMs?: number } = {}): Promise<number> {
      const { port } = z.object({ port: z.number().int().min(1).max(65535) }).parse(await thread.call('serve', { password, ...options }));
      return port;
    },
    async dump(): Promise<Blob> {
      return new Blob([(await thread.call('dump')) as Uint8Array<ArrayBuffer>]);
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      await thread.call('close').catch(() => undefined);
      await thread.terminate();
    },
  };
}
