import type { Queryable } from '../store/db';
import { CATEGORIES, COUNTRIES, NAME_HEADS, NAME_TAILS, TITLES, sqlArray } from './catalog';

export interface BackgroundSize {
  users: number;
  sellers: number;
  orders: number;
  seed: number;
  now: Date;
}

export const userId = (i: number): string => `U${String(i).padStart(7, '0')}`;
export const orderId = (i: number): string => `WN-${48_000_000 + i}`;

// Deterministic pseudo-random integer in [0, n) for row i and a per-column salt, computed by the
// server so a million rows never cross the wire. Same seed → same world.
const rnd = (i: string, salt: number, n: number | string): string => `mod(abs(hashint8extended(${i}, $1::bigint * 1000 + ${salt})), ${n})`;
const pick = (list: readonly string[], i: string, salt: number): string => `(${sqlArray(list)})[1 + ${rnd(i, salt, list.length)}]`;

/** Long-standing accounts, U0000001..U<users>; the first `sellers` of them sell. */
export async function generateUsers(db: Queryable, size: BackgroundSize, from = 1): Promise<void> {
  await db.query(
    `INSERT INTO users (id, email, username, created_at, country, email_verified, phone_verified, id_verified, status, is_seller)
     SELECT 'U' || lpad(i::text, 7, '0'), name || '@example.com', name,
            $2::timestamptz - make_interval(days => 200 + ${rnd('i', 1, 1800)}::int, secs => ${rnd('i', 2, 86400)}),
            ${pick(COUNTRIES, 'i', 3)}, ${rnd('i', 4, 100)} < 97, ${rnd('i', 5, 100)} < 85,
            CASE WHEN i <= $3::int THEN ${rnd('i', 6, 100)} < 90 ELSE ${rnd('i', 6, 100)} < 30 END, 'active', i <= $3::int
       FROM (SELECT i, ${pick(NAME_HEADS, 'i', 7)} || ${pick(NAME_TAILS, 'i', 8)} || i::text AS name
               FROM generate_series($4::int, $5::int) AS i) AS g
     ON CONFLICT (id) DO NOTHING`,
    [size.seed, size.now, size.sellers, from, size.users],
  );
}

/**
 * Ordinary orders over the last 180 days, with payments and devices. Status follows age: paid
 * (under 2 days), shipped (under 6), delivered; a few cancelled or refunded (with a refund row).
 */
export async function generateOrders(db: Queryable, size: BackgroundSize, from: number, to: number): Promise<void> {
  const titles = CATEGORIES.flatMap((c) => TITLES[c].map((t) => `${c}|${t}`));
  // One statement: orders, then their payments and refunds from the RETURNING rows, so each
  // chunk is generated and written in a single pass.
  await db.query(
    `WITH g AS (
       SELECT i, 1 + ${rnd('i', 11, '$3::int')} AS seller, $3::int + 1 + ${rnd('i', 12, '($4::int - $3::int)')} AS buyer,
              make_interval(secs => ${rnd('i', 13, 180 * 86400)}) AS age, ${pick(titles, 'i', 14)} AS item,
              ${rnd('i', 15, 100)} AS fate, 1500 + ${rnd('i', 16, 40000)} AS amount
         FROM generate_series($5::int, $6::int) AS i),
     ins AS (
       INSERT INTO orders (id, buyer_id, seller_id, show_id, title, category, amount_cents, currency, status, created_at, shipped_at, delivered_at, tracking_number, carrier)
       SELECT 'WN-' || (48000000 + i), 'U' || lpad(buyer::text, 7, '0'), 'U' || lpad(seller::text, 7, '0'),
              'SH-' || (seller * 100 + ${rnd('i', 17, 40)}), split_part(item, '|', 2), split_part(item, '|', 1), amount, 'USD',
              CASE WHEN fate < 2 THEN 'cancelled' WHEN fate < 3 THEN 'refunded' WHEN age < interval '2 days' THEN 'paid'
                   WHEN age < interval '6 days' THEN 'shipped' ELSE 'delivered' END,
              $2::timestamptz - age,
              CASE WHEN fate >= 2 AND age >= interval '2 days' THEN $2::timestamptz - age + interval '30 hours' END,
              CASE WHEN fate >= 3 AND age >= interval '6 days' THEN $2::timestamptz - age + interval '100 hours' END,
              CASE WHEN fate >= 2 AND age >= interval '2 days' THEN '1Z' || upper(substr(md5(i::text || $1::text), 1, 16)) END,
              CASE WHEN fate >= 2 AND age >= interval '2 days' THEN 'UPS' END
         FROM g
       ON CONFLICT (id) DO NOTHING
       RETURNING id, buyer_id, amount_cents, status, created_at),
     pay AS (
       INSERT INTO payments (id, order_id, user_id, method_fingerprint, amount_cents, status, created_at)
       SELECT 'PM' || substr(id, 4), id, buyer_id, 'pm_' || buyer_id || '_' || ${rnd('substr(id, 4)::bigint', 21, 2)},
              amount_cents, CASE WHEN status = 'refunded' THEN 'refunded' ELSE 'succeeded' END, created_at
         FROM ins
       ON CONFLICT (id) DO NOTHING)
     INSERT INTO refunds (id, order_id, amount_cents, reason, created_at)
     SELECT 'RF' || substr(id, 4), id, amount_cents, 'buyer cancelled', created_at + interval '1 day'
       FROM ins WHERE status = 'refunded'
     ON CONFLICT (id) DO NOTHING`,
    [size.seed, size.now, size.sellers, size.users, from, to],
  );
}

/** One or two known devices per account, first seen when the account was created. */
export async function generateDevices(db: Queryable, size: BackgroundSize): Promise<void> {
  await db.query(
    `INSERT INTO devices (user_id, fingerprint, first_seen_at, last_seen_at)
     SELECT u.id, 'dev_' || substr(md5(u.id || ':' || k || ':' || $1::text), 1, 16), u.created_at, $2::timestamptz - interval '3 days'
       FROM users u CROSS JOIN generate_series(0, 1) AS k
      WHERE u.id BETWEEN 'U0000001' AND 'U' || lpad($3::text, 7, '0') AND (k = 0 OR ${rnd('substr(u.id, 2)::bigint', 31, 3)} = 0)
     ON CONFLICT DO NOTHING`,
    [size.seed, size.now, size.users],
  );
}
