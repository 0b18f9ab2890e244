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
// A leet character right after a letter and before another letter or digit ("k1ll", "d!e", "su1c1de").
const LEET_RE = /(?<=[a-z])[013457@$!]+(?=[a-z0-9])/g;
const HAS_LEET = /[a-z][013457@$!]+[a-z0-9]/;
const APOSTROPHE_RE = /([a-z])['\u2019\u00b4`]([a-z]*)/g;
const HAS_APOSTROPHE = /[a-z]['\u2019\u00b4`]/;
// Sentence ends are kept (the window logic reads them); every other symbol becomes a blank.
const KEPT = new Uint8Array(128);
for (const c of 'abcdefghijklmnopqrstuvwxyz0123456789.!?\n ') KEPT[c.charCodeAt(0)] = 1;

/** Every UTF-16 unit that is not a-z, 0-9, . ! ? line break or blank becomes a blank (the output is ASCII, built in one buffer). */
function blankSymbols(text: string): string {
  const n = text.length;
  const out = Buffer.allocUnsafe(n);
  for (let i = 0; i < n; i += 1) {
    const c = text.charCodeAt(i);
    out[i] = c < 128 && KEPT[c] === 1 ? c : 32;
  }
  return out.toString('latin1', 0, n);
}

export function crisisFold(text: string): string {
  return crisisFoldFrom(fastFold(text));
}

/** The same, from text already passed through fastFold (the repairs run only when needed). */
export function crisisFoldFrom(fastFolded: string): string {
  let text = fastFolded;
  if (HAS_LEET.test(text)) text = text.replace(LEET_RE, (m) => Array.from(m, (c) => LEET[c] ?? c).join(''));
  if (HAS_APOSTROPHE.test(text)) text = text.replace(APOSTROPHE_RE, (_m, a: string, rest: string) => `${a}${rest} `);
  return blankSymbols(text);
}
