'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a worker_threads entry, plain CommonJS */
/**
 * The embedded database's own thread. PGlite is PostgreSQL compiled to WASM: every query runs
 * synchronously on the thread that hosts it, so hosting it here keeps planning and executing SQL
 * off the service's event loop (webhooks, helpdesk calls, BullMQ) and lets it use the second core.
 * Plain JavaScript so it runs as-is under the compiled service and under the TypeScript tests;
 * its protocol is typed on the other side, in pglite-thread-client.ts.
 *
 * While the service runs, the same PGlite is served to the CLI over a loopback socket ('serve',
 * pglite-socket-server.js). Every operation here takes the one session through the gate the socket
 * clients use too, so neither ever runs inside the other's transaction.
 *
 * Messages in: { id, op, sql?, params?, tx?, session?, password?, holdTimeoutMs? }; out: { id, ok: true, value } | { id, ok: false, error }.
 */
const { parentPort, workerData } = require('node:worker_threads');
const { createSessionGate } = require('./pglite-session-gate');
const { serveSocket } = require('./pglite-socket-server');

const openTransactions = new Map();
/** Read statements prepared on the connection: sql → { name, types } (see preparedQuery); beyond MAX_PREPARED distinct ones, reads run unprepared. */
const prepared = new Map();
const MAX_PREPARED = 500;
let nextTransaction = 1;
let pg;
let socketServer = null;
const gate = createSessionGate();
/** Sessions held across several operations (withSession: migrations): id → gate owner. */
const heldSessions = new Map();
let nextHeldSession = 1;

/** Runs one operation as the session's owner: for its duration, or inside a session held by the caller. */
function exclusively(message, work) {
  if (!message.session) return gate.run({}, work);
  if (!heldSessions.has(message.session)) throw new Error(`session ${message.session} is not held (already released)`);
  return work();
}

async function holdSession() {
  const owner = {};
  await gate.acquire(owner);
  const id = nextHeldSession++;
  heldSessions.set(id, owner);
  return id;
}

function releaseSession(id) {
  const owner = heldSessions.get(id);
  heldSessions.delete(id);
  if (owner) gate.release(owner);
  return null;
}

function errorShape(error) {
  const shape = { name: 'Error', message: String(error) };
  if (error && typeof error === 'object') {
    for (const key of ['name', 'message', 'code', 'detail', 'hint', 'severity', 'schema', 'table', 'column', 'constraint', 'position']) {
      if (typeof error[key] === 'string' || typeof error[key] === 'number') shape[key] = error[key];
    }
  }
  return shape;
}

async function open() {
  const { PGlite } = require('@electric-sql/pglite');
  const options = workerData.snapshot ? { loadDataDir: new Blob([workerData.snapshot]) } : {};
  pg = await PGlite.create(workerData.dataDir, options);
  if (workerData.schema) await pg.exec(`CREATE SCHEMA IF NOT EXISTS "${workerData.schema}"; SET search_path TO "${workerData.schema}"`);
  // As on PostgreSQL (pg-db.ts): a prepared read is planned once, not re-planned per call.
  await pg.exec('SET plan_cache_mode = force_generic_plan');
}

/**
 * Parameterised reads outside transactions (the risk context, note memory lookups) run as named prepared
 * statements: PGlite's query() parses and plans every call, and for the risk statements planning
 * costs more than executing. Same wire messages as PGlite's own query(), under the same locks.
 */
function canPrepare(message) {
  return (
    !message.tx &&
    !message.session &&
    Array.isArray(message.params) &&
    message.params.length > 0 &&
    /^\s*(SELECT|WITH)\b/i.test(message.sql) &&
    !/\b(INSERT|UPDATE|DELETE)\b/i.test(message.sql) &&
    (prepared.has(message.sql) || prepared.size < MAX_PREPARED) &&
    typeof pg._runExclusiveTransaction === 'function' &&
    typeof pg._runExclusiveQuery === 'function'
  );
}

