/** POST /api/feedback: auth, validation, 404, the stored label and idempotency — on PGlite and PostgreSQL. */
jest.setTimeout(180_000);
import express from 'express';
import request from 'supertest';
import { listLabels, pruneLabelText } from '../../src/learning/labels/label-store';
import { createLogger } from '../../src/logging/logger';
import { createFeedbackRouter } from '../../src/server/routes/feedback';
import { expectErrorBody } from '../helpers/error-body';
import { describeEachDb } from '../helpers/test-db';
import { recordDecided, SNAPSHOT_KEY } from './support';

const TOKEN = 'sidebar-token-0123456789';
const auth = { Authorization: `Bearer ${TOKEN}` };

describeEachDb('POST /api/feedback', (ctx) => {
  let app: express.Express;
  const recorded: string[] = [];

  beforeAll(async () => {
    app = express();
    app.use(createFeedbackRouter({ db: ctx.db(), token: TOKEN, logger: createLogger('silent'), snapshotKey: SNAPSHOT_KEY, onRecorded: (r) => recorded.push(r.label.kind) }));
    await recordDecided(ctx.db(), { ticketId: 'fb-1', intent: 'item_not_received', modelVersion: 'm-test', text: 'Seller asked me to pay on PayPal friends, mail jane.doe@example.com or +44 7700 900123' });
    await recordDecided(ctx.db(), { ticketId: 'fb-2', source: 'intercom', crisis: false });
  });

  const post = (body: unknown, headers: Record<string, string> = auth) => request(app).post('/api/feedback').set(headers).send(body as object);

  it('401 without the sidebar token or with a wrong one; 503 when none is configured', async () => {
    expectErrorBody((await post({}, {}).expect(401)).body, 'unauthorized', /SIDEBAR_TOKEN/);
    await post({}, { Authorization: `Bearer ${TOKEN}x` }).expect(401);
    const closed = express();
    closed.use(createFeedbackRouter({ db: ctx.db(), token: undefined, logger: createLogger('silent') }));
    expectErrorBody((await request(closed).post('/api/feedback').send({}).expect(503)).body, 'not_configured', /SIDEBAR_TOKEN/);
  });

  it('400 names the field', async () => {
    const good = { source: 'zendesk', ticket: 'fb-1', kind: 'intent', intent: 'scam_off_platform', agent: 'agent-7' };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...good, source: 'freshdesk' }, 'source'],
      [{ ...good, ticket: '' }, 'ticket'],
      [{ ...good, kind: 'wrong' }, 'kind'],
      [{ ...good, intent: undefined }, 'intent'],
      [{ ...good, intent: 'fraud' }, 'intent'],
      [{ ...good, kind: 'crisis' }, 'intent'],
      [{ ...good, agent: undefined }, 'agent'],
      [{ ...good, comment: 'x'.repeat(1001) }, 'comment'],
      [{ ...good, extra: 1 }, 'body'],
    ];
    for (const [body, field] of cases) {
      const res = await post(body).expect(400);
      expectErrorBody(res.body, 'invalid_feedback', new RegExp(`^invalid feedback: ${field === 'body' ? '' : field}`));
    }
    const bad = await request(app).post('/api/feedback').set(auth).set('Content-Type', 'application/json').send('{"source":');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_json');
    expect(await listLabels(ctx.db())).toEqual([]);
  });

  it('404 for a ticket riskdesk never decided', async () => {
    const res = await post({ source: 'zendesk', ticket: 'never-seen', kind: 'crisis', agent: 'agent-7' }).expect(404);
    expectErrorBody(res.body, 'unknown_ticket', /no decision for zendesk ticket never-seen/);
  });

  it('201 with the stored label: the decision it corrects, versions, masked text; idempotent per agent and kind', async () => {
    const body = { source: 'zendesk', ticket: 'fb-1', kind: 'intent', intent: 'scam_off_platform', agent: 'agent-7', comment: 'asked to pay off-platform' };
    const first = await post(body).expect(201);
    expect(first.body.label).toMatchObject({
      source: 'zendesk',
      ticketId: 'fb-1',
      agent: 'agent-7',
      kind: 'intent',
      intent: 'scam_off_platform',
      comment: 'asked to pay off-platform',
      origin: 'sidebar',
      decision: { intent: 'item_not_received', crisis: false, modelVersion: 'm-test', rulesVersion: 'v-test' },
      hasText: true,
    });
    const again = await post(body).expect(200);
    expect(again.body.label.id).toBe(first.body.label.id);
    await post({ ...body, agent: 'agent-8' }).expect(201);
    const labels = await listLabels(ctx.db());
    expect(labels).toHaveLength(2);
    expect(labels[0]?.text).toContain('j***@example.com');
    expect(labels[0]?.text).not.toContain('jane.doe');
    expect(labels[0]?.text).not.toContain('7700 900123');
    expect(recorded).toEqual(['intent', 'intent', 'intent']);
  });

  it('a later "not a crisis" from the same agent withdraws their "crisis" (and risk too high/low likewise)', async () => {
    const base = { source: 'intercom', ticket: 'fb-2', agent: 'admin-1' };
    await post({ ...base, kind: 'crisis' }).expect(201);
    await post({ ...base, kind: 'not_crisis' }).expect(201);
    await post({ ...base, kind: 'risk_too_high' }).expect(201);
    await post({ ...base, kind: 'risk_too_low' }).expect(201);
    const kinds = (await listLabels(ctx.db())).filter((l) => l.ticketId === 'fb-2').map((l) => l.kind);
    expect(kinds.sort()).toEqual(['not_crisis', 'risk_too_low']);
  });

  it('429 with Retry-After over the per-minute budget', async () => {
    const limited = express();
    limited.use(createFeedbackRouter({ db: ctx.db(), token: TOKEN, ratePerMinute: 2, logger: createLogger('silent') }));
    const body = { source: 'zendesk', ticket: 'never-seen', kind: 'crisis', agent: 'a' };
    await request(limited).post('/api/feedback').set(auth).send(body).expect(404);
    await request(limited).post('/api/feedback').set(auth).send(body).expect(404);
    const res = await request(limited).post('/api/feedback').set(auth).send(body).expect(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expectErrorBody(res.body, 'rate_limited', /2 feedback requests per minute/);
  });

  it('clears label text past LABEL_RETENTION_DAYS and keeps the label', async () => {
    await ctx.db().query(`UPDATE learning_labels SET created_at = now() - interval '400 days' WHERE ticket_id = 'fb-1' AND agent = 'agent-7'`);
    expect(await pruneLabelText(ctx.db(), 365)).toBe(1);
    const labels = await listLabels(ctx.db());
    expect(labels.find((l) => l.agent === 'agent-7')).toMatchObject({ hasText: false, text: null, kind: 'intent' });
    expect(labels.find((l) => l.agent === 'agent-8')?.hasText).toBe(true);
  });
});
