/** Worker audit trail: one row per decision (issue 5). */
import type { Migration } from './migration';

export const migration: Migration = {
  version: 100,
  name: 'decision_audit',
  sql: `
CREATE TABLE IF NOT EXISTS decision_audit (
  id BIGSERIAL PRIMARY KEY,
  source TEXT NOT NULL,
  ticket_id TEXT NOT NULL,
  event_ids JSONB NOT NULL DEFAULT '[]'::jsonb,
  job_id TEXT,
  attempt INTEGER,
  rules_version TEXT,
  fired_rules JSONB NOT NULL DEFAULT '[]'::jsonb,
  inputs_hash TEXT,
  intent TEXT,
  intents JSONB NOT NULL DEFAULT '[]'::jsonb,
  crisis BOOLEAN NOT NULL DEFAULT false,
  score DOUBLE PRECISION,
  level TEXT,
  reason_codes JSONB NOT NULL DEFAULT '[]'::jsonb,
  actions JSONB,
  fingerprint TEXT,
  note_ref TEXT,
  outcome TEXT NOT NULL CHECK (outcome IN ('written', 'unchanged', 'shadow', 'failed')),
  outcome_detail TEXT,
  failure_status INTEGER,
  failure_summary TEXT,
  timings JSONB NOT NULL DEFAULT '{}'::jsonb,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS decision_audit_ticket_idx ON decision_audit (source, ticket_id, created_at DESC);
CREATE UNIQUE INDEX IF NOT EXISTS decision_audit_job_attempt_idx ON decision_audit (job_id, attempt);
`,
};
