import { findDecisions, recordDecision } from '../../src/audit/decision-store';
import { PATTERN_NAMES } from '../../src/seed/demo-accounts';
import type { Queryable } from '../../src/store/db';
import { runCli } from '../helpers/cli-harness';
import { describeEachDb } from '../helpers/test-db';

const env = { RISKDESK_DATA_DIR: 'memory://unused', LOG_LEVEL: 'silent' };

async function count(db: Queryable, table: string): Promise<number> {
  return (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]?.n ?? -1;
}

describeEachDb('riskdesk seed into a database with data', ({ db }) => {
  const cli = (...args: string[]) => runCli(['seed', ...args], { env, db: db() });

  it('seeds an empty database and records which accounts carry which pattern', async () => {
    const run = await cli('--users', '60', '--orders', '200', '--seed', '3');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { patterns: Record<string, Array<{ id: string }>> };
    const planted = Object.values(report.patterns).flat().length;
    expect(await count(db(), 'demo_accounts')).toBe(planted);
    const { rows } = await db().query<{ pattern: string; n: number }>('SELECT pattern, count(*)::int AS n FROM demo_accounts GROUP BY pattern');
    expect(rows.map((r) => r.pattern).sort()).toEqual([...PATTERN_NAMES].sort());
    for (const r of rows) expect(r.n).toBe(report.patterns[r.pattern]?.length);
  });

  it('refuses to merge a second world: exit 2, one line naming --reset, nothing changed', async () => {
    const before = { users: await count(db(), 'users'), orders: await count(db(), 'orders'), demo: await count(db(), 'demo_accounts') };
    const run = await cli('--seed', '4');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^riskdesk seed: the database already holds marketplace data \(users, orders/);
    expect(run.stderr).toContain('riskdesk seed --reset');
    expect({ users: await count(db(), 'users'), orders: await count(db(), 'orders'), demo: await count(db(), 'demo_accounts') }).toEqual(before);
  });

  it('--reset clears the marketplace and the recorded accounts, seeds the new world, and keeps the audit trail', async () => {
    await recordDecision(db(), {
      source: 'zendesk', ticketId: 'kept-1', eventIds: ['e1'], jobId: 'seed-reset-job', attempt: 1, decision: null,
      inputsHash: null, fingerprint: null, noteRef: null, outcome: 'failed', outcomeDetail: null, failure: { status: 500, summary: 'x' }, timings: {},
    });
    const run = await cli('--reset', '--users', '80', '--orders', '300', '--seed', '9');
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/cleared the marketplace tables .*audit trail is kept/);
    expect(await count(db(), 'users')).toBe(80);
    const seeds = await db().query<{ seed: number }>('SELECT DISTINCT seed FROM demo_accounts');
    expect(seeds.rows.map((r) => Number(r.seed))).toEqual([9]);
    // Every recorded account exists in the new world.
    const orphans = await db().query<{ n: number }>('SELECT count(*)::int AS n FROM demo_accounts d WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = d.user_id)');
    expect(orphans.rows[0]?.n).toBe(0);
    expect((await findDecisions(db(), 'zendesk', 'kept-1', 5)).map((d) => d.jobId)).toEqual(['seed-reset-job']);
  });
});
