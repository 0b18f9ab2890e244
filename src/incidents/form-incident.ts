/**
 * Incident formation for one ticket, in one transaction: record which entities the ticket points
 * at, then join the open incident on any of them (merging the open incidents of linked entities),
 * or open one when an entity reached minTickets distinct requesters within the window.
 * Re-deciding a ticket is idempotent: its hits and membership are recorded once.
 */
import type { HelpdeskSource } from '../domain/ticket';
import type { Db, Queryable } from '../store/db';
import type { IncidentsConfig } from './config';
import { SOLVED_IN_HELPDESK } from './helpdesk-status';
import { INCIDENT_COLUMNS, type IncidentRow } from './incident-store';
import { incidentSeverity } from './severity';
import { entityKey, type DecisionIncident, type EntityType, type TicketEntity } from './types';

export interface TicketFacts {
  source: HelpdeskSource;
  ticketId: string;
  requesterKey: string;
  /** The incident intent of the ticket (null: the ticket does not count towards incidents). */
  intent: string | null;
  entities: TicketEntity[];
  amountCents: number;
  currency: string | null;
  riskScore: number;
  at: Date;
}

/** When several entities qualify at once, the most specific one names the incident. */
const SPECIFICITY: readonly EntityType[] = ['show', 'tracking', 'contact', 'linked_cluster', 'seller'];
const HOUR_MS = 3_600_000;

function components(entities: TicketEntity[]): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(x, root);
    return root;
  };
  for (const e of entities) {
    for (const node of [entityKey(e), `group:${e.group}`]) if (!parent.has(node)) parent.set(node, node);
    const a = find(entityKey(e));
    const b = find(`group:${e.group}`);
    if (a !== b) parent.set(a, b);
  }
  return new Map(entities.map((e) => [entityKey(e), find(entityKey(e))]));
}

/** Takes the entities' locks, then records the ticket's hits: one statement, one round trip. */
async function lockAndRecordHits(tx: Queryable, facts: TicketFacts, intent: string, keys: string[]): Promise<void> {
  const e = facts.entities;
  await tx.query(
    `WITH locks AS (SELECT pg_advisory_xact_lock(hashtext(k)) FROM (SELECT k FROM unnest($13::text[]) AS k ORDER BY k) AS ordered)
     INSERT INTO incident_hits (entity_key, entity_type, entity_id, label, source, ticket_id, requester_key, intent, amount_cents, currency, risk_score, seen_at)
     SELECT DISTINCT ON (k) k, t, i, l, $5, $6, $7, $8, $9, $10, $11, $12 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS u(k, t, i, l)
      WHERE (SELECT count(*) FROM locks) >= 0
     ON CONFLICT (entity_key, source, ticket_id) DO NOTHING`,
    [e.map(entityKey), e.map((x) => x.type), e.map((x) => x.id), e.map((x) => x.label), facts.source, facts.ticketId, facts.requesterKey, intent, facts.amountCents, facts.currency, facts.riskScore, facts.at, keys],
  );
}

/** Per entity key: distinct requesters in the incident window, and the spike window's counts. */
export interface EntityCounts {
  entity_key: string;
  /** Distinct requesters in the window, after `floor`. */
  requesters: number;
  /** When the team last solved an incident on the entity in the helpdesk: tickets seen before no longer count. */
  floor: string | null;
  recent: number;
  base: number;
  spiked: boolean;
}

interface Snapshot {
  open: MatchedRow[];
  counts: EntityCounts[];
}

const parseJson = <T>(value: unknown): T => (typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));

