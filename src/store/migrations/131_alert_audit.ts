/** Every alert riskdesk sends (or fails to send) to Slack or PagerDuty: the alerts' audit trail. */
import type { Migration } from './migration';

export const migration: Migration = {
  version: 131,
  name: 'alert_audit',
  sql: `
CREATE TABLE IF NOT EXISTS alert_audit (
  id BIGSERIAL PRIMARY KEY,
  kind TEXT NOT NULL,
  dedupe_key TEXT NOT NULL,
  channel TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('sent', 'retrying', 'failed')),
  attempt INTEGER NOT NULL,
  severity TEXT NOT NULL,
  category TEXT,
  link TEXT,
  http_status INTEGER,
  detail TEXT,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS alert_audit_created_idx ON alert_audit (created_at DESC);
CREATE INDEX IF NOT EXISTS alert_audit_key_idx ON alert_audit (dedupe_key, created_at DESC);
`,
};
