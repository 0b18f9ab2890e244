/**
 * One lexicon line: a weighted pattern that is evidence for one intent.
 * Patterns are written against normalised text (see src/triage/text/normalize.ts): lower case,
 * no diacritics (ü→u, ł→l, ñ→n, ß→ss), no apostrophes ("didn't" → "didnt"), single spaces,
 * order numbers → "ordnum", @handles → "handle". Each pattern starts at a word boundary and is
 * open at the end, so a stem ("beschadig") matches every inflection ("beschadigt", "beschadigte").
 */
import type { Intent } from '../../types';

/** [weight, pattern, negatable]: negatable patterns are ignored when negated ("not fake"). */
export type Line = readonly [number, string, boolean?];
export type LexiconSource = Partial<Record<Intent, readonly Line[]>>;

export interface LexiconEntry {
  intent: Intent;
  weight: number;
  re: RegExp;
  negatable: boolean;
}

export function compile(source: LexiconSource): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  for (const [intent, lines] of Object.entries(source) as Array<[Intent, readonly Line[]]>) {
    for (const [weight, pattern, negatable] of lines) {
      out.push({ intent, weight, re: new RegExp(`\\b(?:${pattern})`, 'g'), negatable: negatable === true });
    }
  }
  return out;
}
