/**
 * Native linking (INCIDENT_LINKING=on): the incident becomes a Zendesk problem ticket with its
 * member tickets as incidents, or an Intercom tracker ticket with its conversations linked.
 * Effectively once: the problem / tracker is recorded in `incident_links` (a create in flight is
 * marked `creating` first), each member's link in `incident_tickets.linked_at`. Zendesk creates
 * carry an Idempotency-Key, so an interrupted create is simply repeated; an Intercom create is
 * repeated only after 10 minutes in `creating` (its creator died).
 */
import type { Ticket } from '../domain/ticket';
import type { Queryable } from '../store/db';
import { incidentSentence, incidentTags } from './summary';
import type { DecisionIncident } from './types';

export interface ZendeskLinkPort {
  createProblem(incidentId: string, problem: { subject: string; body: string; tags: string[] }): Promise<string>;
  linkIncident(ticketId: string, problemId: string): Promise<void>;
}

export interface IntercomLinkPort {
  createTracker(tracker: { title: string; description: string; conversationId: string; contactId: string }): Promise<string>;
  linkConversation(trackerId: string, conversationId: string): Promise<void>;
}

export interface LinkPorts {
  zendesk?: ZendeskLinkPort;
  intercom?: IntercomLinkPort;
}

export interface LinkLogger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
}

const STALE_CREATE_MS = 10 * 60_000;
const MAX_LINKS_PER_RUN = 50;

async function markLinked(db: Queryable, incidentId: string, source: string, ticketId: string): Promise<void> {
  await db.query('UPDATE incident_tickets SET linked_at = now() WHERE incident_id = $1 AND source = $2 AND ticket_id = $3', [incidentId, source, ticketId]);
}

function describe(incident: DecisionIncident): { title: string; body: string } {
  return {
    title: `riskdesk ${incident.id}: ${incident.entity.label}`.slice(0, 250),
    body: `${incidentSentence(incident)}.\nSeverity ${incident.severity}. The linked tickets are this incident's members: work the wave here, once.`,
  };
}

/** The problem / tracker id, creating it when needed; null when another worker is creating it. */
async function ensureLink(db: Queryable, ports: LinkPorts, incident: DecisionIncident, ticket: Ticket, logger: LinkLogger): Promise<string | null> {
  const source = ticket.source;
  const claimed = await db.query("INSERT INTO incident_links (incident_id, source, state) VALUES ($1, $2, 'creating') ON CONFLICT DO NOTHING RETURNING incident_id", [incident.id, source]);
  if (claimed.rowCount === 0) {
    const { rows } = await db.query<{ state: string; vendor_id: string | null; created_at: Date }>('SELECT state, vendor_id, created_at FROM incident_links WHERE incident_id = $1 AND source = $2', [incident.id, source]);
    const row = rows[0];
    if (row?.state === 'created' && row.vendor_id) return row.vendor_id;
    const stale = row ? Date.now() - new Date(row.created_at).getTime() > STALE_CREATE_MS : true;
    if (source === 'intercom' && !stale) return null;
  }
  const text = describe(incident);
  let vendorId: string;
  if (source === 'zendesk' && ports.zendesk) {
    vendorId = await ports.zendesk.createProblem(incident.id, { subject: text.title, body: text.body, tags: incidentTags(incident) });
  } else if (source === 'intercom' && ports.intercom) {
    const contactId = ticket.requester.helpdeskUserId;
    if (!contactId) {
      logger.warn({ incident: incident.id, ticketId: ticket.id }, 'intercom tracker not created: the conversation has no contact id; the next conversation of the incident will try again');
      await db.query("DELETE FROM incident_links WHERE incident_id = $1 AND source = $2 AND state = 'creating'", [incident.id, source]);
      return null;
    }
    vendorId = await ports.intercom.createTracker({ title: text.title, description: text.body, conversationId: ticket.id, contactId });
    await markLinked(db, incident.id, source, ticket.id);
  } else {
    return null;
  }
  await db.query("UPDATE incident_links SET state = 'created', vendor_id = $3 WHERE incident_id = $1 AND source = $2", [incident.id, source, vendorId]);
  logger.info({ incident: incident.id, source, vendorId }, source === 'zendesk' ? 'zendesk problem ticket created for the incident' : 'intercom tracker ticket created for the incident');
  return vendorId;
}

/** Links the incident's members of the ticket's helpdesk that are not linked yet (this ticket included). */
export async function linkIncidentMembers(db: Queryable, ports: LinkPorts, incident: DecisionIncident, ticket: Ticket, logger: LinkLogger): Promise<number> {
  const port = ports[ticket.source];
  if (!port) return 0;
  const vendorId = await ensureLink(db, ports, incident, ticket, logger);
  if (!vendorId) return 0;
  const { rows } = await db.query<{ ticket_id: string }>(
    'SELECT ticket_id FROM incident_tickets WHERE incident_id = $1 AND source = $2 AND linked_at IS NULL ORDER BY seen_at, ticket_id LIMIT $3',
    [incident.id, ticket.source, MAX_LINKS_PER_RUN],
  );
  let linked = 0;
  for (const { ticket_id: member } of rows) {
    if (ticket.source === 'zendesk' && ports.zendesk) await ports.zendesk.linkIncident(member, vendorId);
    else if (ticket.source === 'intercom' && ports.intercom) await ports.intercom.linkConversation(vendorId, member);
    await markLinked(db, incident.id, ticket.source, member);
    linked += 1;
  }
  return linked;
}
