import path from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * The main thread's side of the embedded database thread (pglite-thread.js): numbered requests,
 * their replies, PostgreSQL's error fields carried across, and a thread that keeps the process
 * alive only while a call is waiting for it.
 */
export type Operation = 'query' | 'exec' | 'begin' | 'commit' | 'rollback' | 'hold' | 'unhold' | 'serve' | 'dump' | 'close';

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

function isReply(message: unknown): message is Reply {
  return typeof message === 'object' && message !== null && typeof (message as { id?: unknown }).id === 'number' && typeof (message as { ok?: unknown }).ok === 'boolean';
}

export interface ThreadClient {
  call(op: Operation, fields?: { sql?: string; params?: unknown[]; tx?: number; session?: number; password?: string; holdTimeoutMs?: number }): Promise<unknown>;
  ready: Promise<unknown>;
  terminate(): Promise<number>;
}

export function startThread(workerData: { dataDir: string; schema?: string; snapshot?: Uint8Array }): ThreadClient {
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

