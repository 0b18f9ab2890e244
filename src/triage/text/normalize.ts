/**
 * Turns raw ticket text into the form every lexicon pattern is written against:
 * folded (see fold.ts), order numbers / handles / links / emails masked so their letters never
 * match a word, stretched letters collapsed ("soooo" → "soo"), whitespace collapsed and key
 * words typo-corrected. Input is bounded so that huge or binary bodies stay cheap.
 */
import { foldText } from './fold';
import { mapReplace, type MappedText } from './mapped-text';
import { correctToken } from './typos';

/** Longer tickets are cut: the first 20k characters always contain what the customer is asking. */
export const MAX_INPUT_CHARS = 20_000;

// One pass masks links, @handles/emails (an email's domain is a handle) and order numbers so
// their letters never match a word, drops leftover symbols and collapses stretched letters.
const MASK_RE = /(https?:\/\/\S+|www\.\S+)|(@[a-z0-9_.]+)|(#?\b[a-z]{1,4}-?\d{5,}\b|#\d{3,})|([@#\-/:]+)|([a-z])\5{2,}/g;
// A second pass collapses whitespace and corrects misspelt keywords.
const TIDY_RE = /\s{2,}|[a-z]{5,}/g;

function mask(m: RegExpExecArray): string {
  if (m[1] !== undefined) return ' url ';
  if (m[2] !== undefined) return ' handle ';
  if (m[3] !== undefined) return ' ordnum ';
  if (m[4] !== undefined) return ' ';
  return (m[5] ?? '').repeat(2);
}

function tidy(m: RegExpExecArray): string {
  const token = m[0];
  if (token.charCodeAt(0) <= 32) return ' ';
  return correctToken(token) ?? token;
}

export interface NormalizedText extends MappedText {
  /** The (length-bounded) original the map points into. */
  original: string;
}

export function boundInput(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  // (Control characters are folded to spaces by fold.ts, like every other non-letter.)
  return raw.slice(0, MAX_INPUT_CHARS);
}

// The classifier and the crisis detector normalise the same ticket back to back: remember one.
let last: NormalizedText | null = null;

export function normalizeText(raw: unknown): NormalizedText {
  const original = boundInput(raw);
  if (last !== null && last.original === original) return last;
  last = normalize(original);
  return last;
}

function normalize(original: string): NormalizedText {
  let mt = foldText(original);
  mt = mapReplace(mt, MASK_RE, mask);
  mt = mapReplace(mt, TIDY_RE, tidy);
  // Pad with one space each side so patterns can rely on a word boundary at both ends.
  const lead = mt.text.length - mt.text.trimStart().length;
  const body = mt.text.trim();
  const map = mt.map.slice(lead, lead + body.length);
  return { text: ` ${body} `, map: [map[0] ?? 0, ...map, map[map.length - 1] ?? 0], original };
}
