import type { Queryable } from '../store/db';

/** Show titles of the demo world, picked per show by a stable hash of its id. */
const SHOW_TITLES = ['Friday Night Breaks', 'Sneaker Sunday', 'Vintage Vault Live', 'Midnight Card Rips', 'Designer Bag Drop', 'Retro Games Hour', 'Coin & Bullion Live', 'Vinyl Dig Night'];

/**
 * One show per distinct `show_id` the demo orders carry, run by the orders' seller, from its first
 * to its last order (so every demo order's show is known). Idempotent.
 */
export async function generateShows(db: Queryable): Promise<void> {
  const titles = `(ARRAY[${SHOW_TITLES.map((t) => `'${t.replace(/'/g, "''")}'`).join(', ')}])`;
  await db.query(
    `INSERT INTO shows (id, seller_id, title, started_at, ended_at)
     SELECT show_id, min(seller_id), ${titles}[1 + abs(hashtext(show_id)) % ${SHOW_TITLES.length}],
            min(created_at) - interval '1 hour', max(created_at) + interval '1 hour'
       FROM orders WHERE show_id IS NOT NULL GROUP BY show_id
     ON CONFLICT (id) DO NOTHING`,
  );
}
