/**
 * The incident step of the pipeline, before decide(): which entities the ticket points at, the
 * incident it belongs to (opening, joining or merging one), and any spike it completes.
 */
import type { Ticket } from '../domain/ticket';
import type { RiskContext } from '../risk/types';
import type { Db, Queryable } from '../store/db';
import { DEFAULT_MIN_CONFIDENCE } from '../triage/rules/conditions';
import type { Intent, IntentScore } from '../triage/types';
import type { IncidentsConfig } from './config';
import { ticketEntities, type ShowInfo } from './entities';
import { placeInIncident, type TicketFacts } from './form-incident';
import { detectSpikes, type Spike } from './spikes';
import type { DecisionIncident, TicketEntity } from './types';

export interface Placement {
  incident: DecisionIncident | null;
  entities: TicketEntity[];
  spikes: Spike[];
}

export interface PlaceInput {
  ticket: Ticket;
  context: RiskContext | null;
  classification: { intent: Intent; intents: IntentScore[] };
  at: Date;
}

/** The incident intent of a ticket: its primary intent when listed, else the strongest listed one. */
export function incidentIntent(classification: PlaceInput['classification'], config: IncidentsConfig): Intent | null {
  const listed = new Set<string>(config.intents);
  if (listed.has(classification.intent) && classification.intent !== 'other') return classification.intent;
  const other = classification.intents.find((s) => listed.has(s.name) && s.confidence >= DEFAULT_MIN_CONFIDENCE);
  return other ? other.name : null;
}

/** Who wrote in, for the distinct-requester rule: the marketplace account when known. */
export function requesterKey(ticket: Ticket, context: RiskContext | null): string {
  const r = ticket.requester ?? {};
  if (context?.requester) return `user:${context.requester.userId}`;
  if (r.externalId) return `user:${r.externalId}`;
  if (r.email) return `email:${r.email.toLowerCase()}`;
  if (r.helpdeskUserId) return `${ticket.source}-user:${r.helpdeskUserId}`;
  return `ticket:${ticket.source}:${ticket.id}`;
}

async function showsOf(db: Queryable, context: RiskContext | null): Promise<Map<string, ShowInfo>> {
  const ids = [...new Set((context?.orders ?? []).map((o) => o.showId).filter((id): id is string => typeof id === 'string'))];
  if (ids.length === 0) return new Map();
  const { rows } = await db.query<{ id: string; title: string; seller_id: string }>('SELECT id, title, seller_id FROM shows WHERE id = ANY($1::text[])', [ids]);
  return new Map(rows.map((r) => [r.id, { title: r.title, sellerId: r.seller_id }]));
}

export async function placeTicket(db: Db, input: PlaceInput, config: IncidentsConfig): Promise<Placement> {
  const { ticket, context } = input;
  const intent = incidentIntent(input.classification, config);
  if (!intent) return { incident: null, entities: [], spikes: [] };
  const entities = ticketEntities({ ticket, context, shows: await showsOf(db, context), allowed: config.entities });
  const orders = context?.orders ?? [];
  const facts: TicketFacts = {
    source: ticket.source,
    ticketId: ticket.id,
    requesterKey: requesterKey(ticket, context),
    intent,
    entities,
    amountCents: orders.reduce((sum, o) => sum + o.amountCents, 0),
    currency: orders[0]?.currency ?? null,
    riskScore: context?.score ?? 0,
    at: input.at,
  };
  const { incident, counts } = await placeInIncident(db, facts, config);
  const spikes = await detectSpikes(db, entities, input.at, config, counts);
  return { incident, entities, spikes };
}
