/**
 * riskdesk's own problem tickets / trackers through the real intake server, queue and worker
 * (nock for the helpdesks: any request fails the test). Tags do not keep them from being queued —
 * riskdesk's problem ticket carries the same `riskdesk_incident` tags as its members, and a
 * subject change is a triage event — so the worker is what refuses to triage them; their status
 * resolves or reopens the incident instead.
 */
import { signIntercom, signZendesk, uniqueId, uniqueTicketId, zendeskTicketEvent, zendeskTriggerBody } from '../helpers/signing';
import { INTERCOM_SECRET, useHarnessWithTraffic, waitFor, ZENDESK_SECRET } from './harness';

const live = useHarnessWithTraffic();

let seq = 0;
/** An open incident whose problem ticket / tracker `vendorId` riskdesk created. */
async function incidentWithProblem(source: 'zendesk' | 'intercom', vendorId: string): Promise<string> {
  seq += 1;
  const id = `INC-7${String(seq).padStart(4, '0')}`;
  await live.h.db.query("INSERT INTO incidents (id, entity_type, entity_id, label, status, severity, first_seen, last_seen) VALUES ($1, 'contact', $2, 'Venmo @x', 'open', 'low', now(), now())", [id, `venmo:x${seq}`]);
  await live.h.db.query("INSERT INTO incident_links (incident_id, source, vendor_id, state) VALUES ($1, $2, $3, 'created')", [id, source, vendorId]);
  return id;
}

const statusOf = async (id: string): Promise<{ status: string; resolved_reason: string | null; resolved_by: string | null } | undefined> =>
  (await live.h.db.query<{ status: string; resolved_reason: string | null; resolved_by: string | null }>('SELECT status, resolved_reason, resolved_by FROM incidents WHERE id = $1', [id])).rows[0];

/**
 * Waits for the job to complete and returns what it answered. The state is read before the job:
 * a job fetched while still active and found completed a moment later carries no return value.
 */
async function finished(jobId: unknown): Promise<unknown> {
  const id = String(jobId);
  let value: unknown;
  await waitFor(async () => {
    const state = await live.h.worker.queue.getJobState(id);
    if (state !== 'completed' && state !== 'failed') return false;
    const job = await live.h.worker.queue.getJob(id);
    if (state === 'failed') throw new Error(`job ${id} failed: ${job?.failedReason ?? 'no reason recorded'}`);
    value = job?.returnvalue;
    return job !== undefined;
  }, 15_000, `job ${id} completed`);
  return value;
}

function problemEvent(type: string, ticketId: string, status: string, ticketType = 'PROBLEM'): Record<string, unknown> {
  const payload = zendeskTicketEvent(type, { ticketId, actorId: '7700', time: new Date().toISOString() });
  const detail = payload.detail as Record<string, unknown>;
  detail.status = status;
  detail.type = ticketType;
  detail.tags = ['riskdesk_incident', 'riskdesk_incident_inc_70001'];
  return payload;
}

function trackerNotification(ticketId: string, ticket: Record<string, unknown>): Record<string, unknown> {
  return { type: 'notification_event', id: uniqueId('notif_'), topic: 'ticket.state.updated', created_at: Math.floor(Date.now() / 1000), data: { type: 'notification_event_data', item: { type: 'ticket', id: ticketId, ...ticket } } };
}

