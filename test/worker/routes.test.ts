import express from 'express';
import request from 'supertest';
import { findDecisions, recordDecision } from '../../src/audit/decision-store';
import type { WritePlan } from '../../src/audit/types';
import { createMetrics } from '../../src/metrics/metrics';
import { composeApp } from '../../src/runtime/compose-app';
import { describeEachDb } from '../helpers/test-db';
import { expectErrorBody } from '../helpers/error-body';
import { sampleDecision } from './fixtures';
import type { CrisisProviderAudit } from '../../src/crisis-provider/types';

const TOKEN = 'admin-token-0123456789';

describeEachDb('decisions API and metrics', (ctx) => {
  const metrics = createMetrics({ defaultMetrics: false });
  let app: express.Express;
  let sidebarMounted = false;

  beforeAll(async () => {
    app = express();
    composeApp({ db: ctx.db(), metrics, adminToken: TOKEN, mountSidebar: () => void (sidebarMounted = true) })(app);
    for (const [ticketId, outcome] of [['77', 'written'], ['77', 'unchanged'], ['78', 'shadow']] as const) {
      await recordDecision(ctx.db(), { source: 'zendesk', ticketId, eventIds: ['e'], jobId: `j-${ticketId}-${outcome}`, attempt: 1, decision: sampleDecision(), inputsHash: 'h', fingerprint: 'f', noteRef: 'rd-aaaaaaaaaaaa', outcome, outcomeDetail: null, failure: null, timings: { decide: 1 } });
    }
  });

  it('calls the sidebar hook', () => expect(sidebarMounted).toBe(true));

  it('401 without the bearer token, or with a wrong one', async () => {
    expectErrorBody((await request(app).get('/api/decisions').expect(401)).body, 'unauthorized', /Bearer <ADMIN_TOKEN>/);
    await request(app).get('/api/decisions').set('Authorization', `Bearer ${TOKEN}x`).expect(401);
    await request(app).get('/api/decisions').set('Authorization', TOKEN).expect(401);
  });

  it('lists decisions for one ticket, newest first, limited', async () => {
    const res = await request(app).get('/api/decisions?source=zendesk&ticket=77&limit=5').set('Authorization', `Bearer ${TOKEN}`).expect(200);
    expect(res.body.decisions.map((d: { outcome: string }) => d.outcome)).toEqual(['unchanged', 'written']);
    expect(res.body.decisions[0]).toMatchObject({ source: 'zendesk', ticketId: '77', intent: 'item_not_received', level: 'high' });
    const one = await request(app).get('/api/decisions?limit=1').set('Authorization', `Bearer ${TOKEN}`).expect(200);
    expect(one.body.decisions).toHaveLength(1);
  });

  it('400 names the bad query field', async () => {
    const res = await request(app).get('/api/decisions?source=freshdesk').set('Authorization', `Bearer ${TOKEN}`).expect(400);
    expectErrorBody(res.body, 'invalid_query', /^invalid query: source/);
    expect(res.body.error.fields).toEqual(['source']);
    const limit = await request(app).get('/api/decisions?limit=0').set('Authorization', `Bearer ${TOKEN}`).expect(400);
    expect(limit.body.error.fields).toEqual(['limit']);
    const bogus = await request(app).get('/api/decisions?bogus=1').set('Authorization', `Bearer ${TOKEN}`).expect(400);
    expectErrorBody(bogus.body, 'invalid_query', /bogus/);
  });

  it('is closed when no ADMIN_TOKEN is configured', async () => {
    const closed = express();
    composeApp({ db: ctx.db(), metrics, adminToken: undefined })(closed);
    const res = await request(closed).get('/api/decisions').set('Authorization', 'Bearer anything').expect(401);
    expectErrorBody(res.body, 'api_disabled', /ADMIN_TOKEN/);
  });

  describe('GET /api/decisions/{id}', () => {
    const plan: WritePlan = {
      note: { html: '<p>High risk buyer</p>\n<p><small>riskdesk ref rd-bbbbbbbbbbbb</small></p>' },
      tags: ['riskdesk_inr', 'riskdesk_risk_high'],
      priority: 'high',
      route: { name: 'tns_disputes', id: '900000000002' },
      macros: [{ name: 'inr_high_risk', id: '910000000002' }],
      fields: { '360001': 72.5, '360002': 'high' },
    };
    const crisisProvider: CrisisProviderAudit = { provider: 'chat', model: 'llama3.1:8b', promptVersion: 'crisis-v1', outcome: 'ok', latencyMs: 412, raisedTier: true, tier: 'review', category: 'third_party_concern', intent: null, detail: null };
    let withPlan = '';
    let withoutPlan = '';
    const errorShape = { error: { code: expect.stringMatching(/^[a-z]+(_[a-z]+)*$/), message: expect.any(String) } };

    beforeAll(async () => {
      await recordDecision(ctx.db(), { source: 'intercom', ticketId: '79', eventIds: ['e'], jobId: 'j-79', attempt: 1, decision: sampleDecision(), inputsHash: 'h', fingerprint: 'f', noteRef: 'rd-bbbbbbbbbbbb', outcome: 'shadow', outcomeDetail: 'would-write', failure: null, timings: {}, writePlan: plan, crisisProvider });
      withPlan = (await findDecisions(ctx.db(), 'intercom', '79', 1))[0]?.id ?? '';
      withoutPlan = (await findDecisions(ctx.db(), 'zendesk', '78', 1))[0]?.id ?? '';
    });

    it('401 without the admin bearer token, in the error shape', async () => {
      for (const auth of [null, `Bearer ${TOKEN}x`, TOKEN]) {
        const req = request(app).get(`/api/decisions/${withPlan}`);
        const res = await (auth === null ? req : req.set('Authorization', auth)).expect(401);
        expect(res.body).toEqual(errorShape);
        expect(res.body.error.code).toBe('unauthorized');
        expect(res.headers['www-authenticate']).toBe('Bearer');
      }
      const closed = express();
      composeApp({ db: ctx.db(), metrics, adminToken: undefined })(closed);
      const res = await request(closed).get(`/api/decisions/${withPlan}`).set('Authorization', 'Bearer anything').expect(401);
      expect(res.body.error).toMatchObject({ code: 'api_disabled', message: expect.stringContaining('ADMIN_TOKEN') });
    });

    it('400 for a malformed id, 404 for an unknown one', async () => {
      for (const id of ['abc', '0', '-1', '1.5', '01', '1e3', '99999999999999999999', '9223372036854775808']) {
        const res = await request(app).get(`/api/decisions/${encodeURIComponent(id)}`).set('Authorization', `Bearer ${TOKEN}`).expect(400);
        expect(res.body).toEqual(errorShape);
        expect(res.body.error.code).toBe('invalid_decision_id');
      }
      const missing = await request(app).get('/api/decisions/9223372036854775807').set('Authorization', `Bearer ${TOKEN}`).expect(404);
      expect(missing.body).toEqual(errorShape);
      expect(missing.body.error).toMatchObject({ code: 'decision_not_found', message: expect.stringContaining('9223372036854775807') });
    });

    it('200: the record plus its write plan', async () => {
      const res = await request(app).get(`/api/decisions/${withPlan}`).set('Authorization', `Bearer ${TOKEN}`).expect(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body).toMatchObject({ id: withPlan, source: 'intercom', ticketId: '79', outcome: 'shadow', outcomeDetail: 'would-write', intent: 'item_not_received', level: 'high', noteRef: 'rd-bbbbbbbbbbbb' });
      expect(res.body.writePlan).toEqual(plan);
      expect(res.body.crisisProvider).toEqual(crisisProvider);
      expect(Object.keys(res.body.writePlan).sort()).toEqual(['fields', 'macros', 'note', 'priority', 'route', 'tags']);
    });

    it('200 with writePlan null for a decision recorded without one', async () => {
      const res = await request(app).get(`/api/decisions/${withoutPlan}`).set('Authorization', `Bearer ${TOKEN}`).expect(200);
      expect(res.body).toMatchObject({ id: withoutPlan, ticketId: '78', writePlan: null, crisisProvider: null });
    });
  });

  it('GET /metrics exposes webhooks, stages, write-backs, 429s, decisions and queue gauges', async () => {
    metrics.webhookReceived('zendesk', 'accepted');
    metrics.stageDuration('hydrate', 'zendesk', 12);
    metrics.writeBack('intercom', 'written');
    metrics.rateLimited('zendesk');
    metrics.decision('zendesk', 'counterfeit', 'high', 'fraud_investigations');
    metrics.watchQueue({ counts: async () => ({ waiting: 4, active: 1, delayed: 2, failed: 3 }), oldestWaitingSince: async () => Date.now() - 5000 });
    const res = await request(app).get('/metrics').expect(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.text).toContain('riskdesk_webhooks_total{source="zendesk",outcome="accepted"} 1');
    expect(res.text).toContain('riskdesk_stage_duration_seconds_count{stage="hydrate",source="zendesk"} 1');
    expect(res.text).toContain('riskdesk_writebacks_total{source="intercom",outcome="written"} 1');
    expect(res.text).toContain('riskdesk_helpdesk_rate_limited_total{source="zendesk"} 1');
    expect(res.text).toContain('riskdesk_decisions_total{source="zendesk",intent="counterfeit",level="high",route="fraud_investigations"} 1');
    expect(res.text).toContain('riskdesk_queue_jobs{state="waiting"} 4');
    expect(res.text).toContain('riskdesk_queue_jobs{state="failed"} 3');
    expect(res.text).toMatch(/riskdesk_queue_oldest_waiting_seconds [45](\.\d+)?\n/);
  });

  it('GET /metrics wants METRICS_TOKEN as a bearer token when it is set', async () => {
    const metricsToken = 'metrics-token-0123456789';
    const guarded = express();
    composeApp({ db: ctx.db(), metrics, adminToken: TOKEN, metricsToken })(guarded);
    for (const authorization of [undefined, `Bearer ${metricsToken}x`, `Bearer ${TOKEN}`, metricsToken]) {
      const attempt = request(guarded).get('/metrics');
      const res = await (authorization ? attempt.set('Authorization', authorization) : attempt).expect(401);
      expectErrorBody(res.body, 'unauthorized', /METRICS_TOKEN/);
      expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
      expect(res.text).not.toContain('riskdesk_');
    }
    const res = await request(guarded).get('/metrics').set('Authorization', `Bearer ${metricsToken}`).expect(200);
    expect(res.text).toContain('riskdesk_webhooks_total');
  });
});
