/**
 * Live shows (import contract entity `shows`): orders carry an optional `show_id`, and the
 * incident work names a show by its title. No foreign keys, like the other marketplace tables.
 */
import type { Migration } from './migration';

export const migration: Migration = {
  version: 120,
  name: 'shows',
  sql: `
CREATE TABLE IF NOT EXISTS shows (
  id text PRIMARY KEY,
  seller_id text NOT NULL,
  title text NOT NULL,
  started_at timestamptz NOT NULL,
  ended_at timestamptz
);
CREATE INDEX IF NOT EXISTS shows_seller_idx ON shows (seller_id, started_at);
CREATE INDEX IF NOT EXISTS orders_show_idx ON orders (show_id);
`,
};
