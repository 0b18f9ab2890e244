/**
 * Backfill runs: where each walk of a helpdesk backlog stands (the vendor's cursor after the last
 * completed page) and what was decided for each ticket, so a crashed run resumes where it stopped
 * and its summary covers every ticket of the run.
 */
import type { Migration } from './migration';

export const migration: Migration = {
  version: 141,
  name: 'backfill_runs',
  sql: `
CREATE TABLE IF NOT EXISTS backfill_runs (
  id TEXT PRIMARY KEY,
  source TEXT NOT NULL,
  options_key TEXT NOT NULL,
  options JSONB NOT NULL,
  cursor TEXT,
  total INTEGER,
  started_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  finished_at TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS backfill_runs_open ON backfill_runs (options_key, started_at) WHERE finished_at IS NULL;
CREATE TABLE IF NOT EXISTS backfill_items (
  run_id TEXT NOT NULL,
  ticket_id TEXT NOT NULL,
  outcome TEXT NOT NULL,
  intent TEXT,
  level TEXT,
  route TEXT,
  crisis BOOLEAN,
  error TEXT,
  decided_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (run_id, ticket_id)
);
`,
};
