/**
 * Versioned models (serialized weights + metadata) and the live-model pointer every process polls.
 * The pointer is one row (id = 1); no row means the model trained from the shipped corpus.
 */
import type { Migration } from './migration';

export const migration: Migration = {
  version: 151,
  name: 'learning_models',
  sql: `
CREATE TABLE IF NOT EXISTS learning_models (
  version TEXT PRIMARY KEY,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  metadata JSONB NOT NULL,
  weights TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS learning_live_model (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version TEXT NOT NULL,
  promoted_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  promoted_by TEXT
);
`,
};
