/** Backfill runs and their per-ticket results in the database (migration 141). */
import { createHash, randomUUID } from 'node:crypto';
import type { Queryable } from '../store/db';

export interface RunOptions {
  source: string;
  statuses: string[];
  since: string | null;
  limit: number | null;
  write: boolean;
}

export interface BackfillRun {
  id: string;
  cursor: string | null;
  total: number | null;
  resumed: boolean;
}

export interface ItemResult {
  ticketId: string;
  outcome: string;
  intent?: string;
  level?: string;
  route?: string | null;
  crisis?: boolean;
  error?: string;
}

export function optionsKey(options: RunOptions): string {
  const canonical = JSON.stringify([options.source, [...options.statuses].sort(), options.since, options.limit, options.write]);
  return createHash('sha256').update(canonical).digest('hex').slice(0, 32);
}

/** The unfinished run of these options (resumed), or a new one; `restart` abandons an unfinished one. */
export async function openRun(db: Queryable, options: RunOptions, restart: boolean): Promise<BackfillRun> {
  const key = optionsKey(options);
  if (restart) await db.query(`UPDATE backfill_runs SET finished_at = now() WHERE options_key = $1 AND finished_at IS NULL`, [key]);
  const open = await db.query<{ id: string; cursor: string | null; total: number | null }>(
    `SELECT id, cursor, total FROM backfill_runs WHERE options_key = $1 AND finished_at IS NULL ORDER BY started_at DESC LIMIT 1`,
    [key],
  );
  const found = open.rows[0];
  if (found) return { id: found.id, cursor: found.cursor, total: found.total, resumed: true };
  const id = `${options.source}-${randomUUID()}`;
  await db.query(`INSERT INTO backfill_runs (id, source, options_key, options) VALUES ($1, $2, $3, $4)`, [id, options.source, key, JSON.stringify(options)]);
  return { id, cursor: null, total: null, resumed: false };
}

export async function saveCursor(db: Queryable, runId: string, cursor: string | null): Promise<void> {
  await db.query(`UPDATE backfill_runs SET cursor = $2, updated_at = now() WHERE id = $1`, [runId, cursor]);
}

export async function saveTotal(db: Queryable, runId: string, total: number): Promise<void> {
  await db.query(`UPDATE backfill_runs SET total = $2 WHERE id = $1`, [runId, total]);
}

export async function finishRun(db: Queryable, runId: string): Promise<void> {
  await db.query(`UPDATE backfill_runs SET finished_at = now(), updated_at = now() WHERE id = $1`, [runId]);
}

/** Tickets of the run already decided (failed ones are tried again). */
export async function doneTickets(db: Queryable, runId: string): Promise<Set<string>> {
  const { rows } = await db.query<{ ticket_id: string }>(`SELECT ticket_id FROM backfill_items WHERE run_id = $1 AND outcome <> 'failed'`, [runId]);
  return new Set(rows.map((r) => r.ticket_id));
}

export async function recordItem(db: Queryable, runId: string, item: ItemResult): Promise<void> {
  await db.query(
    `INSERT INTO backfill_items (run_id, ticket_id, outcome, intent, level, route, crisis, error) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (run_id, ticket_id) DO UPDATE SET outcome = EXCLUDED.outcome, intent = EXCLUDED.intent, level = EXCLUDED.level,
       route = EXCLUDED.route, crisis = EXCLUDED.crisis, error = EXCLUDED.error, decided_at = now()`,
    [runId, item.ticketId, item.outcome, item.intent ?? null, item.level ?? null, item.route ?? null, item.crisis ?? null, item.error ?? null],
  );
}

export type Tally = Record<string, number>;

export interface RunSummary {
  run: string;
  tickets: number;
  outcome: Tally;
  intent: Tally;
  level: Tally;
  route: Tally;
  crisis: number;
}

async function tally(db: Queryable, runId: string, column: 'outcome' | 'intent' | 'level' | 'route'): Promise<Tally> {
  const { rows } = await db.query<{ value: string | null; n: number }>(
    `SELECT ${column} AS value, count(*)::int AS n FROM backfill_items WHERE run_id = $1 AND outcome <> 'failed' GROUP BY ${column} ORDER BY n DESC, value`,
    [runId],
  );
  return Object.fromEntries(rows.map((r) => [r.value ?? 'none', Number(r.n)]));
}

export async function summarizeRun(db: Queryable, runId: string): Promise<RunSummary> {
  const counts = await db.query<{ n: number; crisis: number; failed: number }>(
    `SELECT count(*)::int AS n, count(*) FILTER (WHERE crisis)::int AS crisis, count(*) FILTER (WHERE outcome = 'failed')::int AS failed FROM backfill_items WHERE run_id = $1`,
    [runId],
  );
  const row = counts.rows[0];
  const outcome = await tally(db, runId, 'outcome');
  if (row && Number(row.failed) > 0) outcome.failed = Number(row.failed);
  return {
    run: runId,
    tickets: Number(row?.n ?? 0),
    outcome,
    intent: await tally(db, runId, 'intent'),
    level: await tally(db, runId, 'level'),
    route: await tally(db, runId, 'route'),
    crisis: Number(row?.crisis ?? 0),
  };
}
