/**
 * Indexes for the dashboard's decision search (ticket, requester, intent, level, rule), each
 * newest first, so a search stays an index scan with a million decisions in the audit trail.
 */
import type { Migration } from './migration';

export const migration: Migration = {
  version: 132,
  name: 'dashboard_search',
  sql: `
CREATE INDEX IF NOT EXISTS decision_audit_created_idx ON decision_audit (created_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS decision_audit_ticket_only_idx ON decision_audit (ticket_id, created_at DESC);
CREATE INDEX IF NOT EXISTS decision_audit_intent_idx ON decision_audit (intent, created_at DESC);
CREATE INDEX IF NOT EXISTS decision_audit_level_idx ON decision_audit (level, created_at DESC);
CREATE INDEX IF NOT EXISTS decision_audit_requester_idx ON decision_audit ((parties->>'requesterId'), created_at DESC);
CREATE INDEX IF NOT EXISTS decision_audit_rules_idx ON decision_audit USING gin (fired_rules jsonb_path_ops);
`,
};
