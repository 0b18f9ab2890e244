/**
 * The overview: tickets per hour by intent and by risk level, crisis and crisis-review counts
 * with the time from webhook to routed decision, top reasons and rules, write-back outcomes.
 * Read from the rollup tables (migration 130) and the crisis signals (133), never by scanning
 * the audit trail.
 */
import type { Queryable } from '../store/db';
import { epochMs, num } from './sql-values';

export interface HourSeries {
  /** Epoch ms of each hour's start, oldest first. */
  hours: number[];
  /** Name → one count per hour. */
  series: Record<string, number[]>;
}

export interface CrisisSummary {
  crisis: number;
  crisisReview: number;
  byCategory: Array<{ category: string; crisis: number; crisisReview: number }>;
  /** Webhook → routed decision, milliseconds; null when no crisis decision carries it. */
  routedMs: { p50: number | null; p95: number | null; max: number | null };
}

export interface Overview {
  windowHours: number;
  total: number;
  byIntent: HourSeries;
  byLevel: HourSeries;
  crisis: CrisisSummary;
  topReasons: Array<{ code: string; hits: number }>;
  topRules: Array<{ code: string; hits: number }>;
  outcomes: Array<{ outcome: string; decisions: number }>;
}

interface HourRow {
  t: number;
  name: string;
  n: number;
}

function toSeries(rows: HourRow[], since: number, windowHours: number): HourSeries {
  const hours = Array.from({ length: windowHours }, (_, i) => since + i * 3_600_000);
  const series: Record<string, number[]> = {};
  for (const row of rows) {
    const index = Math.round((num(row.t) - since) / 3_600_000);
    if (index < 0 || index >= windowHours) continue;
    const counts = (series[row.name || 'none'] ??= new Array<number>(windowHours).fill(0));
    counts[index] = (counts[index] ?? 0) + num(row.n);
  }
  return { hours, series };
}

async function hourly(db: Queryable, column: 'intent' | 'level', since: Date): Promise<HourRow[]> {
  const result = await db.query<HourRow>(
    `SELECT ${epochMs('hour')} AS t, ${column} AS name, sum(decisions)::int AS n FROM dashboard_hourly WHERE hour >= $1 GROUP BY hour, ${column}`,
    [since],
  );
  return result.rows;
}

async function topCodes(db: Queryable, kind: 'rule' | 'reason', since: Date): Promise<Array<{ code: string; hits: number }>> {
  const result = await db.query<{ code: string; hits: number }>(
    'SELECT code, sum(hits)::int AS hits FROM dashboard_code_hourly WHERE kind = $1 AND hour >= $2 GROUP BY code ORDER BY hits DESC, code LIMIT 10',
    [kind, since],
  );
  return result.rows.map((r) => ({ code: r.code, hits: num(r.hits) }));
}

async function crisisSummary(db: Queryable, since: Date): Promise<CrisisSummary> {
  const categories = await db.query<{ category: string; crisis: number; review: number }>(
    `SELECT COALESCE(category, 'uncategorized') AS category, count(*) FILTER (WHERE tier = 'crisis')::int AS crisis,
            count(*) FILTER (WHERE tier = 'crisis_review')::int AS review
       FROM decision_signals WHERE created_at >= $1 GROUP BY 1 ORDER BY 2 DESC, 3 DESC, 1`,
    [since],
  );
  const latency = await db.query<{ p50: number | null; p95: number | null; max: number | null }>(
    `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY routed_ms)::float8 AS p50, percentile_cont(0.95) WITHIN GROUP (ORDER BY routed_ms)::float8 AS p95,
            max(routed_ms)::float8 AS max FROM decision_signals WHERE created_at >= $1 AND tier = 'crisis' AND routed_ms IS NOT NULL`,
    [since],
  );
  const byCategory = categories.rows.map((r) => ({ category: r.category, crisis: num(r.crisis), crisisReview: num(r.review) }));
  const l = latency.rows[0];
  const orNull = (v: unknown): number | null => (v === null || v === undefined ? null : Math.round(num(v)));
  return {
    crisis: byCategory.reduce((sum, c) => sum + c.crisis, 0),
    crisisReview: byCategory.reduce((sum, c) => sum + c.crisisReview, 0),
    byCategory,
    routedMs: { p50: orNull(l?.p50), p95: orNull(l?.p95), max: orNull(l?.max) },
  };
}

/** The last `windowHours` whole hours, the current one included. */
export async function loadOverview(db: Queryable, windowHours: number, now: Date = new Date()): Promise<Overview> {
  const currentHour = Math.floor(now.getTime() / 3_600_000) * 3_600_000;
  const sinceMs = currentHour - (windowHours - 1) * 3_600_000;
  const since = new Date(sinceMs);
  const [intents, levels, crisis, topReasons, topRules, outcomes] = await Promise.all([
    hourly(db, 'intent', since),
    hourly(db, 'level', since),
    crisisSummary(db, since),
    topCodes(db, 'reason', since),
    topCodes(db, 'rule', since),
    db.query<{ outcome: string; decisions: number }>('SELECT outcome, sum(decisions)::int AS decisions FROM dashboard_hourly WHERE hour >= $1 GROUP BY outcome ORDER BY 2 DESC', [since]),
  ]);
  const outcomeRows = outcomes.rows.map((r) => ({ outcome: r.outcome, decisions: num(r.decisions) }));
  return {
    windowHours,
    total: outcomeRows.reduce((sum, r) => sum + r.decisions, 0),
    byIntent: toSeries(intents, sinceMs, windowHours),
    byLevel: toSeries(levels, sinceMs, windowHours),
    crisis,
    topReasons,
    topRules,
    outcomes: outcomeRows,
  };
}
