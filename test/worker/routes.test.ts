import express from 'express';
import request from 'supertest';
import { recordDecision } from '../../src/audit/decision-store';
import { createMetrics } from '../../src/metrics/metrics';
import { composeApp } from '../../src/runtime/compose-app';
import { describeEachDb } from '../helpers/test-db';
import { expectErrorBody } from '../helpers/error-body';
import { sampleDecision } from './fixtures';

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
