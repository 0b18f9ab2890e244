/**
 * Incidents closed in the helpdesk: when an agent solves riskdesk's problem ticket / tracker, the
 * incident records when (`resolved_at`), by whom (`resolved_by`, the helpdesk user id when the
 * webhook names one) and the helpdesk time of the latest status it applied
 * (`helpdesk_status_at`), so an older webhook delivered late cannot undo a newer one. The index
 * serves "is this ticket one of riskdesk's own problem tickets?", asked for every job.
 */
import type { Migration } from './migration';

export const migration: Migration = {
  version: 122,
  name: 'incident_helpdesk_status',
  sql: `
ALTER TABLE incidents ADD COLUMN IF NOT EXISTS resolved_at timestamptz;
ALTER TABLE incidents ADD COLUMN IF NOT EXISTS resolved_by text;
ALTER TABLE incidents ADD COLUMN IF NOT EXISTS helpdesk_status_at timestamptz;
CREATE INDEX IF NOT EXISTS incident_links_vendor_idx ON incident_links (source, vendor_id) WHERE state = 'created';
`,
};
