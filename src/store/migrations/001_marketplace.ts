import type { Migration } from './migration';

// The marketplace tables the risk context reads. No foreign keys on purpose: production data
// arrives from warehouse exports in any order and may be partial; every lookup tolerates gaps.
export const migration: Migration = {
  version: 1,
  name: 'marketplace',
  sql: `
CREATE TABLE IF NOT EXISTS users (
  id text PRIMARY KEY,
  email text NOT NULL,
  username text NOT NULL,
  created_at timestamptz NOT NULL,
  country text,
  email_verified boolean NOT NULL DEFAULT false,
  phone_verified boolean NOT NULL DEFAULT false,
  id_verified boolean NOT NULL DEFAULT false,
  status text NOT NULL CHECK (status IN ('active', 'suspended', 'banned')),
  is_seller boolean NOT NULL DEFAULT false
);
CREATE INDEX IF NOT EXISTS users_email_lower_idx ON users (lower(email));
CREATE INDEX IF NOT EXISTS users_username_lower_idx ON users (lower(username));

CREATE TABLE IF NOT EXISTS orders (
  id text PRIMARY KEY,
  buyer_id text NOT NULL,
  seller_id text NOT NULL,
  show_id text,
  title text NOT NULL,
  category text NOT NULL,
  amount_cents bigint NOT NULL,
  currency text NOT NULL,
  status text NOT NULL CHECK (status IN ('paid', 'shipped', 'delivered', 'cancelled', 'refunded')),
  created_at timestamptz NOT NULL,
  shipped_at timestamptz,
  delivered_at timestamptz,
  tracking_number text,
  carrier text
);
CREATE INDEX IF NOT EXISTS orders_buyer_created_idx ON orders (buyer_id, created_at);
CREATE INDEX IF NOT EXISTS orders_seller_created_idx ON orders (seller_id, created_at);
CREATE INDEX IF NOT EXISTS orders_tracking_idx ON orders (upper(tracking_number));

CREATE TABLE IF NOT EXISTS payments (
  id text PRIMARY KEY,
  order_id text NOT NULL,
  user_id text NOT NULL,
  method_fingerprint text NOT NULL,
  amount_cents bigint NOT NULL,
  status text NOT NULL CHECK (status IN ('succeeded', 'failed', 'refunded', 'charged_back')),
  created_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS payments_user_created_idx ON payments (user_id, created_at);
CREATE INDEX IF NOT EXISTS payments_fingerprint_user_idx ON payments (method_fingerprint, user_id);

CREATE TABLE IF NOT EXISTS disputes (
  id text PRIMARY KEY,
  order_id text NOT NULL,
  opened_by text NOT NULL,
  type text NOT NULL CHECK (type IN ('inr', 'snad', 'counterfeit', 'unauthorized', 'other')),
  status text NOT NULL CHECK (status IN ('open', 'won', 'lost', 'closed')),
  created_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS disputes_order_idx ON disputes (order_id);
CREATE INDEX IF NOT EXISTS disputes_opened_by_created_idx ON disputes (opened_by, created_at);

CREATE TABLE IF NOT EXISTS refunds (
  id text PRIMARY KEY,
  order_id text NOT NULL,
  amount_cents bigint NOT NULL,
  reason text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS refunds_order_idx ON refunds (order_id);

CREATE TABLE IF NOT EXISTS devices (
  user_id text NOT NULL,
  fingerprint text NOT NULL,
  first_seen_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  PRIMARY KEY (user_id, fingerprint)
);
CREATE INDEX IF NOT EXISTS devices_fingerprint_user_idx ON devices (fingerprint, user_id);

CREATE TABLE IF NOT EXISTS account_events (
  id text PRIMARY KEY,
  user_id text NOT NULL,
  type text NOT NULL CHECK (type IN ('login', 'password_reset', 'email_change', 'phone_change', 'payout_change', '2fa_disabled')),
  device_fingerprint text,
  ip text,
  country text,
  created_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS account_events_user_created_idx ON account_events (user_id, created_at);

CREATE TABLE IF NOT EXISTS enforcements (
  id text PRIMARY KEY,
  user_id text NOT NULL,
  action text NOT NULL CHECK (action IN ('warning', 'suspension', 'ban')),
  reason text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS enforcements_user_created_idx ON enforcements (user_id, created_at);
`,
};
