import type { RiskContext } from '../../src/risk/types';
import { PATTERNS } from '../../src/seed/patterns';
import type { Queryable } from '../../src/store/db';
import { CLI_AT, CLI_WORLD, runCli, tempFiles } from '../helpers/cli-harness';
import { createTestDb, describeEachDb, type TestDb } from '../helpers/test-db';

// The import, seed and context commands driven through commander (real option parsing, exit
// codes, output) on one injected database per engine. cli-open.test.ts covers the commands
// opening the database themselves from RISKDESK_DATA_DIR / DATABASE_URL.
const files = tempFiles();
afterAll(() => files.cleanup());
const env = { RISKDESK_DATA_DIR: 'memory://unused', LOG_LEVEL: 'silent' };
const worldFile = files.write('world.json', CLI_WORLD);

async function tableCounts(db: Queryable): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['users', 'orders', 'payments', 'devices', 'enforcements']) {
    counts[table] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]?.n ?? -1;
  }
  return counts;
}

const codesOf = (reasons: Array<{ code: string }> | undefined): string[] => (reasons ?? []).map((r) => r.code).sort();

describeEachDb('riskdesk CLI', ({ db }) => {
  const cli = (...args: string[]) => runCli(args, { env, db: db() });

  describe('import', () => {
    it('loads a valid file and prints what it imported', async () => {
      const run = await cli('import', worldFile);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      expect(JSON.parse(run.stdout)).toEqual({
        imported: { users: 3, orders: 2, payments: 1, disputes: 0, refunds: 0, devices: 2, account_events: 0, shows: 0, enforcements: 1 },
      });
      expect(await tableCounts(db())).toEqual({ users: 3, orders: 2, payments: 1, devices: 2, enforcements: 1 });
    });

    it('is idempotent: importing the same file again changes no counts', async () => {
      const before = await tableCounts(db());
      const run = await cli('import', worldFile);
      expect(run.code).toBe(0);
      expect(await tableCounts(db())).toEqual(before);
    });

    it('rejects an invalid file with exit 2, names entity/index/field, and changes nothing', async () => {
      const before = await tableCounts(db());
      const [first, second] = CLI_WORLD.users;
      // A valid change to an existing row precedes the bad record: it must not survive either.
      const bad = files.write('bad.json', { users: [{ ...first, status: 'suspended' }, { ...second, email: 'not-an-email' }] });
      const run = await cli('import', bad);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^riskdesk import: .*users\[1\]\.email/s);
      expect(await tableCounts(db())).toEqual(before);
      const { rows } = await db().query<{ status: string }>(`SELECT status FROM users WHERE id = 'cli-buyer'`);
      expect(rows[0]?.status).toBe('active');
    });

    it('reports an unreadable or malformed file as bad input (exit 2)', async () => {
      const missing = await cli('import', `${worldFile}.missing`);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/cannot read/);
      const broken = await cli('import', files.write('broken.json', '{"orders": [{"id": "x"'));
      expect(broken.code).toBe(2);
      expect(broken.stderr).toMatch(/not valid JSON/);
    });
  });

  describe('context', () => {
    const parse = (stdout: string): RiskContext => JSON.parse(stdout) as RiskContext;

    it('--email (any case) + --text: the requester, the order parties and their reasons', async () => {
      const run = await cli('context', '--email', 'DANA.BUYER@cli.EXAMPLE', '--text', 'where is #WN-71000001 ??', '--at', CLI_AT);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      const ctx = parse(run.stdout);
      expect(ctx.requester).toMatchObject({ userId: 'cli-buyer', roles: ['requester', 'buyer'] });
      expect(codesOf(ctx.requester?.reasons)).toEqual(['linked_to_banned_account']);
      expect(ctx.requester?.linkedAccounts).toEqual([{ userId: 'cli-banned', username: 'ban_hammer', status: 'banned', via: ['device'] }]);
      const seller = ctx.parties.find((p) => p.userId === 'cli-seller');
      expect(seller?.roles).toEqual(['seller']);
      expect(codesOf(seller?.reasons)).toEqual(['seller_unshipped_orders']);
      expect(seller?.seller?.unshippedOver3Days).toBe(2);
      expect(ctx.orders.map((o) => [o.id, o.status, o.buyerId])).toEqual([['WN-71000001', 'paid', 'cli-buyer']]);
      expect(codesOf(ctx.reasons)).toEqual(['linked_to_banned_account', 'seller_unshipped_orders']);
      expect(ctx.score).toBe(Math.max(...ctx.parties.map((p) => p.score)));
      expect(ctx.computedAt).toBe(new Date(CLI_AT).toISOString());
    });

    it('--user ID resolves the requester by marketplace id, and the id wins over a different email', async () => {
      const run = await cli('context', '--user', 'cli-seller', '--email', 'dana.buyer@cli.example', '--at', CLI_AT);
      expect(run.code).toBe(0);
      const ctx = parse(run.stdout);
      expect(ctx.requester?.userId).toBe('cli-seller');
      expect(ctx.parties.map((p) => p.userId)).toEqual(['cli-seller']);
    });

    it('an unknown requester is a normal answer: requester null with a note, exit 0', async () => {
      const run = await cli('context', '--email', 'nobody@nowhere.example', '--text', 'order 71000001 never came', '--at', CLI_AT);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      const ctx = parse(run.stdout);
      expect(ctx.requester).toBeNull();
      expect(ctx.requesterNote).toMatch(/No marketplace account matches/);
      // The parties the text names still come in.
      expect(ctx.parties.map((p) => p.userId).sort()).toEqual(['cli-buyer', 'cli-seller']);
    });

    it.each([
      [[], /give --email E or --user ID/],
      [['--text', 'hello'], /give --email E or --user ID/],
      [['--user', 'cli-buyer', '--at', 'yesterday'], /--at: /],
      [['--email', 'a'], /--email: /],
    ])('bad input %j → exit 2 with a clear message, nothing on stdout', async (args, message) => {
      const run = await cli('context', ...args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^riskdesk context: /);
      expect(run.stderr).toMatch(message);
    });

    it('an unreadable risk configuration is bad input (exit 2) naming the file', async () => {
      const run = await runCli(['context', '--user', 'cli-buyer'], { env: { ...env, RISK_CONFIG_FILE: '/nonexistent/risk.yaml' }, db: db() });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/\/nonexistent\/risk\.yaml/);
    });
  });

  describe('seed', () => {
    let other: TestDb | undefined;
    afterAll(async () => other?.cleanup());

    // Seeded rows only (the CLI world shares the database); timestamps follow `now`, so they are left out.
    const seededRows = async (target: Queryable): Promise<string> => {
      const { rows } = await target.query<{ digest: string }>(`SELECT
        (SELECT md5(string_agg(concat_ws('|', id, email, status, is_seller, email_verified), ',' ORDER BY id)) FROM users WHERE id LIKE 'U%') || ':' ||
        (SELECT md5(string_agg(concat_ws('|', id, buyer_id, seller_id, amount_cents, status), ',' ORDER BY id)) FROM orders WHERE id LIKE 'WN-48%') AS digest`);
      return rows[0]?.digest ?? '';
    };

    it('prints every planted pattern with accounts that exist, and is deterministic', async () => {
      // --reset: the imported CLI world is in this database (seed-reset.test.ts covers the refusal).
      const args = ['seed', '--reset', '--users', '120', '--orders', '600', '--seed', '5'];
      const run = await cli(...args);
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout) as { seed: unknown; patterns: Record<string, Array<{ id: string; username: string; email: string }>> };
      expect(report.seed).toEqual({ users: 120, orders: 600, seed: 5 });
      expect(Object.keys(report.patterns).sort()).toEqual([...PATTERNS, 'clean_long_standing'].sort());
      for (const accounts of Object.values(report.patterns)) {
        expect(accounts.length).toBeGreaterThan(0);
        for (const a of accounts) expect(a.email).toBe(`${a.username}@example.com`);
      }
      const ids = Object.values(report.patterns).flat().map((a) => a.id);
      const found = await db().query<{ n: number }>('SELECT count(*)::int AS n FROM users WHERE id = ANY($1::text[])', [ids]);
      expect(found.rows[0]?.n).toBe(new Set(ids).size);

      other = await createTestDb(db().driver === 'pg' ? 'postgres' : 'pglite');
      const again = await runCli(args, { env, db: other.db });
      expect(again.code).toBe(0);
      expect(again.stdout).toBe(run.stdout);
      expect(await seededRows(other.db)).toBe(await seededRows(db()));

      const different = await runCli(['seed', '--reset', '--users', '120', '--orders', '600', '--seed', '6'], { env, db: other.db });
      expect(JSON.parse(different.stdout).patterns).not.toEqual(report.patterns);
    });

    it.each([
      [['--users', '3'], /--users: /],
      [['--orders', 'many'], /--orders: /],
      [['--seed', '-1'], /--seed: /],
    ])('bad options %j → exit 2, nothing seeded', async (args, message) => {
      const before = await tableCounts(db());
      const run = await cli('seed', ...args);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stdout).toBe('');
      expect(await tableCounts(db())).toEqual(before);
    });
  });
});
