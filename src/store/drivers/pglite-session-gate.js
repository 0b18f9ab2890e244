'use strict';
/**
 * PGlite has ONE session, shared by the service's own queries (this thread) and by the CLI clients
 * connected over the socket. The gate hands that session to one owner at a time, first come first
 * served: a thread transaction from BEGIN to COMMIT, a socket client from its first message until
 * the session is idle again (see pglite-socket-server.js). Nobody's statements ever land inside
 * somebody else's transaction or half-sent extended-protocol exchange.
 */
function createSessionGate() {
  let owner = null;
  const waiting = [];

  /** Resolves once `who` owns the session; an owner asking again gets it at once. */
  function acquire(who) {
    if (owner === who) return Promise.resolve();
    if (owner === null && waiting.length === 0) {
      owner = who;
      return Promise.resolve();
    }
    return new Promise((resolve) => waiting.push({ who, resolve }));
  }

  function release(who) {
    if (owner !== who) return;
    const next = waiting.shift();
    owner = next ? next.who : null;
    if (next) next.resolve();
  }

  async function run(who, work) {
    await acquire(who);
    try {
      return await work();
    } finally {
      release(who);
    }
  }

  return { acquire, release, run, owns: (who) => owner === who, queued: () => waiting.length };
}

module.exports = { createSessionGate };
