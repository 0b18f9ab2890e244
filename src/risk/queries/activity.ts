import type { Queryable } from '../../store/db';
import type { EnforcementAction } from '../../store/import/schemas';
import { bindNamed } from './named-params';
import type { UserRow } from './users';

// Every fact about every party in ONE statement: each part is a LATERAL per party over a
// (user, time) index range, so its cost follows the party's own activity, never the table
// size, and the whole context costs one round trip and one (cached) plan. Lookups into the big
// tables (users, orders, refunds) are LATERAL subqueries with a LIMIT: those are never
// flattened, so the planner cannot turn them into a hash join over a whole table.

export interface BuyerRow {
  user_id: string;
  orders: number;
  spend_cents: number;
  orders_24h: number;
  orders_prior30: number;
  refunds: number;
  refunded_cents: number;
  chargebacks: number;
  opened: number;
  won: number;
  lost: number;
  open: number;
  inr_delivered: number;
  inr_delivered_orders: string[] | null;
}

export interface SellerRow {
  user_id: string;
  orders: number;
  unshipped: number;
  inr: number;
  snad: number;
}

export interface LinkRow {
  owner: string;
  other: string;
  username: string;
  status: 'active' | 'suspended' | 'banned';
  via: string[];
}

export interface EventRow {
  user_id: string;
  type: string;
  created_at: Date | string;
  country: string | null;
  device_fingerprint: string | null;
  first_seen_at: Date | string | null;
}

export interface EnforcementRow {
  user_id: string;
  action: EnforcementAction;
  reason: string;
  created_at: Date | string;
}

export interface DisputeRow { order_id: string; id: string; type: 'inr' | 'snad' | 'counterfeit' | 'unauthorized' | 'other'; status: 'open' | 'won' | 'lost' | 'closed'; opened_by: string; created_at: string }
export interface RefundRow { order_id: string; id: string; amount_cents: number; reason: string; created_at: string }

export interface PartyFacts {
  users: UserRow[];
  buyers: BuyerRow[];
  sellers: SellerRow[];
  links: LinkRow[];
  events: EventRow[];
  enforcements: EnforcementRow[];
  disputes: DisputeRow[];
  refunds: RefundRow[];
}

export interface PartyFactsParams {
  ids: string[];
  orderIds: string[];
  buyerSince: Date;
  since24h: Date;
  since31d: Date;
  sellerSince: Date;
  unshippedBefore: Date;
  eventsSince: Date;
  perFingerprint: number;
}