/** Open incidents on the ticket's entities (or holding the ticket) and every entity's counts: one query. */
async function snapshot(tx: Queryable, keys: string[], facts: TicketFacts, config: IncidentsConfig, windowStart: Date): Promise<Snapshot> {
  const recentStart = new Date(facts.at.getTime() - config.spikes.windowHours * HOUR_MS);
  const baseStart = new Date(facts.at.getTime() - config.spikes.baselineDays * 24 * HOUR_MS);
  const from = windowStart < baseStart ? windowStart : baseStart;
  const { rows } = await tx.query<{ open: unknown; counts: unknown }>(
    `SELECT
       (SELECT coalesce(json_agg(x ORDER BY x.first_seen, x.id), '[]'::json) FROM (
          SELECT i.id, i.first_seen, i.last_seen, e.entity_key FROM incident_entities e JOIN incidents i ON i.id = e.incident_id
           WHERE e.entity_key = ANY($1::text[]) AND i.status = 'open'
          UNION ALL
          SELECT i.id, i.first_seen, i.last_seen, '' AS entity_key FROM incident_tickets t JOIN incidents i ON i.id = t.incident_id
           WHERE t.source = $2 AND t.ticket_id = $3 AND i.status = 'open') AS x) AS open,
       (SELECT coalesce(json_agg(c), '[]'::json) FROM (
          SELECT h.entity_key,
                 count(DISTINCT h.requester_key) FILTER (WHERE h.seen_at > $4 AND (f.floor IS NULL OR h.seen_at > f.floor)) AS requesters,
                 max(f.floor) AS floor,
                 count(*) FILTER (WHERE h.seen_at > $5) AS recent,
                 count(*) FILTER (WHERE h.seen_at > $6 AND h.seen_at <= $5) AS base,
                 EXISTS (SELECT 1 FROM incident_spikes s WHERE s.entity_key = h.entity_key AND s.at > $5) AS spiked
            FROM incident_hits h
            LEFT JOIN (SELECT e.entity_key, max(i.resolved_at) AS floor FROM incident_entities e JOIN incidents i ON i.id = e.incident_id
                        WHERE e.entity_key = ANY($1::text[]) AND i.resolved_reason = '${SOLVED_IN_HELPDESK}' GROUP BY e.entity_key) f ON f.entity_key = h.entity_key
           WHERE h.entity_key = ANY($1::text[]) AND h.seen_at > $7 AND h.seen_at <= $8
           GROUP BY h.entity_key) AS c) AS counts`,
    [keys, facts.source, facts.ticketId, windowStart, recentStart, baseStart, from, facts.at],
  );
  const row = rows[0];
  return { open: parseJson<MatchedRow[]>(row?.open ?? '[]'), counts: parseJson<EntityCounts[]>(row?.counts ?? '[]') };
}

interface MatchedRow {
  id: string;
  first_seen: Date | string;
  last_seen: Date | string;
  entity_key: string;
}

/** The incident window at a ticket's time: tickets after `start` count; `hours` long. */
interface IncidentWindow {
  start: Date;
  hours: number;
}

/**
 * Resolves the open incidents that have had no ticket for the window. They ended when the window
 * ran out after their last ticket (resolved_at), not when the next ticket happened to notice it.
 */
async function resolveStale(tx: Queryable, rows: MatchedRow[], window: IncidentWindow): Promise<MatchedRow[]> {
  const stale = [...new Set(rows.filter((r) => new Date(r.last_seen) < window.start).map((r) => r.id))];
  if (stale.length > 0) {
    await tx.query(
      `UPDATE incidents SET status = 'resolved', resolved_reason = 'expired', resolved_at = last_seen + $2::double precision * interval '1 hour', updated_at = now()
        WHERE id = ANY($1::text[])`,
      [stale, window.hours],
    );
  }
  return rows.filter((r) => !stale.includes(r.id));
}

/** Moves the members and entities of `others` into `target`; the others end resolved at `at`, merged_into target. */
async function mergeInto(tx: Queryable, target: string, others: string[], at: Date): Promise<void> {
  if (others.length === 0) return;
  await tx.query(
    `INSERT INTO incident_tickets (incident_id, source, ticket_id, requester_key, intent, amount_cents, currency, risk_score, seen_at, linked_at)
     SELECT $1, source, ticket_id, requester_key, intent, amount_cents, currency, risk_score, seen_at, NULL FROM incident_tickets WHERE incident_id = ANY($2::text[])
     ON CONFLICT DO NOTHING`,
    [target, others],
  );
  await tx.query(`INSERT INTO incident_entities (entity_key, incident_id) SELECT entity_key, $1 FROM incident_entities WHERE incident_id = ANY($2::text[]) ON CONFLICT DO NOTHING`, [target, others]);
  await tx.query(`UPDATE incidents SET status = 'resolved', resolved_reason = 'merged', merged_into = $1, resolved_at = $3, updated_at = now() WHERE id = ANY($2::text[])`, [target, others, at]);
}

