/** What riskdesk last wrote on each ticket, shared by every worker (issue 5, effectively once). */
import type { Migration } from './migration';

export const migration: Migration = {
  version: 101,
  name: 'note_memory',
  sql: `
CREATE TABLE IF NOT EXISTS note_memory (
  source TEXT NOT NULL,
  ticket_id TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  ref TEXT NOT NULL,
  written_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (source, ticket_id)
);
`,
};
