/**
 * Native linking against nock (every request checked against the vendored OpenAPI descriptions):
 * a Zendesk problem ticket with its members as incidents, an Intercom tracker with its
 * conversations — each made once, however often the incident's tickets are decided again.
 */
import { readFileSync } from 'node:fs';
import { createIntercomLinker } from '../../src/helpdesk/incident-links/intercom';
import { createZendeskLinker } from '../../src/helpdesk/incident-links/zendesk';
import { noopPacer, type RequestPacer } from '../../src/helpdesk/types';
import { parseIncidentsConfig } from '../../src/incidents/config';
import { formIncident } from '../../src/incidents/form-incident';
import { linkIncidentMembers, type LinkPorts } from '../../src/incidents/native-links';
import type { DecisionIncident } from '../../src/incidents/types';
import type { HelpdeskSource, Ticket } from '../../src/domain/ticket';
import { HelpdeskTraffic } from '../helpers/nock-helpdesk';
import { describeEachDb } from '../helpers/test-db';

const config = parseIncidentsConfig(readFileSync('config/incidents.yaml', 'utf8'));
const ZENDESK = 'https://acme.zendesk.com';
const INTERCOM = 'https://api.intercom.io';
const logger = { info: () => undefined, warn: () => undefined };

function ticketOf(source: HelpdeskSource, id: string): Ticket {
  return { source, id, channel: 'email', subject: '', text: '', requester: { helpdeskUserId: `contact-${id}` }, tags: [] };
}

