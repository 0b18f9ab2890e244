/**
 * Applies one validated feed batch in ONE transaction (all or nothing) with versioned upserts and
 * deletes, and names the marketplace accounts it touched so caches keyed by account can drop them.
 */
import type { Db } from '../store/db';
import { applyVersionedChanges, type VersionedChange } from '../store/versioned-write';

export interface FeedResult {
  applied: number;
  skipped_stale: number;
  /** Account (user) ids named by the applied records. */
  touchedAccounts: string[];
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
  return { applied: result.applied, skipped_stale: result.skippedStale, touchedAccounts: touchedAccounts(result.appliedChanges) };
}
