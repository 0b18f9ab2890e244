import type { BulkColumn } from './bulk';

/** Column lists of the marketplace tables, in import/insert order, with their conflict keys. */
export interface TableSpec {
  table: string;
  columns: readonly BulkColumn[];
  key: readonly string[];
}

const c = (name: string, type: string): BulkColumn => ({ name, type });

export const TABLES = {
  users: { table: 'users', key: ['id'], columns: [c('id', 'text'), c('email', 'text'), c('username', 'text'), c('created_at', 'timestamptz'), c('country', 'text'), c('email_verified', 'boolean'), c('phone_verified', 'boolean'), c('id_verified', 'boolean'), c('status', 'text'), c('is_seller', 'boolean')] },
  orders: { table: 'orders', key: ['id'], columns: [c('id', 'text'), c('buyer_id', 'text'), c('seller_id', 'text'), c('show_id', 'text'), c('title', 'text'), c('category', 'text'), c('amount_cents', 'bigint'), c('currency', 'text'), c('status', 'text'), c('created_at', 'timestamptz'), c('shipped_at', 'timestamptz'), c('delivered_at', 'timestamptz'), c('tracking_number', 'text'), c('carrier', 'text')] },
  payments: { table: 'payments', key: ['id'], columns: [c('id', 'text'), c('order_id', 'text'), c('user_id', 'text'), c('method_fingerprint', 'text'), c('amount_cents', 'bigint'), c('status', 'text'), c('created_at', 'timestamptz')] },
  disputes: { table: 'disputes', key: ['id'], columns: [c('id', 'text'), c('order_id', 'text'), c('opened_by', 'text'), c('type', 'text'), c('status', 'text'), c('created_at', 'timestamptz')] },
  refunds: { table: 'refunds', key: ['id'], columns: [c('id', 'text'), c('order_id', 'text'), c('amount_cents', 'bigint'), c('reason', 'text'), c('created_at', 'timestamptz')] },
  devices: { table: 'devices', key: ['user_id', 'fingerprint'], columns: [c('user_id', 'text'), c('fingerprint', 'text'), c('first_seen_at', 'timestamptz'), c('last_seen_at', 'timestamptz')] },
  account_events: { table: 'account_events', key: ['id'], columns: [c('id', 'text'), c('user_id', 'text'), c('type', 'text'), c('device_fingerprint', 'text'), c('ip', 'text'), c('country', 'text'), c('created_at', 'timestamptz')] },
  shows: { table: 'shows', key: ['id'], columns: [c('id', 'text'), c('seller_id', 'text'), c('title', 'text'), c('started_at', 'timestamptz'), c('ended_at', 'timestamptz')] },
  enforcements: { table: 'enforcements', key: ['id'], columns: [c('id', 'text'), c('user_id', 'text'), c('action', 'text'), c('reason', 'text'), c('created_at', 'timestamptz')] },
} as const satisfies Record<string, TableSpec>;

export type EntityName = keyof typeof TABLES;
export const ENTITY_NAMES = Object.keys(TABLES) as EntityName[];
