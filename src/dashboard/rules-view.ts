/**
 * Rules and model: how often each rule fired, the rules-version timeline, and agreement with
 * agents — which needs the learning loop's labels table; until it exists the section says so.
 */
import type { Queryable } from '../store/db';
import { iso, num } from './sql-values';

/** The learning loop's table of agent labels; agreement figures appear once it exists. */
export const LABELS_TABLE = 'decision_labels';

export interface RulesView {
  windowDays: number;
  rules: Array<{ id: string; hits: number; lastHour: string | null }>;
  versions: Array<{ version: string; firstSeen: string | null; lastSeen: string | null; decisions: number }>;
  agreement: { enabled: false; message: string } | { enabled: true; labelled: number; agreed: number };
}

async function agreement(db: Queryable): Promise<RulesView['agreement']> {
  const exists = await db.query<{ present: boolean }>('SELECT to_regclass($1) IS NOT NULL AS present', [LABELS_TABLE]);
  if (!exists.rows[0]?.present) {
    return { enabled: false, message: `Agreement with agents appears once the learning loop is enabled: its labels table (${LABELS_TABLE}) does not exist yet.` };
  }
  // The labels' shape belongs to the learning loop; until it is known, count what is there.
  const counted = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${LABELS_TABLE}`);
  return { enabled: true, labelled: num(counted.rows[0]?.n), agreed: 0 };
}

export async function loadRulesView(db: Queryable, windowDays: number, now: Date = new Date()): Promise<RulesView> {
  const since = new Date(now.getTime() - windowDays * 86_400_000);
  const rules = await db.query<{ code: string; hits: number; last_hour: unknown }>(
    `SELECT code, sum(hits)::int AS hits, max(hour) AS last_hour FROM dashboard_code_hourly WHERE kind = 'rule' AND hour >= $1 GROUP BY code ORDER BY 2 DESC, 1`,
    [since],
  );
  const versions = await db.query<{ rules_version: string; first_seen: unknown; last_seen: unknown; decisions: number }>(
    'SELECT rules_version, first_seen, last_seen, decisions FROM dashboard_rules_versions ORDER BY first_seen DESC LIMIT 100',
  );
  return {
    windowDays,
    rules: rules.rows.map((r) => ({ id: r.code, hits: num(r.hits), lastHour: iso(r.last_hour) })),
    versions: versions.rows.map((v) => ({ version: v.rules_version, firstSeen: iso(v.first_seen), lastSeen: iso(v.last_seen), decisions: num(v.decisions) })),
    agreement: await agreement(db),
  };
}
