/**
 * Solving riskdesk's problem ticket / tracker in the helpdesk resolves its incident; the next
 * tickets about the entity start a new incident once minTickets new requesters wrote in;
 * reopening reopens the incident unless a newer one exists; repeats, stale and bad reports
 * change nothing.
 */
import { readFileSync } from 'node:fs';
import { parseIncidentsConfig } from '../../src/incidents/config';
import { formIncident, type TicketFacts } from '../../src/incidents/form-incident';
import { applyHelpdeskStatus } from '../../src/incidents/helpdesk-status';
import { findIncident } from '../../src/incidents/incident-store';
import { InvalidHelpdeskStatusError, statusSignal } from '../../src/incidents/problem-status';
import type { HelpdeskSource } from '../../src/domain/ticket';
import type { DecisionIncident } from '../../src/incidents/types';
import { describeEachDb } from '../helpers/test-db';

const config = parseIncidentsConfig(readFileSync('config/incidents.yaml', 'utf8'));
const T0 = Date.parse('2026-11-20T10:00:00Z');
const at = (minutes: number): Date => new Date(T0 + minutes * 60_000);
const iso = (minutes: number): string => at(minutes).toISOString();

interface Row {
  status: string;
  resolved_reason: string | null;
  resolved_at: Date | string | null;
  resolved_by: string | null;
  updated_at: Date | string;
}

describe('helpdesk statuses', () => {
  it('maps Zendesk and Intercom statuses to done / open, anything else to no signal', () => {
    expect(['SOLVED', 'closed', 'Solved'].map((s) => statusSignal('zendesk', s))).toEqual(['done', 'done', 'done']);
    expect(['OPEN', 'pending', 'hold', 'new'].map((s) => statusSignal('zendesk', s))).toEqual(['open', 'open', 'open', 'open']);
    expect(['resolved', 'closed', 'in_progress', 'submitted', 'snoozed'].map((s) => statusSignal('intercom', s))).toEqual(['done', 'done', 'open', 'open', null]);
    expect(statusSignal('zendesk', 'resolved')).toBeNull();
    expect(statusSignal('zendesk', undefined)).toBeNull();
  });
});