async function addMembersFromHits(tx: Queryable, incidentId: string, key: string, windowStart: Date, at: Date): Promise<void> {
  await tx.query(
    `INSERT INTO incident_tickets (incident_id, source, ticket_id, requester_key, intent, amount_cents, currency, risk_score, seen_at)
     SELECT $1, source, ticket_id, requester_key, intent, amount_cents, currency, risk_score, seen_at FROM incident_hits
      WHERE entity_key = $2 AND seen_at > $3 AND seen_at <= $4
     ON CONFLICT DO NOTHING`,
    [incidentId, key, windowStart, at],
  );
}

async function addTicket(tx: Queryable, incidentId: string, facts: TicketFacts, intent: string): Promise<void> {
  await tx.query(
    `INSERT INTO incident_tickets (incident_id, source, ticket_id, requester_key, intent, amount_cents, currency, risk_score, seen_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING`,
    [incidentId, facts.source, facts.ticketId, facts.requesterKey, intent, facts.amountCents, facts.currency, facts.riskScore, facts.at],
  );
}

async function refresh(tx: Queryable, incidentId: string, config: IncidentsConfig): Promise<DecisionIncident> {
  const { rows } = await tx.query<{ n: string; r: string; amount: string | null; f: Date; l: Date; risk: number | null; intents: unknown; currency: string | null }>(
    `SELECT count(*) AS n, count(DISTINCT requester_key) AS r, sum(amount_cents) AS amount, min(seen_at) AS f, max(seen_at) AS l,
            max(risk_score) AS risk, json_agg(DISTINCT intent) AS intents, min(currency) AS currency
       FROM incident_tickets WHERE incident_id = $1`,
    [incidentId],
  );
  const a = rows[0];
  if (!a) throw new Error(`incident ${incidentId} has no members`);
  const ticketCount = Number(a.n);
  const amountCents = Number(a.amount ?? 0);
  const severity = incidentSeverity(config, { ticketCount, amountCents, maxRiskScore: Number(a.risk ?? 0) });
  const intents = typeof a.intents === 'string' ? a.intents : JSON.stringify(a.intents ?? []);
  const updated = await tx.query<IncidentRow>(
    `UPDATE incidents SET ticket_count = $2, requester_count = $3, amount_cents = $4, first_seen = $5, last_seen = $6, severity = $7,
            intents = $8::jsonb, currency = COALESCE(currency, $9), updated_at = now()
      WHERE id = $1 RETURNING ${INCIDENT_COLUMNS}`,
    [incidentId, ticketCount, Number(a.r), amountCents, a.f, a.l, severity, intents, a.currency],
  );
  const row = updated.rows[0];
  if (!row) throw new Error(`incident ${incidentId} vanished while updating`);
  return {
    id: row.id,
    entity: { type: row.entity_type as EntityType, id: row.entity_id, label: row.label },
    ticketCount,
    firstSeen: new Date(row.first_seen).toISOString(),
    lastSeen: new Date(row.last_seen).toISOString(),
    severity,
    amountCents,
    currency: row.currency,
  };
}

function qualifyingEntity(facts: TicketFacts, counts: EntityCounts[], minTickets: number): TicketEntity | null {
  const byKey = new Map(counts.map((c) => [c.entity_key, Number(c.requesters)]));
  const ready = facts.entities.filter((e) => (byKey.get(entityKey(e)) ?? 0) >= minTickets);
  ready.sort((a, b) => SPECIFICITY.indexOf(a.type) - SPECIFICITY.indexOf(b.type) || (byKey.get(entityKey(b)) ?? 0) - (byKey.get(entityKey(a)) ?? 0));
  return ready[0] ?? null;
}

