/**
 * Applies one validated feed batch in ONE transaction (all or nothing) with versioned upserts and
 * deletes, names the marketplace accounts it touched so caches keyed by account can drop them, and
 * counts its records by entity and op for the metrics.
 */
import type { Db } from '../store/db';
import { applyVersionedChanges, type VersionedChange } from '../store/versioned-write';

export interface FeedResult {
  applied: number;
  skipped_stale: number;
  /** Account (user) ids named by the applied records. */
  touchedAccounts: string[];
  /** Records applied and skipped as stale, by entity and op (one entry per pair in the batch). */
  byEntity: EntityOpCount[];
}

export interface EntityOpCount {
  entity: string;
  op: 'upsert' | 'delete';
  applied: number;
  skippedStale: number;
}

/** Every record of the batch not among the applied ones was skipped: an older or equal version. */
export function countByEntity(changes: readonly VersionedChange[], applied: readonly VersionedChange[]): EntityOpCount[] {
  const counts = new Map<string, EntityOpCount>();
  const entry = (change: VersionedChange): EntityOpCount => {
    const key = `${change.entity} ${change.op}`;
    const found = counts.get(key);
    if (found) return found;
    const created: EntityOpCount = { entity: change.entity, op: change.op, applied: 0, skippedStale: 0 };
    counts.set(key, created);
    return created;
  };
  for (const change of changes) entry(change).skippedStale += 1;
  for (const change of applied) {
    const count = entry(change);
    count.applied += 1;
    count.skippedStale -= 1;
  }
  return [...counts.values()];
}

/** Fields of the import contract that hold a marketplace account id. */
const ACCOUNT_FIELDS = ['user_id', 'buyer_id', 'seller_id', 'opened_by'] as const;

export function touchedAccounts(changes: readonly VersionedChange[]): string[] {
  const ids = new Set<string>();
  for (const { entity, record } of changes) {
    if (entity === 'users' && typeof record.id === 'string') ids.add(record.id);
    for (const field of ACCOUNT_FIELDS) {
      const value = record[field];
      if (typeof value === 'string') ids.add(value);
    }
  }
  return [...ids];
}

export async function applyFeedBatch(db: Db, changes: readonly VersionedChange[]): Promise<FeedResult> {
  const result = await db.transaction((tx) => applyVersionedChanges(tx, changes));
  return {
    applied: result.applied,
    skipped_stale: result.skippedStale,
    touchedAccounts: touchedAccounts(result.appliedChanges),
    byEntity: countByEntity(changes, result.appliedChanges),
  };
}
