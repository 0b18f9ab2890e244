/**
 * The label memory: tickets agents flagged as a crisis that riskdesk had missed, indexed by
 * character shingles so a new ticket with near-identical wording is found at once — before any
 * retraining. Immutable once built; the refresher swaps in a new one.
 */
import { MIN_SHINGLES, shingles } from './shingles';

export interface MemoryEntry {
  labelId: string;
  /** The masked text the agent flagged. */
  text: string;
}

export interface MemoryMatch {
  labelId: string;
  /** 0..1: the larger of the Jaccard similarity and the share of the flagged text found in the ticket. */
  similarity: number;
}

export interface LabelMemory {
  readonly size: number;
  /** The closest flagged text at or above `minSimilarity`, or null. */
  match(text: string, minSimilarity: number): MemoryMatch | null;
}

interface Indexed {
  labelId: string;
  size: number;
}

export function buildLabelMemory(entries: readonly MemoryEntry[]): LabelMemory {
  const indexed: Indexed[] = [];
  const postings = new Map<number, number[]>();
  for (const entry of entries) {
    const set = shingles(entry.text);
    if (set.size < MIN_SHINGLES) continue;
    const at = indexed.length;
    indexed.push({ labelId: entry.labelId, size: set.size });
    for (const hash of set) {
      const list = postings.get(hash);
      if (list) list.push(at);
      else postings.set(hash, [at]);
    }
  }
  return {
    size: indexed.length,
    match(text, minSimilarity) {
      if (indexed.length === 0) return null;
      const query = shingles(text);
      if (query.size < MIN_SHINGLES) return null;
      const shared = new Map<number, number>();
      for (const hash of query) {
        for (const at of postings.get(hash) ?? []) shared.set(at, (shared.get(at) ?? 0) + 1);
      }
      let best: MemoryMatch | null = null;
      for (const [at, common] of shared) {
        const entry = indexed[at];
        if (!entry) continue;
        const jaccard = common / (entry.size + query.size - common);
        const contained = common / entry.size;
        const similarity = Math.max(jaccard, contained);
        if (similarity >= minSimilarity && (best === null || similarity > best.similarity)) best = { labelId: entry.labelId, similarity };
      }
      return best;
    },
  };
}

export const EMPTY_MEMORY: LabelMemory = buildLabelMemory([]);
