/**
 * The embedded database served over its loopback socket (src/store/drivers/pglite-socket-server.js):
 * PGlite has ONE session, shared by the thread's own queries and transactions and by every socket
 * client. Nobody's statements may land inside someone else's transaction or extended-protocol
 * exchange; a client needs the password; a client that leaves mid-transaction is rolled back.
 */
import { Client } from 'pg';
import { createPgliteDb, type PgliteDb } from '../../src/store/drivers/pglite-db';
import { createSharedSessionPgDb } from '../../src/store/drivers/pg-db';

const PASSWORD = 'socket-test-password-0001';
// How long a client may hold the session without sending anything (the service uses 60 s).
let db: PgliteDb;
let port: number;
const clients: Client[] = [];

async function client(password = PASSWORD): Promise<Client> {
  const c = new Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres', password, ssl: false });
  c.on('error', () => undefined);
  clients.push(c);
  await c.connect();
  return c;
}

const count = async (where: string): Promise<number> => Number((await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM things WHERE ${where}`)).rows[0]?.n);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  db = await createPgliteDb('memory://');
  await db.query('CREATE TABLE things (id text PRIMARY KEY, n int NOT NULL)');
  port = await db.serve(PASSWORD, { holdTimeoutMs: 1500 });
}, 60_000);

afterAll(async () => {
  await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  await db?.close();
});

describe('the embedded database over its socket', () => {
  it('answers a client that sends the password, and refuses one that does not', async () => {
    const c = await client();
    await c.query('INSERT INTO things (id, n) VALUES ($1, $2)', ['from-socket', 1]);
    expect((await db.query('SELECT n FROM things WHERE id = $1', ['from-socket'])).rows).toEqual([{ n: 1 }]);
    await expect(client('wrong-password')).rejects.toMatchObject({ code: '28P01' });
  });

  it('a socket client never runs inside a transaction of the thread', async () => {
    const c = await client();
    let seenInside: number | undefined;
    await db
      .transaction(async (tx) => {
        await tx.query('INSERT INTO things (id, n) VALUES ($1, $2)', ['thread-uncommitted', 1]);
        // Issued while the transaction is open: interleaved, it would see the uncommitted row.
        const outside = c.query<{ n: number }>("SELECT count(*)::int AS n FROM things WHERE id = 'thread-uncommitted'");
        await pause(300);
        void outside.then((r) => (seenInside = r.rows[0]?.n));
        throw new Error('roll back');
      })
      .catch(() => undefined);
    const after = await c.query<{ n: number }>("SELECT count(*)::int AS n FROM things WHERE id = 'thread-uncommitted'");
    expect(seenInside).toBe(0);
    expect(after.rows[0]?.n).toBe(0);
  });

  it('a session held by the thread (migrations) keeps socket clients out until it is released', async () => {
    const c = await client();
    let seenInside: number | undefined;
    await db.withSession(async (session) => {
      await session.exec('BEGIN');
      await session.query('INSERT INTO things (id, n) VALUES ($1, $2)', ['held-uncommitted', 1]);
      const outside = c.query<{ n: number }>("SELECT count(*)::int AS n FROM things WHERE id = 'held-uncommitted'");
      void outside.then((r) => (seenInside = r.rows[0]?.n));
      await pause(300);
      await session.exec('ROLLBACK');
    });
    await c.query('SELECT 1');
    expect(seenInside).toBe(0);
  });

  it("the thread's queries never run inside a socket client's transaction", async () => {
    const c = await client();
    await c.query('BEGIN');
    await c.query('INSERT INTO things (id, n) VALUES ($1, $2)', ['socket-uncommitted', 1]);
    const threadRead = count("id = 'socket-uncommitted'");
    const threadTx = db.transaction((tx) => tx.query('INSERT INTO things (id, n) VALUES ($1, $2)', ['thread-after', 1]));
    await pause(300);
    await c.query('ROLLBACK');
    expect(await threadRead).toBe(0);
    await threadTx;
    expect(await count("id = 'thread-after'")).toBe(1);
  });

  it('clients (large messages arriving in pieces included), the thread and prepared reads never mix up their exchanges', async () => {
    const target = { host: '127.0.0.1', port, password: PASSWORD };
    const sockets = [createSharedSessionPgDb(target), createSharedSessionPgDb(target), createSharedSessionPgDb(target)];
    try {
      for (let i = 0; i < 30; i += 1) await db.query('INSERT INTO things (id, n) VALUES ($1, $2)', [`mix-${i}`, i]);
      // Each reader its own statement and answer shape: a reply delivered to the wrong one shows.
      const readers = [db, ...sockets].map((q, k) => async (i: number) => {
        const { rows } = await q.query<{ answer: string }>(`SELECT id || ':' || (n * ${k + 1})::text || ':${k}' AS answer FROM things WHERE id = $1 AND n = $2::int`, [`mix-${i}`, i]);
        return { got: rows.map((r) => r.answer).join(','), want: `mix-${i}:${i * (k + 1)}:${k}` };
      });
      const reads = Array.from({ length: 30 }, (_, i) => readers.map((read) => read(i))).flat();
      // A parameter this large reaches the server in many chunks: other clients' messages arrive in between.
      const big = 'x'.repeat(4_000_000);
      const bigReads = Array.from({ length: 3 }, (_, i) =>
        (sockets[i] ?? db).query<{ len: number; k: number }>('SELECT length($1::text) AS len, $2::int AS k', [big, i]).then(({ rows }) => ({ got: JSON.stringify(rows), want: JSON.stringify([{ len: big.length, k: i }]) })),
      );
      const writes = sockets.map((s, k) =>
        s.transaction(async (tx) => {
          for (let i = 0; i < 5; i += 1) await tx.query('INSERT INTO things (id, n) VALUES ($1, $2)', [`tx-${k}-${i}`, i]);
        }),
      );
      const answers = await Promise.all([...reads, ...bigReads]);
      await Promise.all(writes);
      expect(answers.filter((a) => a.got !== a.want)).toEqual([]);
      expect(await count("id LIKE 'tx-%'")).toBe(15);
    } finally {
      await Promise.all(sockets.map((s) => s.close()));
    }
  });

  it('a client that disconnects inside a transaction is rolled back, and everyone carries on', async () => {
    const c = await client();
    await c.query('BEGIN');
    await c.query('INSERT INTO things (id, n) VALUES ($1, $2)', ['left-behind', 1]);
    const waiting = count("id = 'left-behind'");
    (c as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    expect(await waiting).toBe(0);
    const other = await client();
    expect((await other.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });

  it('a client that sits in a transaction without a word is disconnected and rolled back', async () => {
    const c = await client();
    let lost: unknown;
    c.on('error', (error) => (lost = error));
    await c.query('BEGIN');
    await c.query('INSERT INTO things (id, n) VALUES ($1, $2)', ['idle-in-tx', 1]);
    expect(await count("id = 'idle-in-tx'")).toBe(0);
    await expect(c.query('SELECT 1')).rejects.toThrow();
    expect(lost).toBeDefined();
  });
});
