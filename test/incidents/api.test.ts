import express from 'express';
import request from 'supertest';
import { readFileSync } from 'node:fs';
import { parseIncidentsConfig } from '../../src/incidents/config';
import { formIncident } from '../../src/incidents/form-incident';
import { applyHelpdeskStatus } from '../../src/incidents/helpdesk-status';
import { createMetrics } from '../../src/metrics/metrics';
import { composeApp } from '../../src/runtime/compose-app';
import { expectErrorBody } from '../helpers/error-body';
import { describeEachDb } from '../helpers/test-db';

const TOKEN = 'admin-token-0123456789';
const config = parseIncidentsConfig(readFileSync('config/incidents.yaml', 'utf8'));

describeEachDb('incidents API', (ctx) => {
  let app: express.Express;
  let id = '';

  beforeAll(async () => {
    app = express();
    composeApp({ db: ctx.db(), metrics: createMetrics({ defaultMetrics: false }), adminToken: TOKEN })(app);
    await ctx.db().query('TRUNCATE incident_hits, incidents, incident_entities, incident_tickets');
    for (let k = 1; k <= 3; k += 1) {
      const placed = await formIncident(
        ctx.db(),
        { source: 'zendesk', ticketId: `api${k}`, requesterKey: `user:a${k}`, intent: 'scam_off_platform', entities: [{ type: 'contact', id: 'telegram:fastdeals', label: 'Telegram @fastdeals', group: 'contact:telegram:fastdeals' }], amountCents: 0, currency: null, riskScore: 0, at: new Date(Date.parse('2026-11-20T10:00:00Z') + k * 60_000) },
        config,
      );
      id = placed?.id ?? id;
    }
  });

  it('needs the admin token', async () => {
    expectErrorBody((await request(app).get('/api/incidents').expect(401)).body, 'unauthorized', /Bearer <ADMIN_TOKEN>/);
    await request(app).get(`/api/incidents/${id}`).set('Authorization', `Bearer ${TOKEN}x`).expect(401);
  });

  it('lists incidents with their tickets, and shows one', async () => {
    const list = await request(app).get('/api/incidents?open=true').set('Authorization', `Bearer ${TOKEN}`).expect(200);
    expect(list.body.incidents).toHaveLength(1);
    expect(list.body.incidents[0]).toMatchObject({ id, status: 'open', entity: { type: 'contact', id: 'telegram:fastdeals' }, ticketCount: 3 });
    expect(list.body.incidents[0].tickets).toEqual([1, 2, 3].map((k) => ({ source: 'zendesk', ticket: `api${k}` })));
    const one = await request(app).get(`/api/incidents/${id}`).set('Authorization', `Bearer ${TOKEN}`).expect(200);
    expect(one.body.incident).toMatchObject({ id, intents: ['scam_off_platform'], resolvedReason: null, resolvedAt: null, resolvedBy: null });
  });

  it('400 on a bad id or query, 404 on an unknown incident', async () => {
    expectErrorBody((await request(app).get('/api/incidents/nope').set('Authorization', `Bearer ${TOKEN}`).expect(400)).body, 'invalid_id', /INC-00012/);
    expectErrorBody((await request(app).get('/api/incidents?open=maybe').set('Authorization', `Bearer ${TOKEN}`).expect(400)).body, 'invalid_query', /open/);
    expectErrorBody((await request(app).get('/api/incidents/INC-99999').set('Authorization', `Bearer ${TOKEN}`).expect(404)).body, 'not_found', /INC-99999/);
  });

  it('says how, when and by whom an incident ended once its problem ticket is solved', async () => {
    await ctx.db().query("INSERT INTO incident_links (incident_id, source, vendor_id, state) VALUES ($1, 'zendesk', '9301', 'created')", [id]);
    const solvedAt = '2026-11-20T12:00:00.000Z';
    expect(await applyHelpdeskStatus(ctx.db(), { source: 'zendesk', ticketId: '9301', status: 'solved', at: solvedAt, actorId: '7701' })).toMatchObject({ change: 'resolved' });
    const ended = { id, status: 'resolved', resolvedReason: 'solved_in_helpdesk', resolvedAt: solvedAt, resolvedBy: '7701' };
    const one = await request(app).get(`/api/incidents/${id}`).set('Authorization', `Bearer ${TOKEN}`).expect(200);
    expect(one.body.incident).toMatchObject(ended);
    const all = await request(app).get('/api/incidents').set('Authorization', `Bearer ${TOKEN}`).expect(200);
    expect(all.body.incidents).toEqual([expect.objectContaining(ended)]);
    expect((await request(app).get('/api/incidents?open=true').set('Authorization', `Bearer ${TOKEN}`).expect(200)).body.incidents).toEqual([]);
  });
});
