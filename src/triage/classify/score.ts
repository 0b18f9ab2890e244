/**
 * Raw evidence per intent: the sum of the weights of distinct lexicon patterns that match
 * (each pattern counts once, however often it occurs — repetition is emphasis, not new evidence).
 * Patterns of one intent that match at the same place count once, at the highest weight: a word
 * listed in several languages' lines ("chargeback", "replica") is one piece of evidence.
 * A negatable pattern only counts at an occurrence that is not negated.
 */
import { isNegated } from '../text/negation';
import type { Intent } from '../types';
import type { LexiconEntry } from './lexicon';

export type RawScores = Map<Intent, number>;

/** Where the pattern first matches at an occurrence that counts, or -1. */
function firstUsableMatch(entry: LexiconEntry, text: string): number {
  entry.re.lastIndex = 0;
  for (let m = entry.re.exec(text); m !== null; m = entry.re.exec(text)) {
    if (!entry.negatable || !isNegated(text, m.index)) return m.index;
    if (m[0].length === 0) entry.re.lastIndex += 1;
  }
  return -1;
}

export function scoreText(text: string, lexicon: readonly LexiconEntry[]): RawScores {
  // intent → match position → the highest weight of the patterns matching there
  const byPlace = new Map<Intent, Map<number, number>>();
  for (const entry of lexicon) {
    const at = firstUsableMatch(entry, text);
    if (at < 0) continue;
    let places = byPlace.get(entry.intent);
    if (places === undefined) {
      places = new Map();
      byPlace.set(entry.intent, places);
    }
    places.set(at, Math.max(places.get(at) ?? 0, entry.weight));
  }
  const scores: RawScores = new Map();
  for (const [intent, places] of byPlace) scores.set(intent, [...places.values()].reduce((a, b) => a + b, 0));
  return scores;
}
