/**
 * What the audit row does not hold and the dashboard shows: for crisis and crisis-review
 * decisions, their category and the time from the webhook to the routed decision.
 */
import type { Migration } from './migration';

export const migration: Migration = {
  version: 133,
  name: 'decision_signals',
  sql: `
CREATE TABLE IF NOT EXISTS decision_signals (
  id BIGSERIAL PRIMARY KEY,
  source TEXT NOT NULL,
  ticket_id TEXT NOT NULL,
  tier TEXT NOT NULL CHECK (tier IN ('crisis', 'crisis_review')),
  category TEXT,
  routed_ms INTEGER,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS decision_signals_created_idx ON decision_signals (created_at DESC);
`,
};