describeEachDb('incidents solved in the helpdesk', (ctx) => {
  let n = 0;
  beforeEach(async () => {
    await ctx.db().query('TRUNCATE incident_hits, incidents, incident_entities, incident_tickets, incident_links');
  });

  function facts(source: HelpdeskSource, minute: number, contact = 'venmo:fastcards'): TicketFacts {
    n += 1;
    return { source, ticketId: `t${n}`, requesterKey: `user:r${n}`, intent: 'scam_off_platform', entities: [{ type: 'contact', id: contact, label: 'Venmo @fastcards', group: `contact:${contact}` }], amountCents: 0, currency: null, riskScore: 0, at: at(minute) };
  }

  async function wave(source: HelpdeskSource, minutes: number[], contact?: string): Promise<DecisionIncident | null> {
    let incident: DecisionIncident | null = null;
    for (const minute of minutes) incident = await formIncident(ctx.db(), facts(source, minute, contact), config);
    return incident;
  }

  async function linked(source: HelpdeskSource, vendorId: string, minutes = [0, 1, 2]): Promise<string> {
    const incident = await wave(source, minutes);
    if (!incident) throw new Error('the wave formed no incident');
    await ctx.db().query("INSERT INTO incident_links (incident_id, source, vendor_id, state) VALUES ($1, $2, $3, 'created')", [incident.id, source, vendorId]);
    return incident.id;
  }

  async function row(id: string): Promise<Row | undefined> {
    return (await ctx.db().query<Row>('SELECT status, resolved_reason, resolved_at, resolved_by, updated_at FROM incidents WHERE id = $1', [id])).rows[0];
  }

  it('solving the Zendesk problem ticket resolves the incident once, with reason, time and agent', async () => {
    const id = await linked('zendesk', '9001');
    const report = { source: 'zendesk', ticketId: '9001', status: 'SOLVED', at: iso(30), actorId: '7700' };
    expect(await applyHelpdeskStatus(ctx.db(), report)).toEqual({ incidentId: id, change: 'resolved' });
    const resolved = await row(id);
    expect(resolved).toMatchObject({ status: 'resolved', resolved_reason: 'solved_in_helpdesk', resolved_by: '7700' });
    expect(new Date(resolved?.resolved_at ?? 0).toISOString()).toBe(iso(30));
    // The same webhook again (or Zendesk's later `closed`) changes nothing, not even updated_at.
    expect(await applyHelpdeskStatus(ctx.db(), report)).toEqual({ incidentId: id, change: 'unchanged', why: 'already_resolved' });
    expect(await applyHelpdeskStatus(ctx.db(), { ...report, status: 'closed', at: iso(40) })).toMatchObject({ change: 'unchanged' });
    expect(await row(id)).toEqual(resolved);
  });

  it('a tracker resolved in Intercom resolves its incident; a snooze or no status leaves it open', async () => {
    const id = await linked('intercom', '626');
    expect(await applyHelpdeskStatus(ctx.db(), { source: 'intercom', ticketId: '626', status: 'snoozed', at: iso(10) })).toEqual({ incidentId: id, change: 'unchanged', why: 'no_status' });
    expect(await applyHelpdeskStatus(ctx.db(), { source: 'intercom', ticketId: '626', at: iso(10) })).toMatchObject({ change: 'unchanged' });
    expect((await row(id))?.status).toBe('open');
    expect(await applyHelpdeskStatus(ctx.db(), { source: 'intercom', ticketId: '626', status: 'resolved', at: iso(20) })).toEqual({ incidentId: id, change: 'resolved' });
    expect((await findIncident(ctx.db(), id))?.status).toBe('resolved');
  });

  it('answers null for any other ticket: a member, another helpdesk’s id, a problem still being created', async () => {
    const id = await linked('zendesk', '9002');
    await ctx.db().query("INSERT INTO incident_links (incident_id, source, state) VALUES ('INC-99999', 'zendesk', 'creating')");
    const member = (await findIncident(ctx.db(), id))?.tickets[0]?.ticket ?? '';
    for (const [source, ticketId] of [['zendesk', member], ['intercom', '9002'], ['zendesk', '123']]) {
      expect(await applyHelpdeskStatus(ctx.db(), { source, ticketId, status: 'solved', at: iso(5) })).toBeNull();
    }
    expect((await row(id))?.status).toBe('open');
  });

  it('refuses a malformed report with a clear error and changes nothing', async () => {
    const id = await linked('zendesk', '9003');
    for (const bad of [{ source: 'zendesk', ticketId: '9003', status: 'solved', at: 'yesterday' }, { source: 'freshdesk', ticketId: '9003', status: 'solved', at: iso(5) }, { source: 'zendesk', ticketId: '', status: 'solved', at: iso(5) }, null]) {
      await expect(applyHelpdeskStatus(ctx.db(), bad)).rejects.toThrow(InvalidHelpdeskStatusError);
    }
    await expect(applyHelpdeskStatus(ctx.db(), { source: 'zendesk', ticketId: '9003', status: 'solved', at: 'yesterday' })).rejects.toThrow(/at: .*no incident was changed/);
    expect((await row(id))?.status).toBe('open');
  });

  it('after the solve, new tickets about the entity open a NEW incident once minTickets new requesters wrote in', async () => {
    const id = await linked('zendesk', '9004');
    await applyHelpdeskStatus(ctx.db(), { source: 'zendesk', ticketId: '9004', status: 'solved', at: iso(10) });
    // Still within windowHours of the old wave: without the solve these would join or re-form it at once.
    expect(await wave('zendesk', [20])).toBeNull();
    expect(await wave('zendesk', [21])).toBeNull();
    const fresh = await wave('zendesk', [22]);
    expect(fresh?.id).toBeDefined();
    expect(fresh?.id).not.toBe(id);
    expect(fresh?.ticketCount).toBe(3);
    expect((await findIncident(ctx.db(), id))?.status).toBe('resolved');
  });

  it('reopening the problem reopens the incident when nothing newer exists, and later tickets join it again', async () => {
    const id = await linked('zendesk', '9005');
    await applyHelpdeskStatus(ctx.db(), { source: 'zendesk', ticketId: '9005', status: 'solved', at: iso(10), actorId: '7700' });
    expect(await applyHelpdeskStatus(ctx.db(), { source: 'zendesk', ticketId: '9005', status: 'open', at: iso(20) })).toEqual({ incidentId: id, change: 'reopened' });
    expect(await row(id)).toMatchObject({ status: 'open', resolved_reason: null, resolved_at: null, resolved_by: null });
    expect((await wave('zendesk', [25]))?.id).toBe(id);
    // A solve delivered late (older than the reopen) does not undo it.
    expect(await applyHelpdeskStatus(ctx.db(), { source: 'zendesk', ticketId: '9005', status: 'solved', at: iso(15) })).toEqual({ incidentId: id, change: 'unchanged', why: 'stale' });
    expect((await row(id))?.status).toBe('open');
  });

  it('reopening leaves the incident resolved when a newer incident took over its entity, or when it ended another way', async () => {
    const id = await linked('zendesk', '9006');
    await applyHelpdeskStatus(ctx.db(), { source: 'zendesk', ticketId: '9006', status: 'solved', at: iso(10) });
    const newer = await wave('zendesk', [20, 21, 22]);
    expect(newer?.id).not.toBe(id);
    expect(await applyHelpdeskStatus(ctx.db(), { source: 'zendesk', ticketId: '9006', status: 'open', at: iso(30) })).toEqual({ incidentId: id, change: 'unchanged', why: 'newer_incident' });
    expect((await row(id))?.status).toBe('resolved');

    const other = await wave('zendesk', [0, 1, 2], 'venmo:other');
    if (!other) throw new Error('no incident');
    await ctx.db().query("INSERT INTO incident_links (incident_id, source, vendor_id, state) VALUES ($1, 'zendesk', '9007', 'created')", [other.id]);
    await ctx.db().query("UPDATE incidents SET status = 'resolved', resolved_reason = 'expired' WHERE id = $1", [other.id]);
    expect(await applyHelpdeskStatus(ctx.db(), { source: 'zendesk', ticketId: '9007', status: 'open', at: iso(30) })).toEqual({ incidentId: other.id, change: 'unchanged', why: 'resolved_otherwise' });
  });
});
