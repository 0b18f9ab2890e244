/**
 * BENCH_SQL_STATS=1: wraps the bench's database so every statement's count and wall time are
 * summed per statement shape (first words of the SQL) and printed at the end. At a low rate
 * (no queueing on PGlite's single connection) wall time is the statement's own cost.
 */
import type { Db, Queryable } from '../src/store/db';

const totals = new Map<string, { n: number; ms: number }>();

const shape = (sql: string): string => sql.replace(/\s+/g, ' ').trim().slice(0, 70);

function timedQueryable<T extends Queryable>(target: T): Queryable['query'] {
  return async (sql, params) => {
    const started = performance.now();
    try {
      return await target.query(sql, params);
    } finally {
      const entry = totals.get(shape(sql)) ?? { n: 0, ms: 0 };
      entry.n += 1;
      entry.ms += performance.now() - started;
      totals.set(shape(sql), entry);
    }
  };
}

export function withSqlStats(db: Db): Db {
  if (!process.env.BENCH_SQL_STATS) return db;
  return {
    driver: db.driver,
    query: timedQueryable(db) as Db['query'],
    transaction: (work) => db.transaction((tx) => work({ query: timedQueryable(tx) as Queryable['query'] })),
    ping: () => db.ping(),
    close: () => db.close(),
  };
}

export function printSqlStats(): void {
  if (!process.env.BENCH_SQL_STATS) return;
  console.log('\nSQL statements (count, total ms, mean ms):');
  for (const [sql, { n, ms }] of [...totals].sort((a, b) => b[1].ms - a[1].ms)) {
    console.log(`  ${String(n).padStart(6)} ${ms.toFixed(0).padStart(8)} ${(ms / n).toFixed(2).padStart(7)}  ${sql}`);
  }
}
