/**
 * What the crisis second opinion did for each decision (provider, model, prompt version, outcome,
 * latency, whether it raised the tier): one nullable JSONB column, so rows recorded before it, and
 * decisions made without a provider, answer null.
 */
import type { Migration } from './migration';

export const migration: Migration = {
  version: 110,
  name: 'decision_crisis_provider',
  sql: `
ALTER TABLE decision_audit ADD COLUMN IF NOT EXISTS crisis_provider JSONB;
`,
};
