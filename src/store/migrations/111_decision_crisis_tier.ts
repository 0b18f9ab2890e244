/**
 * The crisis tier of each decision as queryable columns: `crisis_review` (possible danger, read
 * for safety first) beside the existing `crisis`, and the taxonomy `crisis_category` of either
 * tier. Rows recorded before read as not-review, no category. The partial index serves "every
 * crisis or review decision, newest first" without touching ordinary rows.
 */
import type { Migration } from './migration';

export const migration: Migration = {
  version: 111,
  name: 'decision_crisis_tier',
  sql: `
ALTER TABLE decision_audit ADD COLUMN IF NOT EXISTS crisis_review BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE decision_audit ADD COLUMN IF NOT EXISTS crisis_category TEXT;
CREATE INDEX IF NOT EXISTS decision_audit_crisis_tier_idx ON decision_audit (created_at DESC) WHERE crisis OR crisis_review;
`,
};
