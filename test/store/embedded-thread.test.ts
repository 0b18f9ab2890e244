/**
 * The embedded database runs on its own thread (src/store/drivers/pglite-thread.js): errors keep
 * PostgreSQL's fields, transactions commit and roll back across the thread boundary, prepared
 * reads answer exactly like plain ones, and an open but idle database never keeps a CLI alive.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Db } from '../../src/store/db';
import { EmbeddedDbError } from '../../src/store/drivers/pglite-thread-client';
import { openDb } from '../../src/store/open-db';

let db: Db;

beforeAll(async () => {
  db = await openDb({ dataDir: 'memory://' });
  await db.query('CREATE TABLE things (id text PRIMARY KEY, n int NOT NULL, at timestamptz, tags text[], doc jsonb)');
}, 60_000);
afterAll(async () => db?.close());

describe('embedded database on its own thread', () => {
  it('a failing statement rejects with PostgreSQL’s code and detail; the database keeps working', async () => {
    await db.query('INSERT INTO things (id, n) VALUES ($1, $2)', ['dup', 1]);
    const failure = await db.query('INSERT INTO things (id, n) VALUES ($1, $2)', ['dup', 2]).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(EmbeddedDbError);
    expect(failure).toMatchObject({ code: '23505', constraint: 'things_pkey' });
    expect(String((failure as Error).message)).toMatch(/duplicate key/);
    await expect(db.query('SELECT n FROM things WHERE id = $1', ['dup'])).resolves.toMatchObject({ rows: [{ n: 1 }] });
  });

  it('a transaction commits what its work did, and rolls everything back when the work throws', async () => {
    await db.transaction(async (tx) => {
      await tx.query('INSERT INTO things (id, n) VALUES ($1, $2)', ['tx-a', 1]);
      await tx.query('UPDATE things SET n = n + 1 WHERE id = $1', ['tx-a']);
    });
    await expect(
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO things (id, n) VALUES ($1, $2)', ['tx-b', 1]);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    const { rows } = await db.query<{ id: string; n: number }>("SELECT id, n FROM things WHERE id LIKE 'tx-%' ORDER BY id");
    expect(rows).toEqual([{ id: 'tx-a', n: 2 }]);
  });

  it('a query issued while a transaction is open waits for it and sees only committed data', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const transaction = db.transaction(async (tx) => {
      await tx.query('INSERT INTO things (id, n) VALUES ($1, $2)', ['tx-c', 7]);
      await gate;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const outside = db.query<{ n: number }>('SELECT n FROM things WHERE id = $1', ['tx-c']);
    release();
    await transaction;
    expect((await outside).rows).toEqual([{ n: 7 }]);
  });

  it('prepared reads (repeated, with different parameters) answer exactly like the same SQL run plainly', async () => {
    const at = new Date('2026-11-25T10:00:00.000Z');
    for (let i = 0; i < 5; i += 1) {
      await db.query('INSERT INTO things (id, n, at, tags, doc) VALUES ($1, $2, $3, $4, $5::jsonb)', [`p-${i}`, i, at, ['x', `t${i}`], JSON.stringify({ i })]);
    }
    const read = 'SELECT id, n, at, tags, doc FROM things WHERE id = ANY($1::text[]) AND n >= $2::int ORDER BY id';
    for (const [ids, min] of [[['p-1', 'p-2', 'p-3'], 2], [['p-0', 'p-4'], 0], [['nope'], 0]] as const) {
      const prepared = await db.query(read, [ids, min]);
      // Inside a transaction the thread uses PGlite's own (unprepared) path: the reference answer.
      const plain = await db.transaction((tx) => tx.query(read, [ids, min]));
      expect(prepared.rows).toEqual(plain.rows);
    }
    const { rows } = await db.query<{ at: Date; tags: string[]; doc: { i: number } }>(read, [['p-3'], 0]);
    expect(rows[0]?.at).toEqual(at);
    expect(rows[0]?.tags).toEqual(['x', 't3']);
    expect(rows[0]?.doc).toEqual({ i: 3 });
  });

  it('a prepared read that fails (bad parameter) rejects clearly and the next one still works', async () => {
    const read = 'SELECT n FROM things WHERE n = $1::int';
    await expect(db.query(read, ['not a number'])).rejects.toMatchObject({ code: '22P02' });
    await expect(db.query(read, [2])).resolves.toMatchObject({ rows: [{ n: 2 }, { n: 2 }] });
  });

  it('past the cap on prepared statements, further distinct reads still answer (unprepared)', async () => {
    const read = (k: number) => db.query<{ v: number }>(`SELECT $1::int + ${k} AS v`, [1]);
    for (let k = 0; k < 520; k += 1) expect((await read(k)).rows).toEqual([{ v: 1 + k }]);
    expect((await read(519)).rows).toEqual([{ v: 520 }]);
    expect((await read(3)).rows).toEqual([{ v: 4 }]);
  }, 60_000);

  it('an open, idle embedded database does not keep a process from exiting', () => {
    const register = path.join(__dirname, '..', 'worker', 'crash', 'ts-register.js');
    const script = "require('./src/store/open-db').openDb({ dataDir: 'memory://' }).then((db) => db.query('SELECT 41 + 1 AS answer')).then((r) => console.log(JSON.stringify(r.rows)))";
    const child = spawnSync(process.execPath, ['-r', register, '-e', script], { cwd: path.join(__dirname, '..', '..'), encoding: 'utf8', timeout: 60_000 });
    expect(child.stdout.trim()).toBe('[{"answer":42}]');
    expect(child.status).toBe(0);
  }, 70_000);
});