async function statementFor(sql) {
  const known = prepared.get(sql);
  if (known) return known;
  const { protocol, parse } = require('@electric-sql/pglite');
  const name = `rd_${prepared.size + 1}`;
  const reply = await pg.execProtocol(Buffer.concat([protocol.serialize.parse({ name, text: sql }), protocol.serialize.describe({ type: 'S', name }), protocol.serialize.sync()]), { syncToFs: false });
  const statement = { name, types: parse.parseDescribeStatementResults(reply.messages) };
  prepared.set(sql, statement);
  return statement;
}

function preparedQuery(sql, params) {
  const { protocol, parse } = require('@electric-sql/pglite');
  const serialize = protocol.serialize;
  return pg._runExclusiveTransaction(() =>
    pg._runExclusiveQuery(async () => {
      const statement = await statementFor(sql);
      const values = params.map((value, i) => {
        if (value === null || value === undefined) return null;
        const serializer = pg.serializers[statement.types[i]];
        return serializer ? serializer(value) : String(value);
      });
      const reply = await pg.execProtocol(
        Buffer.concat([serialize.bind({ statement: statement.name, values }), serialize.describe({ type: 'P' }), serialize.execute({}), serialize.sync()]),
        { syncToFs: false },
      );
      const result = parse.parseResults(reply.messages, pg.parsers)[0];
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
    }),
  );
}

async function query(target, sql, params) {
  const result = await target.query(sql, params);
  return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
}

/**
 * Opens a transaction that stays open until the main thread sends commit or rollback; it owns the
 * session (gate) from BEGIN until it ends, however it ends.
 */
async function begin() {
  const owner = {};
  await gate.acquire(owner);
  return new Promise((resolveBegin, rejectBegin) => {
    const id = nextTransaction++;
    const entry = { tx: undefined, commit: undefined, rollback: undefined, finished: undefined };
    entry.finished = pg.transaction(
      (tx) =>
        new Promise((commit, rollback) => {
          Object.assign(entry, { tx, commit, rollback });
          openTransactions.set(id, entry);
          resolveBegin(id);
        }),
    );
    const end = () => gate.release(owner);
    entry.finished.then(end, end);
    // Only matters when BEGIN itself fails; once begun, the outcome is awaited by finish().
    entry.finished.catch(rejectBegin);
  });
}

function transactionOf(id) {
  const entry = openTransactions.get(id);
  if (!entry) throw new Error(`transaction ${id} is not open (already committed or rolled back)`);
  return entry;
}

async function finish(id, commit) {
  const entry = transactionOf(id);
  openTransactions.delete(id);
  if (commit) entry.commit();
  else entry.rollback(new Error('rolled back by the caller'));
  try {
    await entry.finished;
  } catch (error) {
    if (commit) throw error;
  }
}

async function handle(message) {
  switch (message.op) {
    case 'query':
      if (message.tx) return query(transactionOf(message.tx).tx, message.sql, message.params);
      return exclusively(message, () => (canPrepare(message) ? preparedQuery(message.sql, message.params) : query(pg, message.sql, message.params)));
    case 'exec':
      await exclusively(message, () => pg.exec(message.sql));
      return null;
    case 'hold':
      return holdSession();
    case 'unhold':
      return releaseSession(message.session);
    case 'begin':
      return begin();
    case 'commit':
      return finish(message.tx, true);
    case 'rollback':
      return finish(message.tx, false);
    case 'serve':
      if (socketServer) throw new Error('the embedded database is already served');
      socketServer = await serveSocket(pg, gate, { password: message.password, holdTimeoutMs: message.holdTimeoutMs });
      return { port: socketServer.port };
    case 'dump': {
      const blob = await exclusively(message, () => pg.dumpDataDir('none'));
      return new Uint8Array(await blob.arrayBuffer());
    }
    case 'close':
      await socketServer?.stop();
      socketServer = null;
      await exclusively(message, () => pg.close());
      return null;
    default:
      throw new Error(`unknown operation ${message.op}`);
  }
}

parentPort.on('message', (message) => {
  handle(message).then(
    (value) => parentPort.postMessage({ id: message.id, ok: true, value }),
    (error) => parentPort.postMessage({ id: message.id, ok: false, error: errorShape(error) }),
  );
});

open().then(
  () => parentPort.postMessage({ id: 0, ok: true, value: 'ready' }),
  (error) => parentPort.postMessage({ id: 0, ok: false, error: errorShape(error) }),
);
