/**
 * Agent corrections (labels): one row per (source, ticket, agent, kind), with the decision it
 * corrects and a masked snapshot of the ticket text (cleared after LABEL_RETENTION_DAYS).
 */
import type { Migration } from './migration';

export const migration: Migration = {
  version: 150,
  name: 'learning_labels',
  sql: `
CREATE TABLE IF NOT EXISTS learning_labels (
  id BIGSERIAL PRIMARY KEY,
  source TEXT NOT NULL,
  ticket_id TEXT NOT NULL,
  agent TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('intent', 'crisis', 'not_crisis', 'risk_too_high', 'risk_too_low')),
  intent TEXT,
  comment TEXT,
  origin TEXT NOT NULL,
  decision_id BIGINT,
  decided_intent TEXT,
  decided_crisis BOOLEAN NOT NULL DEFAULT false,
  decided_crisis_review BOOLEAN NOT NULL DEFAULT false,
  decided_level TEXT,
  model_version TEXT,
  rules_version TEXT,
  text_masked TEXT,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (source, ticket_id, agent, kind)
);
CREATE INDEX IF NOT EXISTS learning_labels_created_idx ON learning_labels (created_at);
ALTER TABLE decision_audit ADD COLUMN IF NOT EXISTS model_version TEXT;
ALTER TABLE decision_audit ADD COLUMN IF NOT EXISTS crisis_review BOOLEAN;
`,
};
