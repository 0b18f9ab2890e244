/**
 * triage against a real risk store (embedded PGlite always, PostgreSQL when TEST_DATABASE_URL is
 * set): tickets in, decisions that reflect the marketplace data out.
 */
import { PassThrough, Readable } from 'node:stream';
import { buildRiskContext } from '../../../src/risk/build-context';
import { loadRiskConfig } from '../../../src/risk/config';
import { runTriage } from '../../../src/triage/decision/run-triage';
import { loadRules } from '../../../src/triage/rules';
import type { Decision } from '../../../src/triage/types';
import type { Queryable } from '../../../src/store/db';
import { describeEachDb } from '../../helpers/test-db';

const NOW = new Date();
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

async function seedWorld(db: Queryable): Promise<void> {
  const users: Array<[string, string, string, number, string, boolean]> = [
    ['u_buyer', 'Jane.Doe@Example.com', 'jane_buys', 400, 'active', false],
    ['u_seller', 'seller@example.com', 'cardkingz', 300, 'active', true],
    ['u_banned', 'old@example.com', 'old_scammer', 500, 'banned', true],
  ];
  for (const [id, email, username, age, status, isSeller] of users) {
    await db.query(
      `INSERT INTO users (id, email, username, created_at, country, email_verified, phone_verified, id_verified, status, is_seller)
       VALUES ($1, $2, $3, $4, 'US', true, true, true, $5, $6)`,
      [id, email, username, daysAgo(age), status, isSeller],
    );
  }
  await db.query(
    `INSERT INTO orders (id, buyer_id, seller_id, show_id, title, category, amount_cents, currency, status, created_at, shipped_at, delivered_at, tracking_number, carrier)
     VALUES ('WN-48213977', 'u_buyer', 'u_seller', 'show_1', 'PSA 10 Charizard', 'trading_cards', 250000, 'USD', 'paid', $1, NULL, NULL, NULL, NULL)`,
    [daysAgo(12)],
  );
  for (const user of ['u_seller', 'u_banned']) {
    await db.query(`INSERT INTO devices (user_id, fingerprint, first_seen_at, last_seen_at) VALUES ($1, 'dev_shared_0123456789abcdef', $2, $3)`, [user, daysAgo(100), daysAgo(1)]);
  }
}

describeEachDb('riskdesk triage with the risk store', (ctx) => {
  const rules = loadRules('config/rules.yaml');
  const config = loadRiskConfig('config/risk.yaml');

  beforeAll(async () => seedWorld(ctx.db()));

  async function triage(lines: object[]): Promise<Decision[]> {
    const out = new PassThrough();
    const chunks: string[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
    const contextFor = async (t: { requester: object; subject: string; text: string }) =>
      buildRiskContext(ctx.db(), { requester: t.requester, subject: t.subject, text: t.text }, { config, now: NOW });
    await runTriage(Readable.from([lines.map((l) => JSON.stringify(l)).join('\n')]), out, { rules, contextFor, concurrency: 4 });
    return chunks.join('').trim().split('\n').map((l) => JSON.parse(l) as Decision);
  }

  it('matches the requester by email, pulls in the order and its seller, and routes on the seller risk', async () => {
    const [decision, unknown] = await triage([
      { source: 'zendesk', id: '1', channel: 'email', subject: 'Never shipped', text: 'I paid for order #WN-48213977 twelve days ago and it never shipped. Where is my card?', requester: { email: 'jane.doe@example.com' }, tags: [] },
      { source: 'intercom', id: '2', channel: 'chat', subject: '', text: 'my package never arrived', requester: { email: 'nobody@example.com' }, tags: [] },
    ]);
    expect(decision?.intent).toBe('item_not_received');
    expect(decision?.risk.available).toBe(true);
    expect(decision?.risk.reasons.map((r) => r.code)).toContain('linked_to_banned_account');
    expect(decision?.rules.fired).toEqual(expect.arrayContaining(['linked_to_banned', 'inr_claim', 'high_value_order']));
    expect(decision?.actions.route).toBe('fraud_investigations');
    expect(decision?.note).toContain('WN-48213977');
    expect(decision?.note).toContain('@old_scammer');
    expect(decision?.note).toMatch(/j\*\*\*@example\.com/i);
    expect(decision?.note).not.toMatch(/jane\.doe@example\.com/i);
    expect(unknown?.note).toContain('Not matched to a marketplace account');
    expect(unknown?.rules.fired).not.toContain('linked_to_banned');
  });
});

describe('createRiskSource', () => {
  it('looks up each ticket on the database it is given, and turns a failed lookup into null plus a warning', async () => {
    const { createRiskSource } = await import('../../../src/triage/decision/risk-source');
    const { openDb } = await import('../../../src/store/open-db');
    const db = await openDb({ dataDir: 'memory://' });
    const failures: string[] = [];
    const source = createRiskSource(db, loadRiskConfig('config/risk.yaml'), (ticket, error) => failures.push(`${ticket.id}: ${error.message}`));
    const t = { source: 'zendesk' as const, id: 'x1', channel: 'email', subject: '', text: 'hello', requester: { email: 'nobody@example.com' }, tags: [] };
    const found = await source.contextFor(t);
    expect(found?.requester).toBeNull();
    expect(failures).toEqual([]);
    await db.close();
    expect(await source.contextFor(t)).toBeNull();
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^x1: /);
  });
});
