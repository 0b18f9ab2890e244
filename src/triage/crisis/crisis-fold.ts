/**
 * The crisis detector's text form: fastFold (lower case, diacritics removed, one character per
 * UTF-16 unit) plus two length-preserving repairs, so a position in the folded text is the same
 * position in the original and evidence can quote the customer's own words:
 *   - leetspeak inside words ("k1ll", "su1c1de", "d!e") becomes letters;
 *   - an apostrophe inside a word moves to the word's end as a blank ("can't" → "cant "), so cue
 *     lists are written once, without apostrophes ("cant go on", "j ai peur").
 * Every other character that is not a letter or digit becomes a blank.
 */
import { fastFold } from './fast-fold';

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };
// A leet run before a letter or digit; it is read as letters only right after a letter ("k1ll",
// "d!e", "su1c1de"). The letter before is checked in the replacer rather than by a lookbehind:
// the regex engine then only stops at leet characters, not at every letter.
const LEET_RE = /[013457@$!]+(?=[a-z0-9])/g;
const HAS_LEET = /[a-z][013457@$!]+[a-z0-9]/;
const APOSTROPHE_RE = /([a-z])['\u2019\u00b4`]([a-z]*)/g;
const HAS_APOSTROPHE = /[a-z]['\u2019\u00b4`]/;
// Sentence ends are kept (the window logic reads them); every other symbol becomes a blank, one
// blank per UTF-16 unit (no u flag) so positions stay those of the original.
const SYMBOL_RE = /[^a-z0-9.!?\n ]/g;

const isLetter = (c: number): boolean => c >= 97 && c <= 122;
const unleet = (run: string, at: number, text: string): string => (isLetter(text.charCodeAt(at - 1)) ? Array.from(run, (c) => LEET[c] ?? c).join('') : run);

export function crisisFold(text: string): string {
  return crisisFoldFrom(fastFold(text));
}

/** The same, from text already passed through fastFold (the repairs run only when needed). */
export function crisisFoldFrom(fastFolded: string): string {
  let text = fastFolded;
  if (HAS_LEET.test(text)) text = text.replace(LEET_RE, unleet);
  if (HAS_APOSTROPHE.test(text)) text = text.replace(APOSTROPHE_RE, (_m, a: string, rest: string) => `${a}${rest} `);
  return text.replace(SYMBOL_RE, ' ');
}
