/**
 * The newest version seen of every marketplace record written through the feed or an incremental
 * import: its `updated_at` and whether it was deleted (a tombstone), so an older update arriving
 * late never overwrites a newer one nor resurrects a deleted record.
 */
import type { Migration } from './migration';

export const migration: Migration = {
  version: 140,
  name: 'record_versions',
  sql: `
CREATE TABLE IF NOT EXISTS record_versions (
  entity TEXT NOT NULL,
  record_key TEXT NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  deleted BOOLEAN NOT NULL DEFAULT false,
  PRIMARY KEY (entity, record_key)
);
`,
};
