/**
 * The SLA clock. A ticket's clock starts at riskdesk's first decision on it (seconds after its
 * webhook); its target is the rules' `sla` minutes (kept by the rollup trigger, migration 130).
 * It stops at the first public agent reply: a Zendesk public comment by staff, or an Intercom
 * admin reply (not Fin), recorded here from the webhooks.
 */
import type { HelpdeskSource } from '../domain/ticket';
import type { Queryable } from '../store/db';
import { iso, num } from './sql-values';

export interface AgentReply {
  source: HelpdeskSource;
  ticketId: string;
  /** When the agent replied (the comment's or part's time; the webhook's otherwise). */
  at: string;
}

/** Keeps the earliest reply: a redelivered or late older reply moves the clock back, never forward. */
export async function recordFirstReply(db: Queryable, reply: AgentReply): Promise<void> {
  await db.query(
    `INSERT INTO ticket_sla (source, ticket_id, first_reply_at) VALUES ($1, $2, $3)
     ON CONFLICT (source, ticket_id) DO UPDATE SET first_reply_at = LEAST(COALESCE(ticket_sla.first_reply_at, EXCLUDED.first_reply_at), EXCLUDED.first_reply_at)`,
    [reply.source, reply.ticketId, reply.at],
  );
}

export interface OpenTicket {
  source: HelpdeskSource;
  ticketId: string;
  intent: string | null;
  priority: string | null;
  slaMinutes: number | null;
  openedAt: string | null;
  dueAt: string | null;
  /** Negative once breached; null without a target. */
  minutesLeft: number | null;
  breached: boolean;
}

export interface FirstResponseRow {
  intent: string;
  priority: string;
  replied: number;
  medianMinutes: number;
  p90Minutes: number;
  breaches: number;
}

export interface SlaView {
  open: OpenTicket[];
  openCount: number;
  breachedCount: number;
  firstResponse: FirstResponseRow[];
  windowDays: number;
}

const OPEN_LIMIT = 500;

interface OpenRow {
  source: HelpdeskSource;
  ticket_id: string;
  intent: string | null;
  priority: string | null;
  sla_minutes: number | null;
  opened_at: unknown;
  due_at: unknown;
}

function toOpen(row: OpenRow, now: number): OpenTicket {
  const dueAt = iso(row.due_at);
  const minutesLeft = dueAt ? Math.floor((Date.parse(dueAt) - now) / 60_000) : null;
  return {
    source: row.source,
    ticketId: row.ticket_id,
    intent: row.intent,
    priority: row.priority,
    slaMinutes: row.sla_minutes === null ? null : num(row.sla_minutes),
    openedAt: iso(row.opened_at),
    dueAt,
    minutesLeft,
    breached: dueAt !== null && Date.parse(dueAt) < now,
  };
}

/** Tickets awaiting their first reply (most urgent first, at most 500) and first-response times of the last `windowDays`. */
export async function loadSlaView(db: Queryable, windowDays: number, now: Date = new Date()): Promise<SlaView> {
  const open = await db.query<OpenRow>(
    `SELECT source, ticket_id, intent, priority, sla_minutes, opened_at, due_at FROM ticket_sla
      WHERE first_reply_at IS NULL AND due_at IS NOT NULL ORDER BY due_at LIMIT ${OPEN_LIMIT}`,
  );
  const counts = await db.query<{ open: number; breached: number }>(
    `SELECT count(*)::int AS open, count(*) FILTER (WHERE due_at < $1)::int AS breached FROM ticket_sla WHERE first_reply_at IS NULL AND due_at IS NOT NULL`,
    [now],
  );
  const since = new Date(now.getTime() - windowDays * 86_400_000);
  const first = await db.query<{ intent: string; priority: string; replied: number; median: number; p90: number; breaches: number }>(
    `SELECT COALESCE(intent, 'unknown') AS intent, COALESCE(priority, 'unknown') AS priority, count(*)::int AS replied,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_reply_at - opened_at) / 60)::float8 AS median,
            percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM first_reply_at - opened_at) / 60)::float8 AS p90,
            count(*) FILTER (WHERE first_reply_at > due_at)::int AS breaches
       FROM ticket_sla WHERE first_reply_at IS NOT NULL AND first_reply_at >= $1 AND opened_at IS NOT NULL
      GROUP BY 1, 2 ORDER BY 1, 2`,
    [since],
  );
  const round = (v: unknown): number => Math.round(num(v) * 10) / 10;
  return {
    open: open.rows.map((row) => toOpen(row, now.getTime())),
    openCount: num(counts.rows[0]?.open),
    breachedCount: num(counts.rows[0]?.breached),
    firstResponse: first.rows.map((r) => ({ intent: r.intent, priority: r.priority, replied: num(r.replied), medianMinutes: round(r.median), p90Minutes: round(r.p90), breaches: num(r.breaches) })),
    windowDays,
  };
}

export interface BreachedTicket {
  source: HelpdeskSource;
  ticketId: string;
  intent: string | null;
  priority: string | null;
}

/**
 * Claims the tickets whose SLA has just been breached (no reply, due time past, not yet alerted):
 * marks them alerted and returns them, so each breach is raised once whatever the number of workers.
 */
export async function claimNewBreaches(db: Queryable, now: Date = new Date(), limit = 100): Promise<BreachedTicket[]> {
  const result = await db.query<{ source: HelpdeskSource; ticket_id: string; intent: string | null; priority: string | null }>(
    `UPDATE ticket_sla SET breach_alerted_at = $1 WHERE (source, ticket_id) IN (
       SELECT source, ticket_id FROM ticket_sla WHERE first_reply_at IS NULL AND due_at < $1 AND breach_alerted_at IS NULL ORDER BY due_at LIMIT ${Math.max(1, Math.floor(limit))}
     ) AND breach_alerted_at IS NULL RETURNING source, ticket_id, intent, priority`,
    [now],
  );
  return result.rows.map((r) => ({ source: r.source, ticketId: r.ticket_id, intent: r.intent, priority: r.priority }));
}
