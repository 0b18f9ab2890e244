import { timedStep, type StepLogger } from '../logging/step';
import type { Db } from '../store/db';
import { seedDemoWorld } from './seed-world';
import type { PatternMap } from './patterns';

/** The demo world: what `start` seeds into an empty embedded database and `riskdesk seed` seeds by default. */
export const DEMO_WORLD = { users: 400, orders: 4000, seed: 42 } as const;

/**
 * Seeds a small demo world when the embedded database holds no users, so a first `start` shows
 * real-looking results. Never touches PostgreSQL (DATABASE_URL) nor a database with data in it.
 * Returns the planted patterns, or null when nothing was seeded.
 */
export async function ensureDemoData(db: Db, logger: StepLogger): Promise<PatternMap | null> {
  if (db.driver !== 'pglite') return null;
  const { rows } = await db.query<{ present: boolean }>('SELECT EXISTS (SELECT 1 FROM users) AS present');
  if (rows[0]?.present) return null;
  const patterns = await timedStep(logger, 'seeding the demo world', () => seedDemoWorld(db, { ...DEMO_WORLD }));
  const planted = Object.fromEntries(Object.entries(patterns).map(([name, ids]) => [name, ids.length]));
  logger.info(
    { planted },
    'empty embedded database: seeded the demo world (`riskdesk demo accounts` lists the planted accounts, `riskdesk demo` sends sample tickets; AUTO_SEED=false disables)',
  );
  return patterns;
}
