import { buildRiskContext } from '../../src/risk/build-context';
import { loadRiskConfig } from '../../src/risk/config';
import type { ReasonCode, RiskContext } from '../../src/risk/types';
import { seedDemoWorld } from '../../src/seed/seed-world';
import type { PatternMap } from '../../src/seed/patterns';
import { describeEachDb } from '../helpers/test-db';

const config = loadRiskConfig('config/risk.yaml');
const now = new Date('2026-03-01T12:00:00Z');

describeEachDb('demo seed', ({ db }) => {
  let patterns: PatternMap;
  const contextFor = (id: string, text = ''): Promise<RiskContext> =>
    buildRiskContext(db(), { requester: { externalId: id }, text }, { config, now });
  const codes = (ctx: RiskContext): ReasonCode[] => (ctx.requester?.reasons ?? []).map((r) => r.code);

  beforeAll(async () => {
    patterns = await seedDemoWorld(db(), { users: 300, orders: 3000, seed: 7, now });
  });

  it('is deterministic: the same seed gives the same accounts and rows', async () => {
    const counts = await db().query<{ n: number }>('SELECT count(*)::int AS n FROM orders');
    const again = await seedDemoWorld(db(), { users: 300, orders: 3000, seed: 7, now });
    const after = await db().query<{ n: number }>('SELECT count(*)::int AS n FROM orders');
    expect(again).toEqual(patterns);
    expect(after.rows[0]?.n).toBe(counts.rows[0]?.n);
    expect(counts.rows[0]?.n).toBeGreaterThan(3000);
    const users = await db().query<{ n: number }>('SELECT count(*)::int AS n FROM users');
    expect(users.rows[0]?.n).toBe(300);
  });

  it('runs a show for every show its orders name, by the orders\' seller', async () => {
    const { rows } = await db().query<{ orphans: number; shows: number; wrong_seller: number }>(
      `SELECT (SELECT count(*)::int FROM orders o WHERE o.show_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM shows s WHERE s.id = o.show_id)) AS orphans,
              (SELECT count(*)::int FROM shows) AS shows,
              (SELECT count(*)::int FROM orders o JOIN shows s ON s.id = o.show_id WHERE s.seller_id <> o.seller_id) AS wrong_seller`,
    );
    expect(rows[0]).toMatchObject({ orphans: 0, wrong_seller: 0 });
    expect(rows[0]?.shows).toBeGreaterThan(10);
  });

  it('plants each pattern so its reasons fire', async () => {
    const expectations: Array<[keyof PatternMap, ReasonCode]> = [
      ['fraud_ring', 'linked_to_banned_account'],
      ['serial_inr_claimers', 'delivered_but_claimed_inr'],
      ['non_shipping_sellers', 'seller_unshipped_orders'],
      ['account_takeover_victims', 'recent_account_changes'],
      ['chargeback_buyers', 'prior_chargebacks'],
      ['banned_ring_members', 'prior_enforcement'],
      ['serial_inr_claimers', 'prior_enforcement'],
      ['non_shipping_sellers', 'prior_enforcement'],
    ];
    for (const [pattern, code] of expectations) {
      expect(patterns[pattern].length).toBeGreaterThan(0);
      for (const id of patterns[pattern]) expect(codes(await contextFor(id))).toContain(code);
    }
  });

  it('names every enforcement action in the seeded history, warnings included', async () => {
    const seller = patterns.non_shipping_sellers[0] ?? '';
    const reason = (await contextFor(seller)).requester?.reasons.find((r) => r.code === 'prior_enforcement');
    expect(reason?.text).toMatch(/^2 prior enforcements: suspension \(\d{4}-\d{2}\), warning \(\d{4}-\d{2}\)$/);
    const claimer = patterns.serial_inr_claimers[0] ?? '';
    expect((await contextFor(claimer)).requester?.reasons.find((r) => r.code === 'prior_enforcement')?.text).toMatch(/^1 prior enforcement: warning/);
  });

  it('leaves clean long-standing accounts low risk', async () => {
    expect(patterns.clean_long_standing.length).toBeGreaterThan(0);
    for (const id of patterns.clean_long_standing) {
      const ctx = await contextFor(id);
      expect(ctx.level).toBe('low');
      expect(ctx.requester?.account.ageDays).toBeGreaterThan(365);
    }
  });

  it('resolves a seeded requester by email and the order the ticket names', async () => {
    const victim = patterns.serial_inr_claimers[0] ?? '';
    const user = await db().query<{ email: string }>('SELECT email FROM users WHERE id = $1', [victim]);
    const order = await db().query<{ id: string; seller_id: string }>('SELECT id, seller_id FROM orders WHERE buyer_id = $1 ORDER BY id LIMIT 1', [victim]);
    const email = (user.rows[0]?.email ?? '').toUpperCase();
    const orderId = order.rows[0]?.id ?? '';
    const ctx = await buildRiskContext(db(), { requester: { email }, text: `My order #${orderId} never arrived` }, { config, now });
    expect(ctx.requester?.userId).toBe(victim);
    expect(ctx.orders.map((o) => o.id)).toEqual([orderId]);
    expect(ctx.parties.map((p) => p.userId)).toContain(order.rows[0]?.seller_id);
  });
});

describe('ensureDemoData', () => {
  it('seeds an empty embedded database once, then leaves it alone', async () => {
    const { createTestDb } = await import('../helpers/test-db');
    const { ensureDemoData } = await import('../../src/seed/ensure-demo');
    const test = await createTestDb('pglite');
    const lines: Array<{ fields: Record<string, unknown>; msg: string }> = [];
    const push = (fields: Record<string, unknown>, msg: string): void => void lines.push({ fields, msg });
    const logger = { info: push, error: push };
    try {
      const first = await ensureDemoData(test.db, logger);
      expect(first?.fraud_ring.length).toBeGreaterThan(0);
      const count = await test.db.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
      expect(count.rows[0]?.n).toBe(400);
      expect(await ensureDemoData(test.db, logger)).toBeNull();
      // The slow step says when it begins and how long it took, then what was planted; the second call says nothing.
      expect(lines.map((line) => line.fields.phase ?? line.msg)).toEqual(['begin', 'end', expect.stringMatching(/^empty embedded database: seeded the demo world/)]);
      expect(lines[0]).toEqual({ fields: { step: 'seeding the demo world', phase: 'begin' }, msg: 'seeding the demo world…' });
      expect(lines[1]?.fields).toEqual({ step: 'seeding the demo world', phase: 'end', durationMs: expect.any(Number) });
    } finally {
      await test.cleanup();
    }
  });
});
