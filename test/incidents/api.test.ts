import express from 'express';
import request from 'supertest';
import { readFileSync } from 'node:fs';
import { parseIncidentsConfig } from '../../src/incidents/config';
import { formIncident } from '../../src/incidents/form-incident';
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
    expect(one.body.incident).toMatchObject({ id, intents: ['scam_off_platform'] });
  });

  it('400 on a bad id or query, 404 on an unknown incident', async () => {
    expectErrorBody((await request(app).get('/api/incidents/nope').set('Authorization', `Bearer ${TOKEN}`).expect(400)).body, 'invalid_id', /INC-00012/);
    expectErrorBody((await request(app).get('/api/incidents?open=maybe').set('Authorization', `Bearer ${TOKEN}`).expect(400)).body, 'invalid_query', /open/);
    expectErrorBody((await request(app).get('/api/incidents/INC-99999').set('Authorization', `Bearer ${TOKEN}`).expect(404)).body, 'not_found', /INC-99999/);
  });
});
