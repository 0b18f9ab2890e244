/**
 * Raw evidence per intent: the sum of the weights of distinct lexicon patterns that match
 * (each pattern counts once, however often it occurs — repetition is emphasis, not new evidence).
 * A negatable pattern only counts at an occurrence that is not negated.
 */
import { isNegated } from '../text/negation';
import type { Intent } from '../types';
import type { LexiconEntry } from './lexicon';

export type RawScores = Map<Intent, number>;

function firstUsableMatch(entry: LexiconEntry, text: string): boolean {
  entry.re.lastIndex = 0;
  for (let m = entry.re.exec(text); m !== null; m = entry.re.exec(text)) {
    if (!entry.negatable || !isNegated(text, m.index)) return true;
    if (m[0].length === 0) entry.re.lastIndex += 1;
  }
  return false;
}

export function scoreText(text: string, lexicon: readonly LexiconEntry[]): RawScores {
  const scores: RawScores = new Map();
  for (const entry of lexicon) {
    if (firstUsableMatch(entry, text)) scores.set(entry.intent, (scores.get(entry.intent) ?? 0) + entry.weight);
  }
  return scores;
}
