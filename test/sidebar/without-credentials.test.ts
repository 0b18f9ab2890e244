/**
 * The sidebars with NO helpdesk credentials (shadow mode), through the real composition
 * (mountSidebar): stored decisions show their real reasons, weights and parties, the risk context
 * is rebuilt from the stored ticket snapshot and the marketplace data, a Canvas Kit initialize for
 * an unseen conversation decides on the spot from the request, and nothing claims to be written.
 */
import { createHmac, randomBytes } from 'node:crypto';
import express from 'express';
import request from 'supertest';
import { findDecisions } from '../../src/audit/decision-store';
import { loadConfig } from '../../src/config/load-config';
import type { HelpdeskSource, Ticket } from '../../src/domain/ticket';
import { createLogger } from '../../src/logging/logger';
import { processTicket } from '../../src/pipeline/process-ticket';
import { newTrace } from '../../src/pipeline/types';
import type { RiskContext } from '../../src/risk/types';
import { mountSidebar, type SidebarContext } from '../../src/runtime/mount-sidebar';
import { createRiskContextBuilder } from '../../src/runtime/risk-context';
import { WorldBuilder } from '../../src/seed/world-builder';
import type { ContextView } from '../../src/sidebar/context-view';
import { detectCrisis } from '../../src/triage/crisis';
import { decide } from '../../src/triage/decide';
import { loadRules } from '../../src/triage/rules/load-rules';
import { describeEachDb } from '../helpers/test-db';

const SIDEBAR_TOKEN = 'sidebar-token-without-credentials-01';
const CANVAS_SECRET = 'canvas-secret-without-credentials';
const config = loadConfig({ SIDEBAR_TOKEN, INTERCOM_CLIENT_SECRET: CANVAS_SECRET, LOG_LEVEL: 'silent' });
const rules = loadRules('config/rules.yaml');
const logger = createLogger('silent');
const KEY = randomBytes(32);

const sign = (body: string) => createHmac('sha256', CANVAS_SECRET).update(body).digest('hex');

