import { buildRiskContext } from '../../src/risk/build-context';
import { loadRiskConfig } from '../../src/risk/config';
import type { ReasonCode, RiskContext } from '../../src/risk/types';
import { WorldBuilder } from '../../src/seed/world-builder';
import { describeEachDb } from '../helpers/test-db';

const config = loadRiskConfig('config/risk.yaml');
const now = new Date('2026-06-01T12:00:00Z');
let base = 1_000_000;

describeEachDb('reason codes (minimal pairs)', ({ db }) => {
  /** A fresh corner of the database: ids never collide with other tests. */
  const world = (): WorldBuilder => {
    base += 1000;
    return new WorldBuilder(now, base, base, base * 10);
  };
  const context = (w: WorldBuilder, id: string, text = ''): Promise<RiskContext> =>
    w.flush(db()).then(() => buildRiskContext(db(), { requester: { externalId: id }, text }, { config, now }));
  const codesOf = (ctx: RiskContext, party: string): ReasonCode[] =>
    ctx.parties.find((p) => p.userId === party)?.reasons.map((r) => r.code) ?? [];
  const expectPair = async (w: WorldBuilder, code: ReasonCode, fires: string[], silent: string[]): Promise<void> => {
    await w.flush(db());
    for (const id of fires) expect({ id, codes: codesOf(await context(w, id), id) }).toEqual({ id, codes: expect.arrayContaining([code]) });
    for (const id of silent) expect({ id, codes: codesOf(await context(w, id), id) }).toEqual({ id, codes: expect.not.arrayContaining([code]) });
  };

  it('new_account: younger than 30 days', async () => {
    const w = world();
    await expectPair(w, 'new_account', [w.user({ ageDays: 29 })], [w.user({ ageDays: 30 }), w.user({ ageDays: 900 })]);
  });

  it('unverified_identity: a required verification missing (sellers also need id)', async () => {
    const w = world();
    const unverified = w.user({ ageDays: 400, verified: false });
    const sellerVerified = w.user({ ageDays: 400, seller: true });
    await expectPair(w, 'unverified_identity', [unverified], [w.user({ ageDays: 400 }), sellerVerified]);
  });

  it('prior_chargebacks: a charge-back inside the 90-day window', async () => {
    const w = world();
    const seller = w.user({ ageDays: 500, seller: true });
    const recent = w.user({ ageDays: 400 });
    const old = w.user({ ageDays: 400 });
    w.order({ buyer: recent, seller, daysAgo: 89, shipAfterHours: 10, deliverAfterHours: 40, paymentStatus: 'charged_back' });
    w.order({ buyer: old, seller, daysAgo: 91, shipAfterHours: 10, deliverAfterHours: 40, paymentStatus: 'charged_back' });
    await expectPair(w, 'prior_chargebacks', [recent], [old]);
  });

  it('high_claim_rate: at least 2 claims and at least 20% of orders', async () => {
    const w = world();
    const seller = w.user({ ageDays: 500, seller: true });
    const make = (claims: number, orders: number): string => {
      const buyer = w.user({ ageDays: 400 });
      for (let i = 0; i < orders; i += 1) {
        const id = w.order({ buyer, seller, daysAgo: 10 + i, shipAfterHours: 10, deliverAfterHours: 40 });
        if (i < claims) w.dispute(id, buyer, 'snad', 'open', w.ago(5));
      }
      return buyer;
    };
    await expectPair(w, 'high_claim_rate', [make(2, 10)], [make(1, 5), make(2, 11)]);
  });

  it('seller_high_dispute_rate: INR+SNAD ≥ 10% of at least 5 orders in 30 days', async () => {
    const w = world();
    const make = (disputes: number, orders: number): string => {
      const seller = w.user({ ageDays: 500, seller: true });
      const buyer = w.user({ ageDays: 500 });
      for (let i = 0; i < orders; i += 1) {
        const id = w.order({ buyer, seller, daysAgo: 5 + i, shipAfterHours: 10, deliverAfterHours: 40 });
        if (i < disputes) w.dispute(id, buyer, i % 2 ? 'snad' : 'inr', 'open', w.ago(2));
      }
      return seller;
    };
    await expectPair(w, 'seller_high_dispute_rate', [make(1, 5), make(2, 20)], [make(1, 4), make(1, 11)]);
  });

  it('seller_unshipped_orders: 2 paid orders unshipped after 3 days', async () => {
    const w = world();
    const buyer = w.user({ ageDays: 500 });
    const make = (ages: number[]): string => {
      const seller = w.user({ ageDays: 500, seller: true });
      for (const daysAgo of ages) w.order({ buyer, seller, daysAgo, shipAfterHours: null });
      return seller;
    };
    await expectPair(w, 'seller_unshipped_orders', [make([4, 5])], [make([4]), make([2, 2.5])]);
  });

  it('linked_to_banned_account: shared device or card with a banned account', async () => {
    const w = world();
    const viaDevice = w.user({ ageDays: 400 });
    const viaCard = w.user({ ageDays: 400 });
    const linkedToActive = w.user({ ageDays: 400 });
    const banned = w.user({ ageDays: 400, status: 'banned' });
    const active = w.user({ ageDays: 400 });
    w.device(viaDevice, 'dev-shared-banned', 50);
    w.device(banned, 'dev-shared-banned', 60);
    w.device(linkedToActive, 'dev-shared-active', 50);
    w.device(active, 'dev-shared-active', 60);
    const seller = w.user({ ageDays: 500, seller: true });
    w.order({ buyer: viaCard, seller, daysAgo: 3, paymentFingerprint: 'pm-shared' });
    w.order({ buyer: banned, seller, daysAgo: 200, paymentFingerprint: 'pm-shared' });
    await expectPair(w, 'linked_to_banned_account', [viaDevice, viaCard], [linkedToActive]);
    const ctx = await context(w, viaCard);
    expect(ctx.requester?.linkedAccounts).toEqual([{ userId: banned, username: expect.any(String), status: 'banned', via: ['payment'] }]);
  });

  it('recent_account_changes: 2 sensitive changes within 24 h', async () => {
    const w = world();
    const hit = w.user({ ageDays: 900 });
    w.device(hit, 'dev-intruder', 0.2, 0);
    w.event(hit, 'email_change', 'dev-intruder', 5);
    w.event(hit, 'payout_change', 'dev-intruder', 4);
    const one = w.user({ ageDays: 900 });
    w.event(one, 'email_change', null, 5);
    w.event(one, 'login', null, 4);
    const old = w.user({ ageDays: 900 });
    w.event(old, 'email_change', null, 30);
    w.event(old, 'payout_change', null, 29);
    await expectPair(w, 'recent_account_changes', [hit], [one, old]);
    const ctx = await context(w, hit);
    expect(ctx.requester?.recentEvents.map((e) => [e.type, e.newDevice])).toEqual([['payout_change', true], ['email_change', true]]);
    expect(ctx.requester?.reasons.find((r) => r.code === 'recent_account_changes')?.evidence.fromNewDevice).toBe(2);
  });

  it('delivered_but_claimed_inr: INR opened after the carrier delivered', async () => {
    const w = world();
    const seller = w.user({ ageDays: 500, seller: true });
    const make = (delivered: boolean, claimDaysAgo: number): string => {
      const buyer = w.user({ ageDays: 400 });
      const id = w.order({ buyer, seller, daysAgo: 20, shipAfterHours: 24, deliverAfterHours: delivered ? 48 : null });
      w.dispute(id, buyer, 'inr', 'open', w.ago(claimDaysAgo));
      return buyer;
    };
    // Delivered ~17 days ago: a claim 10 days ago comes after, one 19 days ago before delivery.
    await expectPair(w, 'delivered_but_claimed_inr', [make(true, 10)], [make(false, 10), make(true, 19)]);
  });

  it('prior_enforcement: any enforcement action (warning, suspension, ban) within a year', async () => {
    const w = world();
    const warned = w.user({ ageDays: 900 });
    w.enforcement(warned, 'warning', 'late shipping', 10);
    const suspended = w.user({ ageDays: 900 });
    w.enforcement(suspended, 'suspension', 'shill bidding', 100);
    const banned = w.user({ ageDays: 900 });
    w.enforcement(banned, 'ban', 'fraud', 364);
    const longAgo = w.user({ ageDays: 900 });
    w.enforcement(longAgo, 'ban', 'old case', 366);
    await expectPair(w, 'prior_enforcement', [warned, suspended, banned], [longAgo, w.user({ ageDays: 900 })]);
  });

  it('prior_enforcement: weighted by severity, summed and capped, the actions named newest first', async () => {
    const rule = config.reasons.prior_enforcement;
    const w = world();
    const warned = w.user({ ageDays: 900 });
    w.enforcement(warned, 'warning', 'late shipping', 10);
    const twice = w.user({ ageDays: 900 });
    w.enforcement(twice, 'warning', 'late shipping', 200);
    w.enforcement(twice, 'suspension', 'shill bidding', 100);
    w.enforcement(twice, 'ban', 'too old to count', 400);
    const repeat = w.user({ ageDays: 900 });
    for (const [action, daysAgo] of [['warning', 300], ['suspension', 200], ['warning', 150], ['ban', 20], ['warning', 5]] as const) w.enforcement(repeat, action, 'x', daysAgo);
    await w.flush(db());
    const reasonOf = async (id: string) => (await context(w, id)).requester?.reasons.find((r) => r.code === 'prior_enforcement');

    expect(await reasonOf(warned)).toMatchObject({ weight: rule.weights.warning, text: '1 prior enforcement: warning (2026-05)', evidence: { count: 1, warning: 1, suspension: 0, ban: 0, latest: 'warning' } });
    expect(await reasonOf(twice)).toMatchObject({
      weight: rule.weights.suspension + rule.weights.warning,
      text: '2 prior enforcements: suspension (2026-02), warning (2025-11)',
      evidence: { count: 2, warning: 1, suspension: 1, ban: 0, latest: 'suspension' },
    });
    const capped = await reasonOf(repeat);
    expect(rule.weights.ban + rule.weights.suspension + 3 * rule.weights.warning).toBeGreaterThan(rule.maxWeight);
    expect(capped).toMatchObject({ weight: rule.maxWeight, text: '5 prior enforcements: warning (2026-05), ban (2026-05), warning (2026-01) and 2 more', evidence: { count: 5, warning: 3, suspension: 1, ban: 1 } });
  });

  it('velocity_spike: ≥5 purchases in 24 h and ≥4× the usual daily rate', async () => {
    const w = world();
    const seller = w.user({ ageDays: 900, seller: true });
    const make = (last24h: number, prior30d: number): string => {
      const buyer = w.user({ ageDays: 900 });
      for (let i = 0; i < last24h; i += 1) w.order({ buyer, seller, daysAgo: 0.1 + i * 0.1 });
      for (let i = 0; i < prior30d; i += 1) w.order({ buyer, seller, daysAgo: 2 + (i % 28), shipAfterHours: 5, deliverAfterHours: 30 });
      return buyer;
    };
    await expectPair(w, 'velocity_spike', [make(5, 0), make(8, 60)], [make(4, 0), make(5, 60)]);
  });

  it('high_value_order: a mentioned order at or above the threshold, on its buyer', async () => {
    const w = world();
    const seller = w.user({ ageDays: 900, seller: true });
    const buyer = w.user({ ageDays: 900 });
    const big = w.order({ buyer, seller, daysAgo: 3, amountCents: 50000 });
    const small = w.order({ buyer, seller, daysAgo: 3, amountCents: 49999 });
    const pounds = w.order({ buyer, seller, daysAgo: 3, amountCents: 45000, currency: 'GBP' });
    await w.flush(db());
    expect(codesOf(await context(w, buyer, `about #${big}`), buyer)).toContain('high_value_order');
    expect(codesOf(await context(w, buyer, `about #${small}`), buyer)).not.toContain('high_value_order');
    expect(codesOf(await context(w, buyer, ''), buyer)).not.toContain('high_value_order');
    expect(codesOf(await context(w, seller, `buyer asks about ${pounds}`), buyer)).toContain('high_value_order');
    expect(codesOf(await context(w, seller, `buyer asks about ${pounds}`), seller)).not.toContain('high_value_order');
  });

  it('caps the score at 100 and the reasons still add up to it, strongest first', async () => {
    const w = world();
    const bad = w.user({ ageDays: 5, seller: true, verified: false });
    const banned = w.user({ ageDays: 300, status: 'banned' });
    w.device(bad, 'dev-x', 3);
    w.device(banned, 'dev-x', 100);
    w.enforcement(bad, 'suspension', 'fraud', 2);
    w.event(bad, 'email_change', null, 2);
    w.event(bad, 'payout_change', null, 1);
    const buyer = w.user({ ageDays: 400 });
    w.order({ buyer: bad, seller: buyer, daysAgo: 1, paymentStatus: 'charged_back' });
    const ctx = await context(w, bad);
    const reasons = ctx.requester?.reasons ?? [];
    expect(ctx.score).toBe(100);
    expect(ctx.level).toBe('critical');
    expect(reasons.reduce((sum, r) => sum + r.weight, 0)).toBe(100);
    expect(reasons.reduce((sum, r) => sum + Number(r.evidence.configuredWeight), 0)).toBeGreaterThan(100);
    expect(reasons.map((r) => r.weight)).toEqual([...reasons.map((r) => r.weight)].sort((a, b) => b - a));
  });

  it('scores a clean account 0 / low with no reasons', async () => {
    const w = world();
    const clean = w.user({ ageDays: 900 });
    const ctx = await context(w, clean);
    expect(ctx).toMatchObject({ score: 0, level: 'low', reasons: [] });
  });
});
