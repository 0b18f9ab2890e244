import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Db, Queryable, QueryResult } from '../db';
import type { SessionRunner } from '../migrate';

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
}

type Operation = 'query' | 'exec' | 'begin' | 'commit' | 'rollback' | 'dump' | 'close';

interface ThreadErrorShape {
  name?: string;
  message?: string;
  code?: string;
  detail?: string;
  hint?: string;
  constraint?: string;
  table?: string;
}

type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: ThreadErrorShape };

/** A database error raised on the thread, with PostgreSQL's fields (code, detail, constraint…) kept. */
export class EmbeddedDbError extends Error {
  readonly code?: string;
  readonly detail?: string;
  readonly hint?: string;
  readonly constraint?: string;
  readonly table?: string;

  constructor(shape: ThreadErrorShape) {
    super(shape.message ?? 'embedded database error');
    this.name = shape.name === 'error' || !shape.name ? 'EmbeddedDbError' : shape.name;
    Object.assign(this, { code: shape.code, detail: shape.detail, hint: shape.hint, constraint: shape.constraint, table: shape.table });
  }
}

// PGlite's serializer rejects Date objects inside arrays; ISO strings mean the same to PostgreSQL.
const plain = (value: unknown): unknown =>
  value instanceof Date ? value.toISOString() : Array.isArray(value) ? value.map(plain) : value;

function isReply(message: unknown): message is Reply {
  return typeof message === 'object' && message !== null && typeof (message as { id?: unknown }).id === 'number' && typeof (message as { ok?: unknown }).ok === 'boolean';
}

interface ThreadClient {
  call(op: Operation, fields?: { sql?: string; params?: unknown[]; tx?: number }): Promise<unknown>;
  ready: Promise<unknown>;
  terminate(): Promise<number>;
}

function startThread(workerData: { dataDir: string; schema?: string; snapshot?: Uint8Array }): ThreadClient {
  const transferList = workerData.snapshot ? [workerData.snapshot.buffer as ArrayBuffer] : [];
  const worker = new Worker(path.join(__dirname, 'pglite-thread.js'), { workerData, transferList });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let failure: Error | undefined;
  // The thread keeps the process alive only while a call is waiting for it (an idle open database must not).
  const settle = (id: number, outcome: (entry: { resolve: (value: unknown) => void; reject: (error: Error) => void }) => void): void => {
    const entry = pending.get(id);
    if (!entry) return;
    pending.delete(id);
    if (pending.size === 0) worker.unref();
    outcome(entry);
  };
  const failAll = (error: Error): void => {
    failure ??= error;
    for (const id of [...pending.keys()]) settle(id, (entry) => entry.reject(error));
  };
  worker.on('message', (message: unknown) => {
    if (!isReply(message)) return;
    settle(message.id, (entry) => (message.ok ? entry.resolve(message.value) : entry.reject(new EmbeddedDbError(message.error))));
  });
  worker.on('error', (error) => failAll(new Error(`the embedded database thread crashed: ${error.message} — restart riskdesk`)));
  worker.on('exit', (code) => failAll(new Error(`the embedded database thread has stopped (exit ${code})`)));
  const register = (id: number): Promise<unknown> =>
    new Promise((resolve, reject) => {
      if (failure) return reject(failure);
      pending.set(id, { resolve, reject });
      worker.ref();
    });
  const ready = register(0);
  return {
    ready,
    call(op, fields = {}) {
      const id = nextId++;
      const reply = register(id);
      if (!failure) worker.postMessage({ id, op, ...fields });
      return reply;
    },
    terminate: () => worker.terminate(),
  };
}

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
    withSession(work) {
      return work({ ...base, exec: async (sql) => void (await thread.call('exec', { sql })) });
    },
    async ping(): Promise<boolean> {
      try {
        await base.query('SELECT 1');
        return true;
      } catch {
        return false;
      }
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