describeEachDb('sidebars without helpdesk credentials', (ctx) => {
  const w = new WorldBuilder(new Date(), 11, 7_100_000, 71_000_000);
  let buyerEmail = '';
  let buyerUsername = '';
  let orderId = '';
  let buildContext: (ticket: Ticket) => Promise<RiskContext>;

  function app(overrides: Partial<SidebarContext> = {}): express.Express {
    const server = express();
    mountSidebar(server, { db: ctx.db(), rules: { current: () => rules }, config, logger, buildContext, adapters: {}, snapshotKey: KEY, ...overrides });
    return server;
  }

  async function decideInShadow(source: HelpdeskSource, ticketId: string, text: string): Promise<void> {
    const deps = { db: ctx.db(), rules: { current: () => rules }, adapters: {}, mode: config.writebackMode, buildContext, decide, detectCrisis, logger, snapshotKey: KEY };
    const fallback: Partial<Ticket> = { subject: 'Card never arrived', text, requester: { email: buyerEmail, name: 'Jane Buyer' } };
    const result = await processTicket({ source, ticketId, fallback, eventIds: [`e-${ticketId}`], crisisHint: false, jobId: `j-${source}-${ticketId}`, attempt: 1 }, deps, newTrace());
    expect(result.outcome).toBe('shadow');
  }

  const getContext = (server: express.Express, ticket: string) =>
    request(server).get(`/api/context?source=zendesk&ticket=${ticket}`).set('Authorization', `Bearer ${SIDEBAR_TOKEN}`);

  const canvas = (server: express.Express, body: object) => {
    const text = JSON.stringify(body);
    return request(server).post('/sidebar/intercom/initialize').set('Content-Type', 'application/json').set('X-Body-Signature', sign(text)).send(text);
  };

  beforeAll(async () => {
    expect(config.writebackMode).toBe('shadow');
    const seller = w.user({ ageDays: 300, seller: true });
    const buyer = w.user({ ageDays: 400 });
    const banned = w.user({ ageDays: 500, status: 'banned' });
    w.device(banned, `dev_${buyer.toLowerCase()}_home`, 200);
    orderId = w.order({ buyer, seller, daysAgo: 10, shipAfterHours: 20, deliverAfterHours: 50, amountCents: 84_900 });
    w.dispute(orderId, buyer, 'inr', 'open', w.ago(2));
    await w.flush(ctx.db());
    const { rows } = await ctx.db().query<{ email: string; username: string }>('SELECT email, username FROM users WHERE id = $1', [buyer]);
    buyerEmail = rows[0]?.email ?? '';
    buyerUsername = rows[0]?.username ?? '';
    buildContext = await createRiskContextBuilder(config, ctx.db());
    await decideInShadow('zendesk', 'z-100', `Order #${orderId} never arrived, please refund me.`);
    await decideInShadow('intercom', 'ic-100', `Order #${orderId} never arrived, please refund me.`);
  });

  function expectRealRisk(view: ContextView): void {
    expect(view.status).toBe('decided');
    expect(view.risk.score).toBeGreaterThan(0);
    const codes = view.risk.reasons.map((r) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['linked_to_banned_account', 'delivered_but_claimed_inr']));
    for (const reason of view.risk.reasons) expect(reason.weight).toBeGreaterThan(0);
    const requester = view.parties.find((p) => p.roles.includes('requester'));
    expect(requester).toMatchObject({ username: buyerUsername, maskedEmail: `${buyerEmail[0]}***@example.com` });
    expect(view.parties.length).toBeGreaterThanOrEqual(2);
    expect(view.linkedAccounts.some((l) => l.status === 'banned')).toBe(true);
    expect(view.requesterNote).toBeNull();
    expect(JSON.stringify(view)).not.toContain(buyerEmail);
  }

  it('context API: rebuilds the context from the stored ticket snapshot and shows real reasons, weights and parties', async () => {
    const res = await getContext(app(), 'z-100').expect(200);
    const view = res.body as ContextView;
    expectRealRisk(view);
    expect(view.orders.map((o) => o.id)).toEqual([orderId]);
    expect(view.actionsStatus).toBe('shadow');
  });

  it('context API: shows the reasons and parties stored with the decision when the context cannot be rebuilt', async () => {
    // Another key (JOB_DATA_KEY changed): the snapshot does not open, and without credentials nothing else can be read.
    const otherKey = (await getContext(app({ snapshotKey: randomBytes(32) }), 'z-100').expect(200)).body as ContextView;
    expectRealRisk(otherKey);
    expect(otherKey.orders).toEqual([]);
    // The risk store is down: the same stored picture.
    const down = (await getContext(app({ buildContext: async () => Promise.reject(new Error('database down')) }), 'z-100').expect(200)).body as ContextView;
    expectRealRisk(down);
    expect(down.risk.reasons.map((r) => [r.code, r.weight])).toEqual(otherKey.risk.reasons.map((r) => [r.code, r.weight]));
  });

  it('canvas: a stored conversation shows its reasons and parties, and says nothing was written', async () => {
    const res = await canvas(app(), { workspace_id: 'w1', context: { conversation_id: 'ic-100', location: 'conversation' }, conversation: { id: 'ic-100' }, contact: { id: 'c-1' } }).expect(200);
    const text = JSON.stringify(res.body);
    expect(text).toContain(`@${buyerUsername}`);
    expect(text).toMatch(/tertiary_text":"\+[1-9]\d*"/);
    expect(text).toContain('Actions: shadow — nothing written');
    expect(text).not.toContain('Actions taken');
  });

  it('canvas: a conversation never seen is decided on the spot from the request’s conversation and contact, and nothing is recorded', async () => {
    const body = {
      workspace_id: 'w1',
      admin: { id: '42' },
      context: { conversation_id: 'ic-new-1', location: 'conversation', locale: 'en' },
      conversation: {
        type: 'conversation',
        id: 'ic-new-1',
        source: { type: 'conversation', subject: '', body: `<p>Hi, order #${orderId} never arrived.</p>`, author: { type: 'user', id: 'c-9' } },
        conversation_parts: { conversation_parts: [{ part_type: 'comment', body: '<p>Please help, the seller ignores me.</p>', author: { type: 'user', id: 'c-9' } }, { part_type: 'note', body: 'internal', author: { type: 'admin', id: '42' } }] },
        some_new_field: { anything: true },
      },
      contact: { type: 'contact', id: 'c-9', email: buyerEmail, name: 'Jane Buyer', role: 'user', unknown_field: [1, 2] },
    };
    const res = await canvas(app(), body).expect(200);
    const text = JSON.stringify(res.body);
    expect(text).toContain('preview (not decided yet)');
    expect(text).toContain(`@${buyerUsername}`);
    expect(text).toContain(`#${orderId}`);
    expect(text).toMatch(/tertiary_text":"\+[1-9]\d*"/);
    expect(text).toContain('Actions: shadow — nothing written');
    expect(text).not.toContain(buyerEmail);
    expect(await findDecisions(ctx.db(), 'intercom', 'ic-new-1', 5)).toEqual([]);
  });

  it('canvas: an unseen conversation whose request names no customer and no message still answers an error canvas', async () => {
    const res = await canvas(app(), { context: { conversation_id: 'ic-empty' }, conversation: { id: 'ic-empty', source: 'not an object' }, contact: 'nope' }).expect(200);
    expect(JSON.stringify(res.body)).toContain('riskdesk has no context for conversation ic-empty yet');
  });
});
