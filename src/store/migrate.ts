import type { Queryable } from './db';
import type { Migration } from './migrations/migration';

/** A single connection that can run multi-statement SQL: what migrations and advisory locks need. */
export interface Session extends Queryable {
  exec(sql: string): Promise<void>;
}
export type SessionRunner = <T>(work: (session: Session) => Promise<T>) => Promise<T>;

function assertOrdered(migrations: readonly Migration[]): void {
  const seen = new Set<number>();
  for (const m of migrations) {
    if (!Number.isInteger(m.version) || m.version <= 0) throw new Error(`migration "${m.name}": version must be a positive integer`);
    if (seen.has(m.version)) throw new Error(`migration version ${m.version} is used twice (see src/store/migrations/index.ts)`);
    seen.add(m.version);
  }
}

/**
 * Applies pending migrations once, even when several processes start together: an advisory lock
 * (keyed by schema) serialises them, and each migration commits with its version row.
 */
export async function applyMigrations(withSession: SessionRunner, migrations: readonly Migration[]): Promise<number[]> {
  assertOrdered(migrations);
  return withSession(async (s) => {
    await s.query(`SELECT pg_advisory_lock(hashtext('riskdesk.migrate.' || current_schema()))`);
    try {
      await s.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
      const done = await s.query<{ version: number }>('SELECT version FROM schema_migrations');
      const applied = new Set(done.rows.map((r) => Number(r.version)));
      const ran: number[] = [];
      for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
        if (applied.has(m.version)) continue;
        await runOne(s, m);
        ran.push(m.version);
      }
      return ran;
    } finally {
      await s.query(`SELECT pg_advisory_unlock(hashtext('riskdesk.migrate.' || current_schema()))`);
    }
  });
}

async function runOne(s: Session, m: Migration): Promise<void> {
  await s.exec('BEGIN');
  try {
    await s.exec(m.sql);
    await s.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
    await s.exec('COMMIT');
  } catch (error) {
    await s.exec('ROLLBACK').catch(() => undefined);
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`migration ${m.version} (${m.name}) failed: ${message} — nothing from it was applied`);
  }
}
