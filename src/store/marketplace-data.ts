import type { Db, Queryable } from './db';
import { ENTITY_NAMES, TABLES } from './tables';

/** The marketplace tables plus the record of which demo accounts carry which pattern. */
const MARKETPLACE_TABLES = [...ENTITY_NAMES.map((name) => TABLES[name].table), 'demo_accounts'];

/** The marketplace tables that hold any row (none: no marketplace data); EXISTS stays cheap on any table size. */
export async function nonEmptyMarketplaceTables(db: Queryable): Promise<string[]> {
  const probes = MARKETPLACE_TABLES.map((table) => `SELECT '${table}' AS name WHERE EXISTS (SELECT 1 FROM ${table})`).join(' UNION ALL ');
  const { rows } = await db.query<{ name: string }>(probes);
  return rows.map((r) => r.name);
}

/**
 * Empties the marketplace tables and the demo-account record in one transaction. The audit trail
 * (decision_audit) and the note memory are kept: they describe what happened on real tickets.
 */
export async function clearMarketplaceData(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(`TRUNCATE ${MARKETPLACE_TABLES.join(', ')}`);
  });
}