describeEachDb('native incident linking', (ctx) => {
  let traffic: HelpdeskTraffic;
  let paced: string[];
  const pacer: RequestPacer = { acquire: async (source) => void paced.push(source) };

  beforeEach(async () => {
    traffic = new HelpdeskTraffic();
    paced = [];
    await ctx.db().query('TRUNCATE incident_hits, incidents, incident_entities, incident_tickets, incident_links');
  });
  afterEach(() => traffic.dispose());

  async function wave(source: HelpdeskSource, ids: string[]): Promise<DecisionIncident> {
    let incident: DecisionIncident | null = null;
    for (const [k, id] of ids.entries()) {
      incident = await formIncident(
        ctx.db(),
        { source, ticketId: id, requesterKey: `user:${id}`, intent: 'scam_off_platform', entities: [{ type: 'contact', id: 'venmo:fastcards', label: 'Venmo @fastcards', group: 'contact:venmo:fastcards' }], amountCents: 0, currency: null, riskScore: 0, at: new Date(Date.parse('2026-11-20T10:00:00Z') + k * 60_000) },
        config,
      );
    }
    if (!incident) throw new Error('the wave formed no incident');
    return incident;
  }

  it('Zendesk: one problem ticket, every member linked as an incident, once', async () => {
    const incident = await wave('zendesk', ['101', '102', '103']);
    traffic.scope(ZENDESK).post('/api/v2/tickets').reply(201, { ticket: { id: 900, type: 'problem' } });
    for (const id of ['101', '102', '103']) traffic.scope(ZENDESK).put(`/api/v2/tickets/${id}`).reply(200, { ticket: { id: Number(id), type: 'incident', problem_id: 900 } });
    const ports: LinkPorts = { zendesk: createZendeskLinker({ apiUrl: ZENDESK, email: 'bot@acme.test', token: 'tok', pacer }) };

    expect(await linkIncidentMembers(ctx.db(), ports, incident, ticketOf('zendesk', '103'), logger)).toBe(3);
    // Deciding a member again sends nothing: the problem and the links are recorded.
    expect(await linkIncidentMembers(ctx.db(), ports, incident, ticketOf('zendesk', '101'), logger)).toBe(0);

    expect(traffic.lines()).toEqual(['POST /api/v2/tickets', 'PUT /api/v2/tickets/101', 'PUT /api/v2/tickets/102', 'PUT /api/v2/tickets/103']);
    const [create, ...links] = traffic.requests;
    expect(create?.headers['idempotency-key']).toBe(`riskdesk-${incident.id}`);
    expect(create?.body).toMatchObject({ ticket: { type: 'problem', comment: { public: false }, tags: ['riskdesk_incident', `riskdesk_incident_${incident.id.toLowerCase().replace('-', '_')}`] } });
    for (const link of links) expect(link.body).toEqual({ ticket: { type: 'incident', problem_id: 900 } });
    expect(paced).toEqual(['zendesk', 'zendesk', 'zendesk', 'zendesk']);
    traffic.assertConformantAndDone();

    // A later member is linked to the same problem.
    await formIncident(ctx.db(), { source: 'zendesk', ticketId: '104', requesterKey: 'user:104', intent: 'scam_off_platform', entities: [{ type: 'contact', id: 'venmo:fastcards', label: 'Venmo @fastcards', group: 'g' }], amountCents: 0, currency: null, riskScore: 0, at: new Date('2026-11-20T11:00:00Z') }, config);
    traffic.scope(ZENDESK).put('/api/v2/tickets/104').reply(200, { ticket: { id: 104 } });
    expect(await linkIncidentMembers(ctx.db(), ports, incident, ticketOf('zendesk', '104'), logger)).toBe(1);
    traffic.assertConformantAndDone();
  });

  it('Zendesk: a failed create is retried with the same idempotency key, nothing linked before it', async () => {
    const incident = await wave('zendesk', ['201', '202', '203']);
    traffic.scope(ZENDESK).post('/api/v2/tickets').reply(503, { error: 'unavailable' });
    const ports: LinkPorts = { zendesk: createZendeskLinker({ apiUrl: ZENDESK, email: 'bot@acme.test', token: 'tok', pacer: noopPacer }) };
    await expect(linkIncidentMembers(ctx.db(), ports, incident, ticketOf('zendesk', '203'), logger)).rejects.toThrow(/create_problem/);
    traffic.scope(ZENDESK).post('/api/v2/tickets').reply(201, { ticket: { id: 901 } });
    for (const id of ['201', '202', '203']) traffic.scope(ZENDESK).put(`/api/v2/tickets/${id}`).reply(200, { ticket: { id: Number(id) } });
    expect(await linkIncidentMembers(ctx.db(), ports, incident, ticketOf('zendesk', '201'), logger)).toBe(3);
    const keys = traffic.requests.filter((r) => r.method === 'POST').map((r) => r.headers['idempotency-key']);
    expect(keys).toEqual([`riskdesk-${incident.id}`, `riskdesk-${incident.id}`]);
    traffic.assertConformantAndDone();
  });

  it('Intercom: a tracker created from one conversation, the others linked to it, once', async () => {
    const incident = await wave('intercom', ['c1', 'c2', 'c3']);
    traffic.scope(INTERCOM).post('/tickets').reply(200, { type: 'ticket', id: '626', ticket_id: '33', category: 'Tracker' });
    for (const id of ['c1', 'c2']) traffic.scope(INTERCOM).post('/tickets/626/linked_conversations').reply(200, { type: 'conversation', id });
    const ports: LinkPorts = { intercom: createIntercomLinker({ apiUrl: INTERCOM, token: 'itok', version: '2.14', ticketTypeId: '88', pacer }) };

    expect(await linkIncidentMembers(ctx.db(), ports, incident, ticketOf('intercom', 'c3'), logger)).toBe(2);
    expect(await linkIncidentMembers(ctx.db(), ports, incident, ticketOf('intercom', 'c2'), logger)).toBe(0);

    expect(traffic.lines()).toEqual(['POST /tickets', 'POST /tickets/626/linked_conversations', 'POST /tickets/626/linked_conversations']);
    const [create, ...links] = traffic.requests;
    expect(create?.body).toMatchObject({ ticket_type_id: '88', contacts: [{ id: 'contact-c3' }], conversation_to_link_id: 'c3', skip_notifications: true });
    expect(create?.headers['intercom-version']).toBe('2.14');
    expect(links.map((l) => l.body)).toEqual([{ conversation_id: 'c1' }, { conversation_id: 'c2' }]);
    expect(links.every((l) => l.headers['intercom-version'] === '2.16')).toBe(true);
    expect(paced).toEqual(['intercom', 'intercom', 'intercom']);
    traffic.assertConformantAndDone();
  });

  it('sends nothing for a helpdesk without a linker', async () => {
    const incident = await wave('intercom', ['d1', 'd2', 'd3']);
    expect(await linkIncidentMembers(ctx.db(), { zendesk: createZendeskLinker({ apiUrl: ZENDESK, email: 'a@b.c', token: 't', pacer }) }, incident, ticketOf('intercom', 'd3'), logger)).toBe(0);
    expect(traffic.requests).toEqual([]);
  });
});
