/** Builds the label memory from the label store: the crisis labels on tickets riskdesk had not flagged as a crisis, with their text. */
import type { Queryable } from '../../store/db';
import { buildLabelMemory, type LabelMemory } from './label-memory';

/** At most this many flagged tickets are kept in memory (the newest). */
export const MAX_MEMORY_ENTRIES = 20_000;

export async function loadLabelMemory(db: Queryable): Promise<LabelMemory> {
  const { rows } = await db.query<{ id: string; text_masked: string }>(
    `SELECT id::text AS id, text_masked FROM learning_labels
      WHERE kind = 'crisis' AND decided_crisis = false AND text_masked IS NOT NULL
      ORDER BY created_at DESC, id DESC LIMIT ${MAX_MEMORY_ENTRIES}`,
  );
  return buildLabelMemory(rows.map((row) => ({ labelId: row.id, text: row.text_masked })));
}

/** A cheap fingerprint of the crisis labels: the memory is rebuilt only when it changes. */
export async function labelMemoryStamp(db: Queryable): Promise<string> {
  const { rows } = await db.query<{ n: string | number; last: string | null }>(
    `SELECT count(*)::int AS n, max(updated_at)::text AS last FROM learning_labels WHERE kind = 'crisis' AND text_masked IS NOT NULL`,
  );
  const row = rows[0];
  return `${row?.n ?? 0}:${row?.last ?? ''}`;
}