async function overlapping(tx: Queryable, key: string, windowStart: Date, at: Date): Promise<MatchedRow[]> {
  const cols = INCIDENT_COLUMNS.split(', ').map((c) => `i.${c}`).join(', ');
  const { rows } = await tx.query<MatchedRow>(
    `SELECT DISTINCT ${cols}, '' AS entity_key FROM incident_hits h
       JOIN incident_tickets t ON t.source = h.source AND t.ticket_id = h.ticket_id
       JOIN incidents i ON i.id = t.incident_id AND i.status = 'open'
      WHERE h.entity_key = $1 AND h.seen_at > $2 AND h.seen_at <= $3 ORDER BY i.first_seen, i.id`,
    [key, windowStart, at],
  );
  return rows;
}

/** Where an entity's wave starts: the window's start, or later when the team solved an incident on it since. */
function waveStart(counts: EntityCounts[], key: string, windowStart: Date): Date {
  const floor = counts.find((c) => c.entity_key === key)?.floor;
  const at = floor ? new Date(floor) : null;
  return at && at > windowStart ? at : windowStart;
}

async function openOrExtend(tx: Queryable, facts: TicketFacts, entity: TicketEntity, window: IncidentWindow, since: Date): Promise<string> {
  const key = entityKey(entity);
  const linked = await resolveStale(tx, await overlapping(tx, key, window.start, facts.at), window);
  let target: string;
  if (linked[0]) {
    // The wave's tickets already belong to an incident on a linked entity (a show and its seller): one incident.
    target = linked[0].id;
    await mergeInto(tx, target, [...new Set(linked.slice(1).map((r) => r.id))].filter((id) => id !== target), facts.at);
  } else {
    const created = await tx.query<{ id: string }>(
      `INSERT INTO incidents (id, entity_type, entity_id, label, status, severity, first_seen, last_seen)
       VALUES ('INC-' || lpad(nextval('incident_seq')::text, 5, '0'), $1, $2, $3, 'open', 'low', $4, $4) RETURNING id`,
      [entity.type, entity.id, entity.label, facts.at],
    );
    const row = created.rows[0];
    if (!row) throw new Error('creating the incident returned no id');
    target = row.id;
  }
  await tx.query('INSERT INTO incident_entities (entity_key, incident_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [key, target]);
  await addMembersFromHits(tx, target, key, since, facts.at);
  return target;
}

export interface Formation {
  incident: DecisionIncident | null;
  /** The ticket's entities' counts, this ticket included (spike detection reads them). */
  counts: EntityCounts[];
}

/** Places the ticket and returns its incident (or null) with its entities' counts. */
export async function placeInIncident(db: Db, facts: TicketFacts, config: IncidentsConfig): Promise<Formation> {
  const intent = facts.intent;
  if (!intent || facts.entities.length === 0) return { incident: null, counts: [] };
  const keys = [...new Set(facts.entities.map(entityKey))].sort();
  const window: IncidentWindow = { start: new Date(facts.at.getTime() - config.windowHours * HOUR_MS), hours: config.windowHours };
  return db.transaction(async (tx) => {
    // Tickets about one entity are placed one at a time, whichever worker decides them.
    await lockAndRecordHits(tx, facts, intent, keys);
    const seen = await snapshot(tx, keys, facts, config, window.start);
    const matched = await resolveStale(tx, seen.open, window);
    let target: string | null = null;
    if (matched[0]) {
      const comp = components(facts.entities);
      const first = matched[0];
      target = first.id;
      const home = comp.get(first.entity_key);
      const sameGroup = matched.filter((r) => r.id !== target && (r.entity_key === '' || home === undefined || comp.get(r.entity_key) === home));
      await mergeInto(tx, target, [...new Set(sameGroup.map((r) => r.id))], facts.at);
    } else {
      const entity = qualifyingEntity(facts, seen.counts, config.minTickets);
      if (entity) target = await openOrExtend(tx, facts, entity, window, waveStart(seen.counts, entityKey(entity), window.start));
    }
    if (!target) return { incident: null, counts: seen.counts };
    await addTicket(tx, target, facts, intent);
    return { incident: await refresh(tx, target, config), counts: seen.counts };
  });
}

/** Places the ticket: the incident it belongs to now, or null. */
export async function formIncident(db: Db, facts: TicketFacts, config: IncidentsConfig): Promise<DecisionIncident | null> {
  return (await placeInIncident(db, facts, config)).incident;
}
