import { SCENARIOS } from '../../src/cli/demo/scenarios';
import { buildRiskContext } from '../../src/risk/build-context';
import { loadRiskConfig } from '../../src/risk/config';
import { RISK_LEVELS } from '../../src/risk/types';
import { PATTERN_NAMES, PATTERN_ROLE, type DemoAccount } from '../../src/seed/demo-accounts';
import { runCli } from '../helpers/cli-harness';
import { createTestDb, describeEachDb } from '../helpers/test-db';

const env = { RISKDESK_DATA_DIR: 'memory://unused', LOG_LEVEL: 'silent' };
const riskConfig = loadRiskConfig('config/risk.yaml');
const rank = (level: string): number => RISK_LEVELS.indexOf(level as (typeof RISK_LEVELS)[number]);

type ListedAccount = DemoAccount & { expectedReasons: string[]; level: string };

describeEachDb('riskdesk demo accounts (default demo world)', ({ db }) => {
  let accounts: ListedAccount[] = [];

  beforeAll(async () => {
    const seeded = await runCli(['seed'], { env, db: db() });
    expect(seeded.code).toBe(0);
    const listed = await runCli(['demo', 'accounts', '--json'], { env, db: db() });
    expect(listed).toMatchObject({ code: 0, stderr: '' });
    accounts = (JSON.parse(listed.stdout) as { accounts: ListedAccount[] }).accounts;
  }, 120_000);

  it('lists every pattern with accounts, emails, handles and orders that exist in the database', async () => {
    expect([...new Set(accounts.map((a) => a.pattern))]).toEqual([...PATTERN_NAMES]);
    for (const account of accounts) {
      const user = await db().query<{ email: string; username: string }>('SELECT email, username FROM users WHERE id = $1', [account.userId]);
      expect(user.rows[0]).toEqual({ email: account.email, username: account.handle });
      const column = PATTERN_ROLE[account.pattern] === 'seller' ? 'seller_id' : 'buyer_id';
      const order = await db().query<{ owner: string }>(`SELECT ${column} AS owner FROM orders WHERE id = $1`, [account.orderId]);
      expect(order.rows[0]?.owner).toBe(account.userId);
      expect(account.seed).toBe(42);
      expect(account.expectedReasons).toEqual(SCENARIOS[account.pattern].expectedReasons);
    }
  });

  it('says what a ticket from each account shows, and a ticket from each account does show it', async () => {
    for (const account of accounts) {
      const scenario = SCENARIOS[account.pattern];
      const context = await buildRiskContext(
        db(),
        { requester: { email: account.email }, subject: scenario.subject, text: scenario.text(account.orderId ?? '') },
        { config: riskConfig },
      );
      const requester = context.requester;
      expect(requester?.userId).toBe(account.userId);
      const own = requester?.reasons.map((r) => r.code) ?? [];
      expect({ account: account.email, codes: scenario.expectedReasons.filter((code) => own.includes(code)) }).toEqual({ account: account.email, codes: scenario.expectedReasons });
      if (scenario.level === 'low') {
        expect({ account: account.email, own, level: requester?.level }).toEqual({ account: account.email, own: [], level: 'low' });
      } else {
        expect(rank(requester?.level ?? 'none')).toBeGreaterThanOrEqual(rank(scenario.level));
        // The ticket's level is its riskiest party's: never below the requester's.
        expect(rank(context.level)).toBeGreaterThanOrEqual(rank(scenario.level));
      }
    }
  });

  it('prints one aligned line per account with its email, @handle, order and expectation', async () => {
    const run = await runCli(['demo', 'accounts'], { env, db: db() });
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(accounts.length + 1);
    const first = accounts[0];
    expect(lines[1]).toContain(`${first?.email}`);
    expect(lines[1]).toContain(`@${first?.handle}`);
    expect(lines[1]).toContain(`${first?.orderId}`);
    expect(lines[1]).toContain('linked_to_banned_account');
  });
});

describe('riskdesk demo accounts on a database without a demo world', () => {
  it('says how to get one (and --json lists none)', async () => {
    const test = await createTestDb('pglite');
    try {
      const text = await runCli(['demo', 'accounts'], { env, db: test.db });
      expect(text.code).toBe(0);
      expect(text.stdout).toMatch(/no demo accounts recorded: .*riskdesk seed/);
      const json = await runCli(['demo', 'accounts', '--json'], { env, db: test.db });
      expect(JSON.parse(json.stdout)).toEqual({ accounts: [] });
    } finally {
      await test.cleanup();
    }
  });
});
