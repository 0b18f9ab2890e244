'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- runs on the embedded database thread, plain CommonJS */
/**
 * Serves the thread's PGlite to local clients (the CLI while the service runs) on a loopback TCP
 * port, so ONE process ever opens the data directory. pglite-socket's connection handler does the
 * framing, SSL refusal and socket life cycle; the session is handed out here, through the same
 * gate the thread's own queries and transactions use (pglite-session-gate.js):
 * - a client must first send the password from the endpoint file (cleartext, loopback only);
 * - a client holds the session from its first message until PGlite answers ReadyForQuery "idle",
 *   so its transactions and extended-protocol exchanges are never interleaved with anyone's;
 * - a client that leaves, or holds the session without sending anything for holdTimeoutMs, is
 *   disconnected and its transaction rolled back.
 * pglite-socket's own multiplexer is not used: it interleaves clients between protocol messages
 * and knows nothing of this thread's transactions.
 */
const net = require('node:net');
const { setTimeout, clearTimeout } = require('node:timers');
const { createHash, timingSafeEqual } = require('node:crypto');
const { PGLiteSocketHandler } = require('@electric-sql/pglite-socket');
const { TERMINATE, askForPassword, createReadyWatcher, fatalError, isStartupPacket, passwordIn } = require('./pglite-wire');

const MAX_CLIENTS = 32;
const DEFAULT_HOLD_TIMEOUT_MS = 60_000;
const SYNC = Buffer.from([0x53, 0, 0, 0, 4]);
const ROLLBACK = Buffer.concat([Buffer.from([0x51, 0, 0, 0, 13]), Buffer.from('ROLLBACK\0')]);

function sameSecret(given, expected) {
  const digest = (value) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function createClientQueue(pg, gate, options) {
  const clients = new Map();

  function clientOf(handlerId) {
    let client = clients.get(handlerId);
    if (!client) {
      client = { id: handlerId, owner: { socketClient: handlerId }, stage: 'startup', startup: null, busy: Promise.resolve(), gone: false, holdTimer: null };
      clients.set(handlerId, client);
    }
    return client;
  }

  function refuse(onData, code, text) {
    onData(fatalError(code, text));
    throw new Error(text);
  }

  /** Gives the session back, first ending whatever the client left open. */
  async function endSession(client) {
    clearTimeout(client.holdTimer);
    if (!gate.owns(client.owner)) return;
    try {
      await pg.runExclusive(async () => {
        await pg.execProtocolRaw(SYNC);
        if (pg.isInTransaction()) await pg.execProtocolRaw(ROLLBACK);
      });
    } finally {
      gate.release(client.owner);
    }
  }

  async function exchange(client, message, onData) {
    await gate.acquire(client.owner);
    if (client.gone) {
      gate.release(client.owner);
      throw new Error('client disconnected');
    }
    clearTimeout(client.holdTimer);
    const watcher = createReadyWatcher();
    let bytes = 0;
    try {
      await pg.runExclusive(() =>
        pg.execProtocolRawStream(message, {
          onRawData(data) {
            watcher.feed(data);
            bytes += data.length;
            onData(data);
          },
        }),
      );
    } finally {
      if (watcher.idle()) gate.release(client.owner);
      else client.holdTimer = setTimeout(() => options.disconnect(client.id), options.holdTimeoutMs);
    }
    return bytes;
  }

  async function handle(client, message, onData) {
    if (client.gone) throw new Error('client disconnected');
    if (client.stage === 'startup') {
      if (!isStartupPacket(message)) return refuse(onData, '08P01', 'expected a startup packet');
      client.startup = message;
      client.stage = 'password';
      onData(askForPassword());
      return 0;
    }
    if (client.stage === 'password') {
      const given = passwordIn(message);
      if (!given || !sameSecret(given, options.password)) return refuse(onData, '28P01', 'password authentication failed');
      client.stage = 'ready';
      return exchange(client, client.startup, onData);
    }
    // Terminate would end PGlite's one session for everybody: the client just leaves.
    if (message[0] === TERMINATE) return endSession(client).then(() => 0);
    return exchange(client, message, onData);
  }

  return {
    enqueue(handlerId, message, onData) {
      const client = clientOf(handlerId);
      const step = client.busy.then(() => handle(client, message, onData));
      client.busy = step.catch(() => undefined);
      return step;
    },
    getQueueLength: () => gate.queued(),
    clearQueueForHandler(handlerId) {
      const client = clients.get(handlerId);
      if (client) client.gone = true;
    },
    async clearTransactionIfNeeded(handlerId) {
      const client = clients.get(handlerId);
      if (!client) return;
      clients.delete(handlerId);
      await client.busy;
      await endSession(client);
    },
  };
}

/** Starts serving on host:port (0 = any free port); resolves with the port and a stop(). */
async function serveSocket(pg, gate, { password, host = '127.0.0.1', port = 0, holdTimeoutMs = DEFAULT_HOLD_TIMEOUT_MS }) {
  const handlers = new Map();
  const queue = createClientQueue(pg, gate, {
    password: Buffer.from(password, 'utf8'),
    holdTimeoutMs,
    disconnect: (id) => void handlers.get(id)?.detach(true),
  });
  const server = net.createServer((socket) => {
    const handler = new PGLiteSocketHandler({ queryQueue: queue, closeOnDetach: true });
    handlers.set(handler.handlerId, handler);
    const forget = () => handlers.delete(handler.handlerId);
    handler.addEventListener('close', forget);
    handler.addEventListener('error', forget);
    handler.attach(socket).catch(() => socket.destroy());
  });
  server.maxConnections = MAX_CLIENTS;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', () => undefined);
  return {
    port: server.address().port,
    async stop() {
      const closed = new Promise((resolve) => server.close(resolve));
      await Promise.all([...handlers.values()].map((handler) => handler.detach(true)));
      handlers.clear();
      await closed;
    },
  };
}

module.exports = { serveSocket };
