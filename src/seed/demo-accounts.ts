import type { Queryable } from '../store/db';
import { bulkUpsert } from '../store/bulk';
import { PATTERNS, type PatternMap, type PatternName } from './patterns';

export const PATTERN_NAMES: readonly PatternName[] = [...PATTERNS, 'clean_long_standing'];

/** The side of the marketplace a pattern's accounts write in from (whose orders a ticket names). */
export const PATTERN_ROLE: Record<PatternName, 'buyer' | 'seller'> = {
  fraud_ring: 'seller',
  banned_ring_members: 'buyer',
  serial_inr_claimers: 'buyer',
  non_shipping_sellers: 'seller',
  account_takeover_victims: 'buyer',
  chargeback_buyers: 'buyer',
  clean_long_standing: 'buyer',
};

export interface DemoAccount {
  pattern: PatternName;
  userId: string;
  email: string;
  handle: string;
  /** One of the account's real orders (as seller for seller patterns): unshipped first, then newest. */
  orderId: string | null;
  seed: number;
}

const isPatternName = (value: string): value is PatternName => (PATTERN_NAMES as readonly string[]).includes(value);

/** Remembers which accounts carry which pattern (upsert: re-seeding the same world keeps one row each). */
export async function recordDemoAccounts(db: Queryable, patterns: PatternMap, seed: number): Promise<void> {
  const rows = PATTERN_NAMES.flatMap((pattern) => patterns[pattern].map((userId, position) => [userId, pattern, position, seed]));
  const columns = [
    { name: 'user_id', type: 'text' },
    { name: 'pattern', type: 'text' },
    { name: 'position', type: 'integer' },
    { name: 'seed', type: 'integer' },
  ];
  await bulkUpsert(db, 'demo_accounts', columns, ['user_id'], rows);
}

interface DemoAccountRow {
  pattern: string;
  user_id: string;
  email: string;
  username: string;
  order_id: string | null;
  seed: number;
}

const SELLER_PATTERNS = PATTERN_NAMES.filter((p) => PATTERN_ROLE[p] === 'seller');

/** Every recorded demo account that still exists, in pattern order; empty when no demo world was seeded. */
export async function listDemoAccounts(db: Queryable): Promise<DemoAccount[]> {
  const pick = (column: 'buyer_id' | 'seller_id'): string =>
    `(SELECT o.id FROM orders o WHERE o.${column} = d.user_id ORDER BY (o.status = 'paid') DESC, o.created_at DESC, o.id LIMIT 1)`;
  const { rows } = await db.query<DemoAccountRow>(
    `SELECT d.pattern, d.user_id, u.email, u.username, d.seed,
            CASE WHEN d.pattern = ANY($1::text[]) THEN ${pick('seller_id')} ELSE ${pick('buyer_id')} END AS order_id
       FROM demo_accounts d JOIN users u ON u.id = d.user_id
      ORDER BY d.position, d.user_id`,
    [SELLER_PATTERNS],
  );
  const accounts = rows.flatMap((r): DemoAccount[] =>
    isPatternName(r.pattern) ? [{ pattern: r.pattern, userId: r.user_id, email: r.email, handle: r.username, orderId: r.order_id, seed: Number(r.seed) }] : [],
  );
  return PATTERN_NAMES.flatMap((pattern) => accounts.filter((a) => a.pattern === pattern));
}
