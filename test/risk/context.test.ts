import { buildRiskContext } from '../../src/risk/build-context';
import { loadRiskConfig } from '../../src/risk/config';
import { WorldBuilder } from '../../src/seed/world-builder';
import { describeEachDb } from '../helpers/test-db';

const config = loadRiskConfig('config/risk.yaml');
const now = new Date('2026-06-01T12:00:00Z');

describeEachDb('buildRiskContext', ({ db }) => {
  const w = new WorldBuilder(now, 5, 5_000_000, 50_000_000);
  let buyer = '';
  let seller = '';
  let other = '';
  let orderId = '';

  beforeAll(async () => {
    seller = w.user({ ageDays: 300, seller: true });
    buyer = w.user({ ageDays: 400 });
    other = w.user({ ageDays: 600, seller: true });
    orderId = w.order({ buyer, seller, daysAgo: 10, shipAfterHours: 20, deliverAfterHours: 50 });
    w.dispute(orderId, buyer, 'inr', 'open', w.ago(2));
    await w.flush(db());
  });

  const build = (requester: { externalId?: string; email?: string }, text: string) =>
    buildRiskContext(db(), { requester, text }, { config, now });

  it('answers an unknown requester with requester null and a note, not an error', async () => {
    const ctx = await build({ email: 'nobody@nowhere.example' }, 'hello');
    expect(ctx.requester).toBeNull();
    expect(ctx.requesterNote).toMatch(/No marketplace account matches/);
    expect(ctx).toMatchObject({ parties: [], orders: [], score: 0, level: 'low', reasons: [] });
    const none = await build({}, '');
    expect(none.requesterNote).toMatch(/no marketplace user id or email/);
  });

  it('still brings in the parties of a named order when the requester is unknown', async () => {
    const ctx = await build({ email: 'nobody@nowhere.example' }, `where is ${orderId}?`);
    expect(ctx.requester).toBeNull();
    expect(ctx.parties.map((p) => [p.userId, p.roles]).sort()).toEqual([[buyer, ['buyer']], [seller, ['seller']]].sort());
  });

  it('matches by user id first, then by email case-insensitively', async () => {
    const byEmail = await build({ email: `  ${(await emailOf(buyer)).toUpperCase()} ` }, '');
    expect(byEmail.requester?.userId).toBe(buyer);
    const idWins = await build({ externalId: seller, email: await emailOf(buyer) }, '');
    expect(idWins.requester?.userId).toBe(seller);
    const fallBack = await build({ externalId: 'no-such-id', email: await emailOf(buyer) }, '');
    expect(fallBack.requester?.userId).toBe(buyer);
  });

  it('describes a mentioned order with its dispute, times and both parties', async () => {
    const ctx = await build({ externalId: buyer }, `Order #${orderId} never arrived, seller @${await usernameOf(other)} too`);
    expect(ctx.mentions.orderIds).toEqual([orderId]);
    const order = ctx.orders[0];
    expect(order).toMatchObject({ id: orderId, buyerId: buyer, sellerId: seller, status: 'delivered', hoursToShip: 20, hoursInTransit: 50 });
    expect(order?.disputes.map((d) => [d.type, d.openedBy])).toEqual([['inr', buyer]]);
    expect(ctx.requester?.roles).toEqual(['requester', 'buyer']);
    expect(ctx.parties.find((p) => p.userId === other)?.roles).toEqual(['mentioned']);
    expect(ctx.parties.find((p) => p.userId === seller)?.seller?.orders).toBe(1);
    expect(ctx.requester?.buyer).toMatchObject({ orders: 1, claimsOpened: 1, claimsOpen: 1, claimRate: 1 });
    expect(ctx.reasons.map((r) => r.code)).toContain('delivered_but_claimed_inr');
    expect(ctx.score).toBe(ctx.parties[0]?.score);
  });

  it('finds an order by its tracking number', async () => {
    const { rows } = await db().query<{ tracking_number: string }>('SELECT tracking_number FROM orders WHERE id = $1', [orderId]);
    const tracking = rows[0]?.tracking_number ?? 'missing';
    const ctx = await build({ externalId: seller }, `USPS says ${tracking} was delivered`);
    expect(ctx.orders.map((o) => o.id)).toEqual([orderId]);
  });

  it('is unharmed by injection attempts and binary noise in the text or identity', async () => {
    const hostile = `'; DROP TABLE users; -- @a'b order 1' OR '1'='1 \u0000\u0001${'x'.repeat(100_000)}`;
    const ctx = await build({ externalId: "x' OR '1'='1", email: "a@b.c'; DELETE FROM users; --" }, hostile);
    expect(ctx.requester).toBeNull();
    const { rows } = await db().query<{ n: number }>('SELECT count(*)::int AS n FROM users');
    expect(rows[0]?.n).toBeGreaterThanOrEqual(3);
  });

  async function emailOf(id: string): Promise<string> {
    const { rows } = await db().query<{ email: string }>('SELECT email FROM users WHERE id = $1', [id]);
    return rows[0]?.email ?? '';
  }
  async function usernameOf(id: string): Promise<string> {
    const { rows } = await db().query<{ username: string }>('SELECT username FROM users WHERE id = $1', [id]);
    return rows[0]?.username ?? '';
  }
});
