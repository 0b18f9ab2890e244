/**
 * Versioned writes of marketplace records: each record carries its `updated_at`, and a write is
 * applied only when it is newer than the newest version already seen of that record
 * (`record_versions`, migration 140). Deletes leave a tombstone there, so a late older upsert does
 * not resurrect the record, and replaying a batch changes nothing. Used by the marketplace feed
 * and by incremental imports; callers run it inside their transaction.
 */
import type { Queryable } from './db';
import { bulkUpsert } from './bulk';
import type { TableSpec } from './tables';

export interface VersionedChange {
  /** The entity (table spec) the record belongs to. */
  spec: TableSpec;
  entity: string;
  op: 'upsert' | 'delete';
  /** Upserts: the full record (columns of `spec`); deletes: at least the key columns. */
  record: Record<string, unknown>;
  /** ISO 8601 with an offset. */
  updatedAt: string;
}

export interface VersionedResult {
  applied: number;
  skippedStale: number;
  /** The changes that were applied (the newest of each record in the batch, newer than stored). */
  appliedChanges: VersionedChange[];
}

// PostgreSQL text cannot hold NUL; the unit separator never appears in ids.
const KEY_SEPARATOR = '\u001f';

export function recordKey(spec: TableSpec, record: Record<string, unknown>): string {
  return spec.key.map((k) => String(record[k])).join(KEY_SEPARATOR);
}

/** The newest change of each record in the batch; on equal times the later one in the batch wins. */
function newestPerRecord(changes: readonly VersionedChange[]): Map<string, VersionedChange> {
  const newest = new Map<string, VersionedChange>();
  for (const change of changes) {
    const id = `${change.entity}${KEY_SEPARATOR}${recordKey(change.spec, change.record)}`;
    const kept = newest.get(id);
    if (!kept || Date.parse(change.updatedAt) >= Date.parse(kept.updatedAt)) newest.set(id, change);
  }
  return newest;
}

/**
 * Claims the version of each record: the row is inserted or moved forward only when strictly
 * newer, and RETURNING names the records that won. Concurrent batches serialise on these rows.
 */
async function claimVersions(tx: Queryable, changes: readonly VersionedChange[]): Promise<Set<string>> {
  const result = await tx.query<{ entity: string; record_key: string }>(
    `INSERT INTO record_versions (entity, record_key, updated_at, deleted)
     SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::boolean[])
     ON CONFLICT (entity, record_key) DO UPDATE SET updated_at = EXCLUDED.updated_at, deleted = EXCLUDED.deleted
     WHERE record_versions.updated_at < EXCLUDED.updated_at
     RETURNING entity, record_key`,
    [
      changes.map((c) => c.entity),
      changes.map((c) => recordKey(c.spec, c.record)),
      changes.map((c) => c.updatedAt),
      changes.map((c) => c.op === 'delete'),
    ],
  );
  return new Set(result.rows.map((r) => `${r.entity}${KEY_SEPARATOR}${r.record_key}`));
}

async function deleteRows(tx: Queryable, spec: TableSpec, records: ReadonlyArray<Record<string, unknown>>): Promise<void> {
  const keyColumns = spec.key.map((name) => spec.columns.find((c) => c.name === name) ?? { name, type: 'text' });
  const tuple = keyColumns.map((c) => c.name).join(', ');
  const unnest = keyColumns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  await tx.query(
    `DELETE FROM ${spec.table} WHERE (${tuple}) IN (SELECT * FROM unnest(${unnest}))`,
    keyColumns.map((c) => records.map((r) => r[c.name] ?? null)),
  );
}

/** Groups changes by table and operation, keeping the batch's order of first appearance. */
function groupByTable(changes: readonly VersionedChange[]): Map<string, { spec: TableSpec; upserts: VersionedChange[]; deletes: VersionedChange[] }> {
  const groups = new Map<string, { spec: TableSpec; upserts: VersionedChange[]; deletes: VersionedChange[] }>();
  for (const change of changes) {
    const group = groups.get(change.entity) ?? { spec: change.spec, upserts: [], deletes: [] };
    (change.op === 'upsert' ? group.upserts : group.deletes).push(change);
    groups.set(change.entity, group);
  }
  return groups;
}

/** Applies a batch of versioned changes inside the caller's transaction. */
export async function applyVersionedChanges(tx: Queryable, changes: readonly VersionedChange[]): Promise<VersionedResult> {
  if (changes.length === 0) return { applied: 0, skippedStale: 0, appliedChanges: [] };
  // One lock order for every batch (entity, key): two batches naming the same records in
  // different orders wait for each other instead of deadlocking.
  const newest = [...newestPerRecord(changes).entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, change]) => change);
  const won = await claimVersions(tx, newest);
  const winners = newest.filter((c) => won.has(`${c.entity}${KEY_SEPARATOR}${recordKey(c.spec, c.record)}`));
  for (const { spec, upserts, deletes } of groupByTable(winners).values()) {
    if (upserts.length > 0) {
      const rows = upserts.map((c) => spec.columns.map((col) => c.record[col.name] ?? null));
      await bulkUpsert(tx, spec.table, spec.columns, spec.key, rows);
    }
    if (deletes.length > 0) await deleteRows(tx, spec, deletes.map((c) => c.record));
  }
  return { applied: winners.length, skippedStale: changes.length - winners.length, appliedChanges: winners };
}
