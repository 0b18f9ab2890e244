import type { Queryable } from './db';

export interface BulkColumn {
  name: string;
  /** PostgreSQL element type, e.g. `text`, `timestamptz`, `bigint`, `boolean`. */
  type: string;
}

const IDENT = /^[a-z_][a-z0-9_]*$/;

/**
 * Multi-row upsert in one statement: one array parameter per column, unnest()ed server-side.
 * Far fewer round trips and parse costs than row-by-row INSERTs. Identifiers come from code,
 * never from input (checked anyway); values are always bound parameters.
 */
export async function bulkUpsert(
  db: Queryable,
  table: string,
  columns: readonly BulkColumn[],
  conflictKey: readonly string[],
  rows: ReadonlyArray<readonly unknown[]>,
): Promise<number> {
  if (rows.length === 0) return 0;
  for (const name of [table, ...columns.map((c) => c.name), ...conflictKey]) {
    if (!IDENT.test(name)) throw new Error(`bulkUpsert: "${name}" is not a plain identifier`);
  }
  const arrays = columns.map((_, i) => rows.map((row) => row[i] ?? null));
  const names = columns.map((c) => c.name).join(', ');
  const unnest = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  const updates = columns.filter((c) => !conflictKey.includes(c.name)).map((c) => `${c.name} = EXCLUDED.${c.name}`);
  const onConflict = updates.length > 0 ? `DO UPDATE SET ${updates.join(', ')}` : 'DO NOTHING';
  const result = await db.query(
    `INSERT INTO ${table} (${names}) SELECT * FROM unnest(${unnest}) ON CONFLICT (${conflictKey.join(', ')}) ${onConflict}`,
    arrays,
  );
  return result.rowCount;
}
