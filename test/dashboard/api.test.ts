/**
 * The dashboard's JSON APIs over a seeded audit trail, on PGlite and PostgreSQL: the rollups the
 * trigger keeps, the decision search and detail, SLA and rules views, and their auth.
 */
import express from 'express';
import request from 'supertest';
import { z } from 'zod';
import { recordDecision } from '../../src/audit/decision-store';
import { applyHelpdeskStatus } from '../../src/incidents/helpdesk-status';
import { composeApp } from '../../src/runtime/compose-app';
import { createMetrics } from '../../src/metrics/metrics';
import { describeEachDb } from '../helpers/test-db';
import { sampleDecision } from '../worker/fixtures';
import { seedDashboard, seedIncident, seedLabels } from './seed';

const TOKEN = 'dashboard-api-token-0123456789';
const auth = { Authorization: `Bearer ${TOKEN}` };

/** The incidents answer as clients read it: every field it has carried, plus endingLabel (strict: nothing else). */
const incidentsAnswer = z.strictObject({
  available: z.literal(true),
  message: z.string().nullable(),
  incidents: z.array(
    z.strictObject({
      id: z.string(),
      entity: z.strictObject({ type: z.string(), label: z.string() }),
      status: z.enum(['open', 'resolved']),
      severity: z.string(),
      ticketCount: z.number().int(),
      firstSeen: z.iso.datetime(),
      lastSeen: z.iso.datetime(),
      resolvedReason: z.string().nullable(),
      resolvedAt: z.iso.datetime().nullable(),
      resolvedBy: z.string().nullable(),
      endingLabel: z.string().min(1).nullable(),
      tickets: z.array(z.strictObject({ source: z.string(), ticket: z.string() })),
    }),
  ),
});

