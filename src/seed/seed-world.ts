import type { Db, Queryable } from '../store/db';
import { generateDevices, generateOrders, generateUsers, type BackgroundSize } from './background';
import { recordDemoAccounts } from './demo-accounts';
import { PATTERNS, plantChargebacks, plantFraudRing, plantNonShipper, plantSerialInr, plantTakeover, type PatternMap } from './patterns';
import { generateShows } from './shows';
import { WorldBuilder } from './world-builder';

export interface SeedOptions {
  users: number;
  orders: number;
  seed: number;
  /** Every timestamp is relative to this, so a demo world always looks recent. */
  now?: Date;
  /** Called after each chunk of background orders (progress bars). */
  onProgress?: (doneOrders: number, totalOrders: number) => void;
}

const ORDER_CHUNK = 50_000;

/** How many accounts each planted pattern gets: ~1% of users each, at least 1, at most 25. */
const plantedPerPattern = (users: number): number => Math.max(1, Math.min(25, Math.round(users / 100)));

/**
 * A deterministic synthetic marketplace: long-standing ordinary accounts and orders generated
 * server-side, plus hand-planted risk patterns. Returns which accounts carry which pattern, and
 * records it in `demo_accounts` (see demo-accounts.ts).
 */
export async function seedDemoWorld(db: Db, options: SeedOptions): Promise<PatternMap> {
  const now = options.now ?? new Date();
  const perPattern = plantedPerPattern(options.users);
  const ringSize = Math.min(6, 2 + perPattern);
  // Fraud ring (sellers + 2 banned) and one account per pattern instance: `users` in total.
  const plantedUsers = ringSize + 2 + perPattern * 4;
  const background = Math.max(20, options.users - plantedUsers);
  const size: BackgroundSize = { users: background, sellers: Math.max(5, Math.round(background / 10)), orders: options.orders, seed: options.seed, now };

  await generateUsers(db, size);
  // PostgreSQL writes two chunks at once on separate connections; PGlite has one connection.
  const parallel = db.driver === 'pg' ? 2 : 1;
  let done = 0;
  for (let from = 1; from <= size.orders; from += ORDER_CHUNK * parallel) {
    const chunks = Array.from({ length: parallel }, (_, k) => from + k * ORDER_CHUNK).filter((start) => start <= size.orders);
    await Promise.all(chunks.map((start) => generateOrders(db, size, start, Math.min(size.orders, start + ORDER_CHUNK - 1))));
    done = Math.min(size.orders, from + ORDER_CHUNK * parallel - 1);
    options.onProgress?.(done, size.orders);
  }
  await generateDevices(db, size);

  const w = new WorldBuilder(now, options.seed, background + 1, size.orders + 1);
  const buyer = (): string => `U${String(size.sellers + 1 + w.rng.int(background - size.sellers)).padStart(7, '0')}`;
  const seller = (): string => `U${String(1 + w.rng.int(size.sellers)).padStart(7, '0')}`;
  const out = Object.fromEntries([...PATTERNS, 'clean_long_standing'].map((p) => [p, []])) as unknown as PatternMap;
  plantFraudRing(w, ringSize, buyer, out);
  for (let k = 0; k < perPattern; k += 1) {
    plantSerialInr(w, seller, out);
    plantNonShipper(w, buyer, out);
    plantTakeover(w, seller, out);
    plantChargebacks(w, seller, out);
  }
  await db.transaction((tx) => w.flush(tx));
  await generateShows(db);
  // Fresh statistics so the planner picks the (user, time) indexes right away.
  await db.query('ANALYZE');
  out.clean_long_standing = await cleanSample(db, now, size.users);
  await recordDemoAccounts(db, out, options.seed);
  return out;
}

/** Ordinary, verified accounts over a year old with no disputes: the majority, shown as a sample. */
async function cleanSample(db: Queryable, now: Date, backgroundUsers: number): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT u.id FROM users u
      WHERE u.id BETWEEN 'U0000001' AND 'U' || lpad($2::text, 7, '0')
        AND NOT u.is_seller AND u.email_verified AND u.phone_verified AND u.status = 'active' AND u.created_at < $1::timestamptz - interval '365 days'
        AND NOT EXISTS (SELECT 1 FROM disputes d WHERE d.opened_by = u.id)
      ORDER BY u.id LIMIT 5`,
    [now, backgroundUsers],
  );
  return rows.map((r) => r.id);
}
