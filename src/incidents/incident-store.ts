/**
 * Incident tables (migration 121): plain SQL shared by PostgreSQL and PGlite. Reads for the CLI,
 * the API and the sidebar; the writes the formation step makes inside its transaction.
 */
import type { HelpdeskSource } from '../domain/ticket';
import type { Queryable } from '../store/db';
import { parseResolveReason } from './ending';
import type { EntityType, Incident, IncidentSeverity, IncidentStatus, IncidentTicketRef } from './types';

export interface IncidentRow {
  id: string;
  entity_type: string;
  entity_id: string;
  label: string;
  status: string;
  severity: string;
  ticket_count: number;
  requester_count: number;
  amount_cents: string | number;
  currency: string | null;
  intents: unknown;
  first_seen: Date | string;
  last_seen: Date | string;
  merged_into: string | null;
  resolved_reason: string | null;
  resolved_at: Date | string | null;
  resolved_by: string | null;
}

const iso = (value: Date | string): string => new Date(value).toISOString();

export const INCIDENT_COLUMNS = [
  'id, entity_type, entity_id, label, status, severity, ticket_count, requester_count, amount_cents, currency, intents, first_seen, last_seen, merged_into',
  'resolved_reason, resolved_at, resolved_by',
].join(', ');

function toIncident(row: IncidentRow, entities: string[], tickets: IncidentTicketRef[]): Incident {
  const intents = Array.isArray(row.intents) ? row.intents.map(String) : typeof row.intents === 'string' ? (JSON.parse(row.intents) as string[]) : [];
  return {
    id: row.id,
    entity: { type: row.entity_type as EntityType, id: row.entity_id, label: row.label },
    status: row.status as IncidentStatus,
    severity: row.severity as IncidentSeverity,
    ticketCount: Number(row.ticket_count),
    requesterCount: Number(row.requester_count),
    amountCents: Number(row.amount_cents),
    currency: row.currency,
    intents,
    firstSeen: iso(row.first_seen),
    lastSeen: iso(row.last_seen),
    entities,
    tickets,
    mergedInto: row.merged_into,
    resolvedReason: parseResolveReason(row.resolved_reason),
    resolvedAt: row.resolved_at === null ? null : iso(row.resolved_at),
    resolvedBy: row.resolved_by,
  };
}

async function hydrate(db: Queryable, rows: IncidentRow[]): Promise<Incident[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [entities, tickets] = await Promise.all([
    db.query<{ incident_id: string; entity_key: string }>('SELECT incident_id, entity_key FROM incident_entities WHERE incident_id = ANY($1::text[]) ORDER BY entity_key', [ids]),
    db.query<{ incident_id: string; source: string; ticket_id: string }>(
      'SELECT incident_id, source, ticket_id FROM incident_tickets WHERE incident_id = ANY($1::text[]) ORDER BY seen_at, source, ticket_id',
      [ids],
    ),
  ]);
  return rows.map((row) =>
    toIncident(
      row,
      entities.rows.filter((e) => e.incident_id === row.id).map((e) => e.entity_key),
      tickets.rows.filter((t) => t.incident_id === row.id).map((t) => ({ source: t.source as HelpdeskSource, ticket: t.ticket_id })),
    ),
  );
}

/** Incidents, most recent activity first; merged-away incidents are left out. */
export async function listIncidents(db: Queryable, options: { openOnly?: boolean; limit?: number } = {}): Promise<Incident[]> {
  const { rows } = await db.query<IncidentRow>(
    `SELECT ${INCIDENT_COLUMNS} FROM incidents WHERE merged_into IS NULL AND ($1::boolean IS NOT TRUE OR status = 'open')
      ORDER BY last_seen DESC, id LIMIT $2`,
    [options.openOnly ?? false, options.limit ?? 500],
  );
  return hydrate(db, rows);
}

export async function findIncident(db: Queryable, id: string): Promise<Incident | null> {
  const { rows } = await db.query<IncidentRow>(`SELECT ${INCIDENT_COLUMNS} FROM incidents WHERE id = $1`, [id]);
  return (await hydrate(db, rows))[0] ?? null;
}

/** The incident a ticket belongs to (the one it was merged into, when merged), or null. */
export async function incidentOfTicket(db: Queryable, source: HelpdeskSource, ticketId: string): Promise<Incident | null> {
  const { rows } = await db.query<IncidentRow>(
    `SELECT ${INCIDENT_COLUMNS.split(', ').map((c) => `i.${c}`).join(', ')} FROM incident_tickets t JOIN incidents i ON i.id = t.incident_id
      WHERE t.source = $1 AND t.ticket_id = $2 AND i.merged_into IS NULL ORDER BY i.last_seen DESC LIMIT 1`,
    [source, ticketId],
  );
  return (await hydrate(db, rows))[0] ?? null;
}