describeEachDb('dashboard APIs', (ctx) => {
  let app: express.Express;
  beforeAll(async () => {
    app = express();
    composeApp({ db: ctx.db(), metrics: createMetrics({ defaultMetrics: false }), adminToken: TOKEN })(app);
    await seedDashboard(ctx.db());
  });

  it('refuses a missing or wrong bearer token, and answers with one', async () => {
    for (const path of ['/api/dashboard/overview', '/api/dashboard/sla', '/api/dashboard/decisions', '/api/dashboard/rules', '/api/dashboard/incidents']) {
      await request(app).get(path).expect(401);
      await request(app).get(path).set('Authorization', 'Bearer wrong').expect(401);
      await request(app).get(path).set(auth).expect(200);
    }
  });

  it('overview: hourly series by intent and level, crisis tiers, reasons, outcomes', async () => {
    const res = await request(app).get('/api/dashboard/overview?hours=24').set(auth).expect(200);
    const o = res.body;
    expect(o.total).toBe(5);
    expect(o.byIntent.hours).toHaveLength(24);
    const intentTotals = Object.fromEntries(Object.entries(o.byIntent.series as Record<string, number[]>).map(([k, v]) => [k, v.reduce((a, b) => a + b, 0)]));
    expect(intentTotals).toEqual({ item_not_received: 2, account_takeover: 1, harassment: 1, refund_request: 1 });
    expect(o.byLevel.series.critical[23 - 2]).toBe(1);
    expect(o.crisis).toMatchObject({ crisis: 1, crisisReview: 1, routedMs: { p50: 1800 } });
    expect(o.topReasons[0]).toEqual({ code: 'prior_chargebacks', hits: 2 });
    expect(o.outcomes).toEqual(expect.arrayContaining([{ outcome: 'written', decisions: 2 }, { outcome: 'failed', decisions: 1 }]));
  });

  it('rollups follow new decisions through the trigger', async () => {
    const before = (await request(app).get('/api/dashboard/overview').set(auth)).body.total;
    await recordDecision(ctx.db(), { source: 'intercom', ticketId: 'c-9', eventIds: [], jobId: 'trigger-1', attempt: 1, decision: sampleDecision(), inputsHash: null, fingerprint: null, noteRef: null, outcome: 'shadow', outcomeDetail: null, failure: null, timings: {} });
    const after = (await request(app).get('/api/dashboard/overview').set(auth)).body;
    expect(after.total).toBe(before + 1);
    const rules = (await request(app).get('/api/dashboard/rules').set(auth)).body;
    expect(rules.rules).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'inr-high-risk', hits: 2 })]));
    expect(rules.versions.map((v: { version: string }) => v.version)).toEqual(expect.arrayContaining(['rules-2026-12-01', 'v-test']));
    expect(rules.agreement).toMatchObject({ enabled: true, labelled: 5, agreed: 3, rate: 0.6 });
    expect(rules.agreement.byKind).toEqual([
      { kind: 'intent', labelled: 3, agreed: 2, rate: 0.6667 },
      { kind: 'crisis', labelled: 1, agreed: 1, rate: 1 },
      { kind: 'risk_too_high', labelled: 1, agreed: 0, rate: 0 },
    ]);
    expect(rules.agreement.byIntent).toEqual([
      { intent: 'item_not_received', labelled: 2, agreed: 2, rate: 1 },
      { intent: 'scam_off_platform', labelled: 1, agreed: 0, rate: 0 },
    ]);
    const wide = (await request(app).get('/api/dashboard/rules?days=90').set(auth).expect(200)).body;
    expect(wide.agreement).toMatchObject({ labelled: 6, agreed: 3, rate: 0.5 });
    await ctx.db().query('DELETE FROM learning_labels');
    const none = (await request(app).get('/api/dashboard/rules').set(auth).expect(200)).body;
    expect(none.agreement).toMatchObject({ enabled: true, labelled: 0, agreed: 0, rate: null, byKind: [], byIntent: [] });
    await seedLabels(ctx.db());
  });

  it('searches decisions by ticket, requester, intent, level and rule; shows one with its plan', async () => {
    const find = async (query: string) => (await request(app).get(`/api/dashboard/decisions?${query}`).set(auth).expect(200)).body.decisions as Array<{ ticketId: string; id: string }>;
    expect((await find('ticket=5003')).map((d) => d.ticketId)).toEqual(['5003']);
    expect((await find('requester=u_100')).map((d) => d.ticketId).sort()).toEqual(['5001', '5005']);
    expect((await find('intent=item_not_received&level=medium')).map((d) => d.ticketId)).toEqual(['5002']);
    expect((await find('rule=vip-route')).map((d) => d.ticketId)).toEqual(['5003']);
    await request(app).get('/api/dashboard/decisions?colour=red').set(auth).expect(400);
    const [one] = await find('ticket=5003');
    const detail = (await request(app).get(`/api/dashboard/decisions/${one?.id}`).set(auth).expect(200)).body;
    expect(detail.writePlan.note.html).toContain('Risk: CRITICAL');
    await request(app).get('/api/dashboard/decisions/999999').set(auth).expect(404);
  });

  it('incidents: an empty state, then the incident with its member tickets and, once solved, how it ended', async () => {
    await ctx.db().query('TRUNCATE incident_hits, incidents, incident_entities, incident_tickets, incident_links');
    const empty = incidentsAnswer.parse((await request(app).get('/api/dashboard/incidents').set(auth).expect(200)).body);
    expect(empty).toMatchObject({ available: true, incidents: [], message: expect.stringContaining('No incidents') });
    const id = await seedIncident(ctx.db());
    const incidents = async () => incidentsAnswer.parse((await request(app).get('/api/dashboard/incidents').set(auth).expect(200)).body).incidents;
    expect(await incidents()).toEqual([
      expect.objectContaining({ id, status: 'open', ticketCount: 3, entity: { type: 'contact', label: 'Telegram @dashdeals' }, resolvedReason: null, resolvedAt: null, resolvedBy: null, endingLabel: null, tickets: ['5001', '5002', '5003'].map((ticket) => ({ source: 'zendesk', ticket })) }),
    ]);
    await ctx.db().query("INSERT INTO incident_links (incident_id, source, vendor_id, state) VALUES ($1, 'zendesk', '9401', 'created')", [id]);
    const solvedAt = new Date().toISOString();
    await applyHelpdeskStatus(ctx.db(), { source: 'zendesk', ticketId: '9401', status: 'solved', at: solvedAt, actorId: '7702' });
    // The ending in the CLI's words, without the time the page formats in the reader's time zone.
    expect(await incidents()).toEqual([expect.objectContaining({ id, status: 'resolved', resolvedReason: 'solved_in_helpdesk', resolvedAt: solvedAt, resolvedBy: '7702', endingLabel: 'solved in the helpdesk by helpdesk user 7702' })]);
    await ctx.db().query("UPDATE incidents SET resolved_reason = 'expired', resolved_by = NULL WHERE id = $1", [id]);
    expect(await incidents()).toEqual([expect.objectContaining({ resolvedReason: 'expired', resolvedAt: solvedAt, endingLabel: 'expired (no new ticket within the window)' })]);
    // A reason a newer version wrote: no reason, and no more than "resolved" in words.
    await ctx.db().query("UPDATE incidents SET resolved_reason = 'archived_by_hand' WHERE id = $1", [id]);
    expect(await incidents()).toEqual([expect.objectContaining({ resolvedReason: null, endingLabel: 'resolved' })]);
    await request(app).get('/api/dashboard/incidents?limit=0').set(auth).expect(400);
  });

  it('SLA: open tickets by due time, breaches, and first-response time once an agent replied', async () => {
    const { recordFirstReply } = await import('../../src/dashboard/sla');
    let sla = (await request(app).get('/api/dashboard/sla').set(auth).expect(200)).body;
    const ids = sla.open.map((t: { ticketId: string }) => t.ticketId);
    expect(ids).toEqual(['5005', '5003', '5001', 'c-9', '5002']); // c-9: the trigger test's decision
    expect(sla.open[0]).toMatchObject({ ticketId: '5005', breached: true, slaMinutes: 1 });
    expect(sla.breachedCount).toBe(2);
    const opened = sla.open.find((t: { ticketId: string }) => t.ticketId === '5003').openedAt as string;
    await recordFirstReply(ctx.db(), { source: 'zendesk', ticketId: '5003', at: new Date(Date.parse(opened) + 45 * 60_000).toISOString() });
    sla = (await request(app).get('/api/dashboard/sla').set(auth).expect(200)).body;
    expect(sla.open.map((t: { ticketId: string }) => t.ticketId)).not.toContain('5003');
    expect(sla.firstResponse).toEqual([{ intent: 'account_takeover', priority: 'urgent', replied: 1, medianMinutes: 45, p90Minutes: 45, breaches: 1 }]);
  });
});
