import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../../src/store/open-db';
import { MIGRATIONS } from '../../src/store/migrations';
import { describeEachDb, testSchemaName } from '../helpers/test-db';

describeEachDb('migrations', ({ db }) => {
  it('records every migration once', async () => {
    const { rows } = await db().query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version).sort((a, b) => a - b));
  });

  it('creates the marketplace tables', async () => {
    for (const table of ['users', 'orders', 'payments', 'disputes', 'refunds', 'devices', 'account_events', 'enforcements']) {
      const { rows } = await db().query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
      expect(rows[0]?.n).toBe(0);
    }
  });

  it('rolls back a failed transaction', async () => {
    await expect(
      db().transaction(async (tx) => {
        await tx.query(`INSERT INTO enforcements (id, user_id, action, created_at) VALUES ('e1', 'u1', 'ban', now())`);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const { rows } = await db().query<{ n: number }>('SELECT count(*)::int AS n FROM enforcements');
    expect(rows[0]?.n).toBe(0);
    expect(await db().ping()).toBe(true);
  });
});

describe('migrations on reopen', () => {
  it('are idempotent on a persisted embedded database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'riskdesk-mig-'));
    try {
      const first = await openDb({ dataDir: dir });
      await first.query(`INSERT INTO users (id, email, username, created_at, status) VALUES ('u1', 'a@example.com', 'a', now(), 'active')`);
      await first.close();
      const second = await openDb({ dataDir: dir });
      const users = await second.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
      const versions = await second.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations');
      await second.close();
      expect(users.rows[0]?.n).toBe(1);
      expect(versions.rows[0]?.n).toBe(MIGRATIONS.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // Two cold starts of the embedded database: each takes seconds on a loaded 2-core machine.
  }, 90_000);

  const url = process.env.TEST_DATABASE_URL;
  (url ? it : it.skip)('apply once when several processes open PostgreSQL at the same time', async () => {
    const schema = testSchemaName();
    const dbs = await Promise.all([1, 2, 3, 4].map(() => openDb({ databaseUrl: url, dataDir: '', schema })));
    try {
      const counts = await Promise.all(dbs.map((d) => d.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations')));
      const rows = counts.map((c) => c.rows[0]);
      expect(rows.map((r) => r?.n)).toEqual(dbs.map(() => MIGRATIONS.length));
    } finally {
      await dbs[0]?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await Promise.all(dbs.map((d) => d.close()));
    }
  });

  it('rejects a schema name that is not a plain identifier', async () => {
    await expect(openDb({ dataDir: 'memory://', schema: 'x"; DROP TABLE users; --' })).rejects.toThrow(/plain lower-case identifier/);
  });
});
