import type { Queryable } from '../../store/db';
import { bindNamed } from './named-params';
import type { OrderRow } from './orders';
import { USER_COLUMNS, type UserRow } from './users';

export interface Resolved {
  requester: UserRow | null;
  orders: OrderRow[];
  handleUsers: UserRow[];
}

export interface ResolveParams {
  externalId: string | null;
  email: string | null;
  orderIds: string[];
  trackingNumbers: string[];
  handles: string[];
  limit: number;
}

// Who the ticket is about, in one round trip: the requester (marketplace id first, then email
// case-insensitively), the orders named by id or tracking number, the accounts named by handle.
// Each part is a primary-key or expression-index lookup; handles are looked up one by one
// (LATERAL) so the planner can never walk the primary key filtering every account instead.
const RESOLVE = bindNamed(`SELECT
  (SELECT row_to_json(r) FROM (
     SELECT * FROM (
       (SELECT ${USER_COLUMNS}, 0 AS pref FROM users WHERE id = :externalId::text)
       UNION ALL
       (SELECT ${USER_COLUMNS}, 1 AS pref FROM users WHERE lower(email) = lower(:email::text) ORDER BY created_at, id LIMIT 1)
     ) AS candidates ORDER BY pref LIMIT 1) AS r) AS requester,
  (SELECT coalesce(json_agg(o), '[]'::json) FROM (
     SELECT id, buyer_id, seller_id, show_id, title, category, amount_cents::float8 AS amount_cents, currency, status,
            created_at, shipped_at, delivered_at, tracking_number, carrier
       FROM orders
      WHERE id = ANY(:orderIds::text[]) OR upper(tracking_number) = ANY(:trackingNumbers::text[])
      ORDER BY created_at DESC LIMIT :limit::int) AS o) AS orders,
  (SELECT coalesce(json_agg(u ORDER BY u.id), '[]'::json) FROM (
     SELECT hu.* FROM unnest(:handles::text[]) AS h(name)
     CROSS JOIN LATERAL (SELECT ${USER_COLUMNS} FROM users WHERE lower(username) = h.name ORDER BY id LIMIT :limit::int) AS hu
     ORDER BY hu.id LIMIT :limit::int) AS u) AS handle_users`);

/** Order ids as written and without their prefix, so `WN-123` also finds an order stored as `123`. */
const idCandidates = (ids: string[]): string[] => [...new Set(ids.flatMap((id) => [id, id.replace(/^[A-Za-z]+-/, '')]))];

export async function resolveParties(db: Queryable, p: ResolveParams): Promise<Resolved> {
  const params = { ...p, externalId: p.externalId ?? '', email: p.email ?? '', orderIds: idCandidates(p.orderIds) };
  const { rows } = await db.query<{ requester: UserRow | null; orders: OrderRow[]; handle_users: UserRow[] }>(RESOLVE.sql, RESOLVE.values(params));
  const row = rows[0];
  return { requester: row?.requester ?? null, orders: row?.orders ?? [], handleUsers: row?.handle_users ?? [] };
}