const PARTY_FACTS_SQL = `SELECT
    (SELECT coalesce(json_agg(x), '[]'::json) FROM (
      SELECT id, email, username, created_at, country, email_verified, phone_verified, id_verified, status, is_seller FROM users WHERE id = ANY(:ids::text[])
    ) AS x) AS users,
    (SELECT coalesce(json_agg(x), '[]'::json) FROM (
      SELECT u.id AS user_id, o.orders, o.spend_cents, o.orders_24h, o.orders_prior30, r.refunds, r.refunded_cents,
      c.chargebacks, d.opened, d.won, d.lost, d.open, d.inr_delivered, d.inr_delivered_orders
      FROM unnest(:ids::text[]) AS u(id)
      CROSS JOIN LATERAL (
      SELECT count(*) FILTER (WHERE created_at >= :buyerSince::timestamptz)::int AS orders,
      coalesce(sum(amount_cents) FILTER (WHERE created_at >= :buyerSince::timestamptz), 0)::float8 AS spend_cents,
      count(*) FILTER (WHERE created_at >= :since24h::timestamptz)::int AS orders_24h,
      count(*) FILTER (WHERE created_at >= :since31d::timestamptz AND created_at < :since24h::timestamptz)::int AS orders_prior30
      FROM orders WHERE buyer_id = u.id AND created_at >= least(:buyerSince::timestamptz, :since31d::timestamptz)) o
      CROSS JOIN LATERAL (
      SELECT count(*)::int AS refunds, coalesce(sum(f.amount_cents), 0)::float8 AS refunded_cents
      FROM orders ob CROSS JOIN LATERAL (SELECT amount_cents FROM refunds WHERE order_id = ob.id LIMIT 20) f
      WHERE ob.buyer_id = u.id AND ob.created_at >= :buyerSince::timestamptz) r
      CROSS JOIN LATERAL (
      SELECT count(*)::int AS chargebacks FROM payments p
      WHERE p.user_id = u.id AND p.created_at >= :buyerSince::timestamptz AND p.status = 'charged_back') c
      CROSS JOIN LATERAL (
      SELECT count(*)::int AS opened,
      count(*) FILTER (WHERE d.status = 'won')::int AS won,
      count(*) FILTER (WHERE d.status = 'lost')::int AS lost,
      count(*) FILTER (WHERE d.status = 'open')::int AS open,
      count(*) FILTER (WHERE d.type = 'inr' AND od.delivered_at IS NOT NULL AND od.delivered_at <= d.created_at)::int AS inr_delivered,
      (array_agg(d.order_id ORDER BY d.created_at DESC)
      FILTER (WHERE d.type = 'inr' AND od.delivered_at IS NOT NULL AND od.delivered_at <= d.created_at))[1:5] AS inr_delivered_orders
      FROM disputes d LEFT JOIN LATERAL (SELECT delivered_at FROM orders WHERE id = d.order_id LIMIT 1) od ON true
      WHERE d.opened_by = u.id AND d.created_at >= :buyerSince::timestamptz) d
    ) AS x) AS buyers,
    (SELECT coalesce(json_agg(x), '[]'::json) FROM (
      SELECT u.id AS user_id, s.orders, s.unshipped, c.inr, c.snad
      FROM unnest(:ids::text[]) AS u(id)
      CROSS JOIN LATERAL (
      SELECT count(*)::int AS orders,
      count(*) FILTER (WHERE status = 'paid' AND shipped_at IS NULL AND created_at < :unshippedBefore::timestamptz)::int AS unshipped
      FROM orders WHERE seller_id = u.id AND created_at >= :sellerSince::timestamptz) s
      CROSS JOIN LATERAL (
      SELECT count(*) FILTER (WHERE d.type = 'inr')::int AS inr, count(*) FILTER (WHERE d.type = 'snad')::int AS snad
      FROM orders so JOIN disputes d ON d.order_id = so.id
      WHERE so.seller_id = u.id AND so.created_at >= :sellerSince::timestamptz) c
    ) AS x) AS sellers,
    (SELECT coalesce(json_agg(x), '[]'::json) FROM (
      WITH owners AS (SELECT id FROM unnest(:ids::text[]) AS u(id)),
      links AS (
      SELECT o.id AS owner, x.user_id AS other, 'device' AS via
      FROM owners o
      CROSS JOIN LATERAL (SELECT fingerprint FROM devices WHERE user_id = o.id ORDER BY last_seen_at DESC LIMIT 20) f
      CROSS JOIN LATERAL (SELECT user_id FROM devices d WHERE d.fingerprint = f.fingerprint AND d.user_id <> o.id LIMIT :perFingerprint::int) x
      UNION ALL
      SELECT o.id, x.user_id, 'payment'
      FROM owners o
      CROSS JOIN LATERAL (SELECT DISTINCT method_fingerprint FROM payments WHERE user_id = o.id LIMIT 20) f
      CROSS JOIN LATERAL (SELECT DISTINCT user_id FROM payments p
      WHERE p.method_fingerprint = f.method_fingerprint AND p.user_id <> o.id LIMIT :perFingerprint::int) x)
      SELECT g.owner, g.other, u.username, u.status, g.via
      FROM (SELECT owner, other, array_agg(DISTINCT via ORDER BY via) AS via FROM links GROUP BY owner, other) g
      CROSS JOIN LATERAL (SELECT username, status FROM users WHERE id = g.other LIMIT 1) u
    ) AS x) AS links,
    (SELECT coalesce(json_agg(x), '[]'::json) FROM (
      SELECT u.id AS user_id, e.type, e.created_at, e.country, e.device_fingerprint, e.first_seen_at
      FROM unnest(:ids::text[]) AS u(id)
      CROSS JOIN LATERAL (
      SELECT ae.type, ae.created_at, ae.country, ae.device_fingerprint, dv.first_seen_at
      FROM account_events ae
      LEFT JOIN LATERAL (SELECT first_seen_at FROM devices
      WHERE user_id = ae.user_id AND fingerprint = ae.device_fingerprint LIMIT 1) dv ON true
      WHERE ae.user_id = u.id AND ae.created_at >= :eventsSince::timestamptz
      ORDER BY ae.created_at DESC LIMIT 50) e
    ) AS x) AS events,
    (SELECT coalesce(json_agg(x), '[]'::json) FROM (
      SELECT u.id AS user_id, e.action, e.reason, e.created_at
      FROM unnest(:ids::text[]) AS u(id)
      CROSS JOIN LATERAL (SELECT action, reason, created_at FROM enforcements
      WHERE user_id = u.id ORDER BY created_at DESC LIMIT 20) e
    ) AS x) AS enforcements,
    (SELECT coalesce(json_agg(x), '[]'::json) FROM (
      SELECT order_id, id, type, status, opened_by, created_at FROM disputes WHERE order_id = ANY(:orderIds::text[]) ORDER BY created_at LIMIT 200
    ) AS x) AS disputes,
    (SELECT coalesce(json_agg(x), '[]'::json) FROM (
      SELECT order_id, id, amount_cents::float8 AS amount_cents, reason, created_at FROM refunds WHERE order_id = ANY(:orderIds::text[]) ORDER BY created_at LIMIT 200
    ) AS x) AS refunds`;

const bound = bindNamed(PARTY_FACTS_SQL);

export async function partyFacts(db: Queryable, params: PartyFactsParams): Promise<PartyFacts> {
  const { rows } = await db.query<PartyFacts>(bound.sql, bound.values(params));
  const row = rows[0];
  if (!row) throw new Error('party facts query returned no row');
  return row;
}
