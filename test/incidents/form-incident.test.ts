import { parseIncidentsConfig } from '../../src/incidents/config';
import { formIncident, type TicketFacts } from '../../src/incidents/form-incident';
import { findIncident, incidentOfTicket, listIncidents } from '../../src/incidents/incident-store';
import type { TicketEntity } from '../../src/incidents/types';
import { describeEachDb } from '../helpers/test-db';
import { readFileSync } from 'node:fs';

const config = parseIncidentsConfig(readFileSync('config/incidents.yaml', 'utf8'));
const T0 = Date.parse('2026-11-20T10:00:00Z');
const hours = (h: number): Date => new Date(T0 + h * 3_600_000);

const show = (id: string, group: string): TicketEntity => ({ type: 'show', id, label: `@seller's show '${id}'`, group });
const seller = (id: string, group: string): TicketEntity => ({ type: 'seller', id, label: `@${id}`, group });
const contact = (id: string): TicketEntity => ({ type: 'contact', id, label: id, group: `contact:${id}` });

let seq = 0;
function ticket(over: Partial<TicketFacts> & { entities: TicketEntity[] }): TicketFacts {
  seq += 1;
  return { source: 'zendesk', ticketId: `t${seq}`, requesterKey: `user:r${seq}`, intent: 'item_not_received', amountCents: 10_000, currency: 'USD', riskScore: 10, at: hours(seq), ...over };
}

describeEachDb('incident formation', (ctx) => {
  beforeEach(async () => {
    await ctx.db().query('TRUNCATE incident_hits, incidents, incident_entities, incident_tickets, incident_spikes');
  });

  it('a wave about one show forms one incident that later tickets join', async () => {
    const db = ctx.db();
    const base = seq;
    const results = [];
    for (let k = 0; k < 5; k += 1) results.push(await formIncident(db, ticket({ entities: [show('SH-1', `order:o${k}`), seller('U1', `order:o${k}`)], at: hours(base + k + 1) }), config));
    expect(results[0]).toBeNull();
    expect(results[1]).toBeNull();
    const third = results[2];
    expect(third).toMatchObject({ entity: { type: 'show', id: 'SH-1' }, ticketCount: 3 });
    expect(results[4]).toMatchObject({ id: third?.id, ticketCount: 5, amountCents: 50_000 });
    const all = await listIncidents(db);
    expect(all).toHaveLength(1);
    expect(all[0]?.tickets).toHaveLength(5);
    expect(all[0]?.id).toMatch(/^INC-\d{5}$/);
  });

  it('counts distinct requesters: one requester writing three times opens nothing', async () => {
    const db = ctx.db();
    for (let k = 0; k < 3; k += 1) expect(await formIncident(db, ticket({ requesterKey: 'user:same', entities: [contact('venmo:x')] }), config)).toBeNull();
    expect(await formIncident(db, ticket({ entities: [contact('venmo:x')] }), config)).toBeNull();
    expect(await formIncident(db, ticket({ entities: [contact('venmo:x')] }), config)).toMatchObject({ entity: { id: 'venmo:x' }, ticketCount: 5 });
  });

  it('ignores tickets without an incident intent, and re-deciding a ticket counts it once', async () => {
    const db = ctx.db();
    const first = ticket({ entities: [contact('tg:a')] });
    await formIncident(db, first, config);
    await formIncident(db, first, config);
    await formIncident(db, first, config);
    expect(await formIncident(db, ticket({ intent: null, entities: [contact('tg:a')] }), config)).toBeNull();
    expect(await formIncident(db, ticket({ entities: [contact('tg:a')] }), config)).toBeNull();
  });

  it('tickets further apart than windowHours form no incident, and a quiet incident is resolved', async () => {
    const db = ctx.db();
    const start = 1000;
    await formIncident(db, ticket({ entities: [contact('wa:1')], at: hours(start) }), config);
    await formIncident(db, ticket({ entities: [contact('wa:1')], at: hours(start + 40) }), config);
    expect(await formIncident(db, ticket({ entities: [contact('wa:1')], at: hours(start + 80) }), config)).toBeNull();
    const opened = await formIncident(db, ticket({ entities: [contact('wa:1')], at: hours(start + 81) }), config);
    expect(opened).toMatchObject({ ticketCount: 3 });
    const later = await formIncident(db, ticket({ entities: [contact('wa:1')], at: hours(start + 81 + 73) }), config);
    expect(later?.id ?? null).not.toBe(opened?.id);
    // It ended when the 72 h window ran out after its last ticket, not when the next ticket noticed.
    expect(await findIncident(db, opened?.id ?? '')).toMatchObject({ status: 'resolved', resolvedReason: 'expired', resolvedAt: hours(start + 81 + 72).toISOString(), resolvedBy: null });
  });

  it('merges the incidents of a show and its seller into one', async () => {
    const db = ctx.db();
    const base = 2000;
    // Three tickets about show A open an incident on the show.
    for (let k = 0; k < 3; k += 1) await formIncident(db, ticket({ entities: [show('SH-A', `order:a${k}`), seller('U9', `order:a${k}`)], at: hours(base + k) }), config);
    // Three tickets about the same seller's other show: the seller's wave joins the show's incident.
    const other = [];
    for (let k = 0; k < 3; k += 1) other.push(await formIncident(db, ticket({ entities: [show('SH-B', `order:b${k}`), seller('U9', `order:b${k}`)], at: hours(base + 3 + k) }), config));
    const open = await listIncidents(db, { openOnly: true });
    expect(open).toHaveLength(1);
    expect(open[0]?.entities.sort()).toEqual(['seller:U9', 'show:SH-A']);
    expect(open[0]?.ticketCount).toBe(6);
    expect(other[0]?.id).toBe(open[0]?.id);
  });

  it('merges two open incidents when a ticket links their entities', async () => {
    const db = ctx.db();
    const base = 3000;
    for (let k = 0; k < 3; k += 1) await formIncident(db, ticket({ entities: [show('SH-C', `order:c${k}`)], at: hours(base + k) }), config);
    for (let k = 0; k < 3; k += 1) await formIncident(db, ticket({ entities: [seller('U7', `party:U7`)], at: hours(base + 3 + k) }), config);
    expect(await listIncidents(db, { openOnly: true })).toHaveLength(2);
    const bridge = ticket({ entities: [show('SH-C', 'order:c9'), seller('U7', 'order:c9')], at: hours(base + 7) });
    const merged = await formIncident(db, bridge, config);
    const open = await listIncidents(db, { openOnly: true });
    expect(open).toHaveLength(1);
    expect(merged).toMatchObject({ id: open[0]?.id, ticketCount: 7 });
    expect((await incidentOfTicket(db, 'zendesk', bridge.ticketId))?.id).toBe(open[0]?.id);
    const all = await listIncidents(db);
    expect(all).toHaveLength(1);
    const away = (await db.query<{ id: string }>('SELECT id FROM incidents WHERE merged_into = $1', [open[0]?.id])).rows.map((r) => r.id);
    expect(away).toHaveLength(1);
    expect(await findIncident(db, away[0] ?? '')).toMatchObject({ status: 'resolved', resolvedReason: 'merged', mergedInto: open[0]?.id, resolvedAt: bridge.at.toISOString() });
  });
});
