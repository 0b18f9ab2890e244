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

/**
 * Shingles in more than this many flagged texts ("the o", "order") say nothing about which text a
 * ticket repeats and would make every lookup walk the whole memory: both sides ignore them.
 */
export function frequentCap(entries: number): number {
  return Math.max(32, Math.ceil(entries * 0.005));
}

export function buildLabelMemory(entries: readonly MemoryEntry[]): LabelMemory {
  const sets: Array<{ labelId: string; set: Set<number> }> = [];
  const postings = new Map<number, number[]>();
  for (const entry of entries) {
    const set = shingles(entry.text);
    if (set.size < MIN_SHINGLES) continue;
    const at = sets.length;
    sets.push({ labelId: entry.labelId, set });
    for (const hash of set) {
      const list = postings.get(hash);
      if (list) list.push(at);
      else postings.set(hash, [at]);
    }
  }
  const cap = frequentCap(sets.length);
  const frequent = new Set<number>();
  for (const [hash, list] of postings) {
    if (list.length <= cap) continue;
    frequent.add(hash);
    postings.delete(hash);
  }
  const indexed: Indexed[] = sets.map(({ labelId, set }) => {
    let size = 0;
    for (const hash of set) if (postings.has(hash)) size += 1;
    return { labelId, size };
  });
  return {
    size: indexed.length,
    match(text, minSimilarity) {
      if (indexed.length === 0) return null;
      const query = shingles(text);
      if (query.size < MIN_SHINGLES) return null;
      const shared = new Map<number, number>();
      let querySize = 0;
      for (const hash of query) {
        if (frequent.has(hash)) continue;
        querySize += 1;
        for (const at of postings.get(hash) ?? []) shared.set(at, (shared.get(at) ?? 0) + 1);
      }
      let best: MemoryMatch | null = null;
      for (const [at, common] of shared) {
        const entry = indexed[at];
        if (!entry || entry.size < MIN_SHINGLES) continue;
        const jaccard = common / (entry.size + querySize - common);
        const contained = common / entry.size;
        const similarity = Math.max(jaccard, contained);
        if (similarity >= minSimilarity && (best === null || similarity > best.similarity)) best = { labelId: entry.labelId, similarity };
      }
      return best;
    },
  };
}

export const EMPTY_MEMORY: LabelMemory = buildLabelMemory([]);
