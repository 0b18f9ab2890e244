/**
 * The dashboard's rollups, kept by the database itself: a statement trigger on decision_audit
 * adds each inserted batch to hourly counts (intent, level, outcome, crisis), to hourly rule and
 * reason counts, to the rules-version timeline, and opens or updates the ticket's SLA row. The
 * dashboard reads these small tables instead of scanning the audit trail. Existing decisions are
 * rolled up once here. The trigger only sums and upserts, in key order (no deadlocks between workers).
 */
import type { Migration } from './migration';

/** The rollup statements over a set of decision_audit rows (`from`: the trigger's transition table, or the table itself). */
export function rollupStatements(from: string): string {
  return `
  INSERT INTO dashboard_hourly (hour, source, intent, level, outcome, crisis, decisions)
    SELECT date_trunc('hour', created_at), source, COALESCE(intent, ''), COALESCE(level, ''), outcome, crisis, count(*)
      FROM ${from} GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (hour, source, intent, level, outcome, crisis) DO UPDATE SET decisions = dashboard_hourly.decisions + EXCLUDED.decisions;
  INSERT INTO dashboard_code_hourly (hour, kind, code, hits)
    SELECT hour, kind, code, count(*) FROM (
      SELECT date_trunc('hour', n.created_at) AS hour, 'rule' AS kind, r.code FROM ${from} n,
        LATERAL jsonb_array_elements_text(CASE WHEN jsonb_typeof(n.fired_rules) = 'array' THEN n.fired_rules ELSE '[]'::jsonb END) AS r(code)
      UNION ALL
      SELECT date_trunc('hour', n.created_at), 'reason', r.code FROM ${from} n,
        LATERAL jsonb_array_elements_text(CASE WHEN jsonb_typeof(n.reason_codes) = 'array' THEN n.reason_codes ELSE '[]'::jsonb END) AS r(code)
    ) codes GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (hour, kind, code) DO UPDATE SET hits = dashboard_code_hourly.hits + EXCLUDED.hits;
  INSERT INTO dashboard_rules_versions (rules_version, first_seen, last_seen, decisions)
    SELECT rules_version, min(created_at), max(created_at), count(*) FROM ${from} WHERE rules_version IS NOT NULL GROUP BY 1 ORDER BY 1
    ON CONFLICT (rules_version) DO UPDATE SET first_seen = LEAST(dashboard_rules_versions.first_seen, EXCLUDED.first_seen),
      last_seen = GREATEST(dashboard_rules_versions.last_seen, EXCLUDED.last_seen), decisions = dashboard_rules_versions.decisions + EXCLUDED.decisions;
  INSERT INTO ticket_sla (source, ticket_id, opened_at, intent, priority, sla_minutes, due_at)
    SELECT source, ticket_id, opened_at, intent, priority, sla, opened_at + make_interval(mins => sla) FROM (
      SELECT DISTINCT ON (source, ticket_id) source, ticket_id, intent, actions->>'priority' AS priority,
        CASE WHEN actions->>'slaMinutes' ~ '^[0-9]{1,6}$' THEN (actions->>'slaMinutes')::int END AS sla,
        min(created_at) OVER (PARTITION BY source, ticket_id) AS opened_at
      FROM ${from} WHERE outcome <> 'failed' OR intent IS NOT NULL
      ORDER BY source, ticket_id, id DESC
    ) latest ORDER BY source, ticket_id
    ON CONFLICT (source, ticket_id) DO UPDATE SET
      opened_at = COALESCE(ticket_sla.opened_at, EXCLUDED.opened_at),
      intent = COALESCE(EXCLUDED.intent, ticket_sla.intent),
      priority = COALESCE(EXCLUDED.priority, ticket_sla.priority),
      sla_minutes = COALESCE(EXCLUDED.sla_minutes, ticket_sla.sla_minutes),
      due_at = COALESCE(ticket_sla.opened_at, EXCLUDED.opened_at) + make_interval(mins => COALESCE(EXCLUDED.sla_minutes, ticket_sla.sla_minutes));
`;
}

export const migration: Migration = {
  version: 130,
  name: 'dashboard_rollups',
  sql: `
CREATE TABLE IF NOT EXISTS dashboard_hourly (
  hour TIMESTAMPTZ NOT NULL,
  source TEXT NOT NULL,
  intent TEXT NOT NULL,
  level TEXT NOT NULL,
  outcome TEXT NOT NULL,
  crisis BOOLEAN NOT NULL,
  decisions INTEGER NOT NULL,
  PRIMARY KEY (hour, source, intent, level, outcome, crisis)
);
CREATE TABLE IF NOT EXISTS dashboard_code_hourly (
  hour TIMESTAMPTZ NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('rule', 'reason')),
  code TEXT NOT NULL,
  hits INTEGER NOT NULL,
  PRIMARY KEY (hour, kind, code)
);
CREATE TABLE IF NOT EXISTS dashboard_rules_versions (
  rules_version TEXT PRIMARY KEY,
  first_seen TIMESTAMPTZ NOT NULL,
  last_seen TIMESTAMPTZ NOT NULL,
  decisions INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS ticket_sla (
  source TEXT NOT NULL,
  ticket_id TEXT NOT NULL,
  opened_at TIMESTAMPTZ,
  intent TEXT,
  priority TEXT,
  sla_minutes INTEGER,
  due_at TIMESTAMPTZ,
  first_reply_at TIMESTAMPTZ,
  breach_alerted_at TIMESTAMPTZ,
  PRIMARY KEY (source, ticket_id)
);
CREATE INDEX IF NOT EXISTS ticket_sla_waiting_idx ON ticket_sla (due_at) WHERE first_reply_at IS NULL;
CREATE INDEX IF NOT EXISTS ticket_sla_replied_idx ON ticket_sla (first_reply_at) WHERE first_reply_at IS NOT NULL;

CREATE OR REPLACE FUNCTION dashboard_rollup_rows() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
${rollupStatements('new_rows')}
  RETURN NULL;
END
$fn$;

DROP TRIGGER IF EXISTS decision_audit_dashboard_rollup ON decision_audit;
CREATE TRIGGER decision_audit_dashboard_rollup AFTER INSERT ON decision_audit
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_rollup_rows();

-- Decisions recorded before this migration, rolled up once.
${rollupStatements('decision_audit')}
`,
};
