/**
 * What each decision writes (or would write in shadow mode), and what the sidebars need to show
 * it without the helpdesk: masked reasons and parties, and the sealed ticket snapshot. Added as
 * nullable columns so rows recorded before them stay readable (they answer null).
 */
import type { Migration } from './migration';

export const migration: Migration = {
  version: 102,
  name: 'decision_write_plan',
  sql: `
ALTER TABLE decision_audit ADD COLUMN IF NOT EXISTS write_plan JSONB;
ALTER TABLE decision_audit ADD COLUMN IF NOT EXISTS reasons JSONB;
ALTER TABLE decision_audit ADD COLUMN IF NOT EXISTS parties JSONB;
ALTER TABLE decision_audit ADD COLUMN IF NOT EXISTS ticket_sealed TEXT;
`,
};
