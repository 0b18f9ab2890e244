import type { Migration } from './migration';

// Which accounts of a seeded demo world carry which planted pattern, so `riskdesk demo` and
// `riskdesk demo accounts` can name them after the seed that planted them has long exited.
export const migration: Migration = {
  version: 2,
  name: 'demo_accounts',
  sql: `
CREATE TABLE IF NOT EXISTS demo_accounts (
  user_id text PRIMARY KEY,
  pattern text NOT NULL,
  position integer NOT NULL,
  seed integer NOT NULL,
  seeded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS demo_accounts_pattern_idx ON demo_accounts (pattern, position);
`,
};