describe('riskdesk’s own problem tickets and trackers', () => {
  it('a triage event on the problem ticket is queued, but never triaged: nothing is read or written', async () => {
    const problem = uniqueTicketId();
    const incident = await incidentWithProblem('zendesk', problem);
    const accepted = await live.h.post('/webhooks/zendesk', signZendesk(problemEvent('ticket.subject_changed', problem, 'OPEN'), ZENDESK_SECRET));
    expect(accepted).toMatchObject({ status: 202, body: { accepted: true } });
    expect(accepted.body.id).toEqual(expect.any(String));
    expect(await finished(accepted.body.id)).toEqual({ outcome: 'skipped', outcomeDetail: 'own_incident_ticket:unchanged', noteRef: null });
    expect(live.traffic.requests).toHaveLength(0);
    expect(await live.h.decisions('zendesk', problem)).toHaveLength(0);
    expect((await statusOf(incident))?.status).toBe('open');
  });

  it('solving the problem ticket in Zendesk resolves the incident, once; reopening it reopens the incident', async () => {
    const problem = uniqueTicketId();
    const incident = await incidentWithProblem('zendesk', problem);
    const solved = signZendesk(problemEvent('ticket.status_changed', problem, 'SOLVED'), ZENDESK_SECRET);
    const accepted = await live.h.post('/webhooks/zendesk', solved);
    expect(accepted.status).toBe(202);
    expect(await finished(accepted.body.id)).toMatchObject({ outcome: 'skipped', outcomeDetail: 'own_incident_ticket:resolved' });
    expect(await statusOf(incident)).toEqual({ status: 'resolved', resolved_reason: 'solved_in_helpdesk', resolved_by: '7700' });
    expect(await live.h.metrics.registry.getSingleMetricAsString('riskdesk_incident_helpdesk_status_total')).toMatch(/source="zendesk",change="resolved"} 1/);
    // The same delivery again is a duplicate; nothing is queued.
    expect(await live.h.post('/webhooks/zendesk', solved)).toMatchObject({ status: 202, body: { duplicate: true } });

    const reopened = await live.h.post('/webhooks/zendesk', signZendesk(problemEvent('ticket.status_changed', problem, 'OPEN'), ZENDESK_SECRET));
    expect(await finished(reopened.body.id)).toMatchObject({ outcomeDetail: 'own_incident_ticket:reopened' });
    expect(await statusOf(incident)).toEqual({ status: 'open', resolved_reason: null, resolved_by: null });
    expect(live.traffic.requests).toHaveLength(0);
    expect(await live.h.decisions('zendesk', problem)).toHaveLength(0);
  });

  it('riskdesk’s trigger body for the problem ticket resolves the incident too', async () => {
    const problem = uniqueTicketId();
    const incident = await incidentWithProblem('zendesk', problem);
    const accepted = await live.h.post('/webhooks/zendesk', signZendesk(zendeskTriggerBody({ ticket_id: problem, status: 'Solved', current_user_id: '7701', updated_at: new Date().toISOString() }), ZENDESK_SECRET));
    expect(await finished(accepted.body.id)).toMatchObject({ outcomeDetail: 'own_incident_ticket:resolved' });
    expect(await statusOf(incident)).toEqual({ status: 'resolved', resolved_reason: 'solved_in_helpdesk', resolved_by: '7701' });
    expect(live.traffic.requests).toHaveLength(0);
  });

  it('status changes of other tickets: a member (not a problem) is not queued, another problem ticket is dropped untriaged', async () => {
    const member = await live.h.post('/webhooks/zendesk', signZendesk(problemEvent('ticket.status_changed', uniqueTicketId(), 'SOLVED', 'INCIDENT'), ZENDESK_SECRET));
    expect(member).toMatchObject({ status: 202, body: { accepted: true, ignored: 'not_relevant' } });
    const other = uniqueTicketId();
    const accepted = await live.h.post('/webhooks/zendesk', signZendesk(problemEvent('ticket.status_changed', other, 'SOLVED'), ZENDESK_SECRET));
    expect(await finished(accepted.body.id)).toEqual({ outcome: 'skipped', outcomeDetail: 'status_only', noteRef: null });
    expect(live.traffic.requests).toHaveLength(0);
    expect(await live.h.decisions('zendesk', other)).toHaveLength(0);
  });

  it('resolving or closing the tracker in Intercom resolves the incident; customer tickets are acknowledged only', async () => {
    const tracker = uniqueTicketId();
    const incident = await incidentWithProblem('intercom', tracker);
    const progress = await live.h.post('/webhooks/intercom', signIntercom(trackerNotification(tracker, { category: 'Tracker', open: true, ticket_state: { type: 'ticket_state', id: '1', category: 'in_progress' } }), INTERCOM_SECRET));
    expect(await finished(progress.body.id)).toMatchObject({ outcomeDetail: 'own_incident_ticket:unchanged' });
    const resolved = await live.h.post('/webhooks/intercom', signIntercom(trackerNotification(tracker, { category: 'Tracker', open: true, ticket_state: { type: 'ticket_state', id: '2', category: 'resolved' } }), INTERCOM_SECRET));
    expect(await finished(resolved.body.id)).toMatchObject({ outcomeDetail: 'own_incident_ticket:resolved' });
    expect((await statusOf(incident))?.status).toBe('resolved');
    const customer = await live.h.post('/webhooks/intercom', signIntercom(trackerNotification(uniqueTicketId(), { category: 'Customer', open: false }), INTERCOM_SECRET));
    expect(customer).toMatchObject({ status: 202, body: { ignored: 'unsupported' } });
    expect(live.traffic.requests).toHaveLength(0);
  });

  it('a malformed ticket notification is refused with the field named, and changes nothing', async () => {
    const tracker = uniqueTicketId();
    const incident = await incidentWithProblem('intercom', tracker);
    const bad = trackerNotification(tracker, { category: 'Tracker', open: 'no' });
    const answer = await live.h.post('/webhooks/intercom', signIntercom(bad, INTERCOM_SECRET));
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: { code: 'invalid_payload', fields: ['data.item.open'] } });
    expect((await statusOf(incident))?.status).toBe('open');
  });
});
