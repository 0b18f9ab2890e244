/**
 * Character folding: lower case, diacritics removed (ą→a, ł→l, ü→u, ñ→n, ß→ss), punctuation
 * reduced to the few marks that matter for clause boundaries. Lexicon patterns are written
 * against this folded alphabet, so "Fälschung", "Falschung" and "FALSCHUNG" all match one pattern.
 */
import type { MappedText } from './mapped-text';

const SPECIAL: Record<string, string> = {
  ł: 'l', ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ı: 'i', '&': ' and ',
  '\u2019': '', '\u2018': '', "'": '', '`': '', '\u00b4': '',
};
// Kept as-is: letters, digits, clause punctuation, and marks the masking step still needs.
const KEEP = /[a-z0-9 .,;!?@#\-/:]/;

function foldUncached(ch: string): string {
  const lower = ch.toLowerCase();
  const special = SPECIAL[lower];
  if (special !== undefined) return special;
  const stripped = lower.normalize('NFKD').replace(/\p{M}/gu, '');
  let out = '';
  for (const c of stripped) out += KEEP.test(c) ? c : ' ';
  return out === '' ? ' ' : out;
}

// ASCII is folded through a table; other characters are folded once and remembered (bounded).
const ASCII: string[] = Array.from({ length: 128 }, (_, code) => foldUncached(String.fromCharCode(code)));
const CACHE = new Map<string, string>();

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return ASCII[code] ?? ' ';
  let folded = CACHE.get(ch);
  if (folded === undefined) {
    folded = foldUncached(ch);
    if (CACHE.size < 10_000) CACHE.set(ch, folded);
  }
  return folded;
}

export function foldText(original: string): MappedText {
  const parts: string[] = [];
  const map: number[] = [];
  let index = 0;
  for (const ch of original) {
    const folded = foldChar(ch);
    parts.push(folded);
    for (let i = 0; i < folded.length; i += 1) map.push(index);
    index += ch.length;
  }
  return { text: parts.join(''), map };
}
