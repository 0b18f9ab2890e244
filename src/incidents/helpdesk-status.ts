/**
 * Incidents closed and reopened in the helpdesk. Solving riskdesk's problem ticket / tracker
 * resolves its incident (`solved_in_helpdesk`): the team handled the wave, so later tickets about
 * the same entities start a new incident rather than join a closed one. Reopening it reopens the
 * incident only when it was closed this way and no newer incident holds its entities or tickets
 * (then the team has moved on to that one). A report older than the last one applied is ignored,
 * so a late redelivery cannot undo a newer change.
 */
import type { HelpdeskSource } from '../domain/ticket';
import type { Db, Queryable } from '../store/db';
import { parseHelpdeskStatus, statusSignal, type HelpdeskStatus } from './problem-status';

export const SOLVED_IN_HELPDESK = 'solved_in_helpdesk';

export type StatusChange = 'resolved' | 'reopened' | 'unchanged';

export interface StatusOutcome {
  incidentId: string;
  change: StatusChange;
  /** Why nothing changed. */
  why?: 'no_status' | 'stale' | 'already_resolved' | 'already_open' | 'resolved_otherwise' | 'newer_incident';
}

interface OwnRow {
  id: string;
  status: string;
  resolved_reason: string | null;
  helpdesk_status_at: Date | string | null;
}

/** The incident whose problem ticket / tracker this ticket is, or null for any other ticket. */
export async function ownIncidentOf(db: Queryable, source: HelpdeskSource, ticketId: string): Promise<string | null> {
  const { rows } = await db.query<{ incident_id: string }>("SELECT incident_id FROM incident_links WHERE source = $1 AND vendor_id = $2 AND state = 'created' LIMIT 1", [source, ticketId]);
  return rows[0]?.incident_id ?? null;
}

async function lockIncident(tx: Queryable, id: string): Promise<OwnRow | null> {
  const { rows } = await tx.query<OwnRow>('SELECT id, status, resolved_reason, helpdesk_status_at FROM incidents WHERE id = $1 FOR UPDATE', [id]);
  return rows[0] ?? null;
}

async function resolve(tx: Queryable, row: OwnRow, report: HelpdeskStatus): Promise<StatusOutcome> {
  if (row.status !== 'open') return { incidentId: row.id, change: 'unchanged', why: 'already_resolved' };
  await tx.query(
    `UPDATE incidents SET status = 'resolved', resolved_reason = $2, resolved_at = $3, resolved_by = $4, helpdesk_status_at = $3, updated_at = now()
      WHERE id = $1 AND status = 'open'`,
    [row.id, SOLVED_IN_HELPDESK, report.at, report.actorId ?? null],
  );
  return { incidentId: row.id, change: 'resolved' };
}

/** Another incident, opened after this one, on one of its entities or holding one of its tickets. */
async function hasNewerIncident(tx: Queryable, id: string): Promise<boolean> {
  const { rows } = await tx.query(
    `SELECT 1 FROM incidents o, incidents i WHERE i.id = $1 AND o.id <> i.id AND o.created_at > i.created_at AND o.merged_into IS DISTINCT FROM i.id
        AND (EXISTS (SELECT 1 FROM incident_entities a JOIN incident_entities b ON b.entity_key = a.entity_key WHERE a.incident_id = i.id AND b.incident_id = o.id)
          OR EXISTS (SELECT 1 FROM incident_tickets a JOIN incident_tickets b ON b.source = a.source AND b.ticket_id = a.ticket_id WHERE a.incident_id = i.id AND b.incident_id = o.id))
      LIMIT 1`,
    [id],
  );
  return rows.length > 0;
}

async function reopen(tx: Queryable, row: OwnRow, report: HelpdeskStatus): Promise<StatusOutcome> {
  if (row.status === 'open') return { incidentId: row.id, change: 'unchanged', why: 'already_open' };
  if (row.resolved_reason !== SOLVED_IN_HELPDESK) return { incidentId: row.id, change: 'unchanged', why: 'resolved_otherwise' };
  if (await hasNewerIncident(tx, row.id)) return { incidentId: row.id, change: 'unchanged', why: 'newer_incident' };
  await tx.query(
    `UPDATE incidents SET status = 'open', resolved_reason = NULL, resolved_at = NULL, resolved_by = NULL, helpdesk_status_at = $2, updated_at = now()
      WHERE id = $1 AND status = 'resolved'`,
    [row.id, report.at],
  );
  return { incidentId: row.id, change: 'reopened' };
}

/**
 * Applies a status report about a helpdesk ticket: null when the ticket is not one of riskdesk's
 * problem tickets / trackers. Throws InvalidHelpdeskStatusError (changing nothing) on bad input.
 */
export async function applyHelpdeskStatus(db: Db, input: unknown): Promise<StatusOutcome | null> {
  const report = parseHelpdeskStatus(input);
  const incidentId = await ownIncidentOf(db, report.source, report.ticketId);
  if (!incidentId) return null;
  const signal = statusSignal(report.source, report.status);
  if (!signal) return { incidentId, change: 'unchanged', why: 'no_status' };
  return db.transaction(async (tx) => {
    const row = await lockIncident(tx, incidentId);
    if (!row) return { incidentId, change: 'unchanged', why: 'no_status' };
    const last = row.helpdesk_status_at ? new Date(row.helpdesk_status_at).getTime() : null;
    if (last !== null && Date.parse(report.at) < last) return { incidentId, change: 'unchanged', why: 'stale' };
    return signal === 'done' ? resolve(tx, row, report) : reopen(tx, row, report);
  });
}
