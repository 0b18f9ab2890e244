/**
 * Crisis detection: is the writer, or someone they write about, possibly in danger?
 * Tuned for recall: one strong pattern in any of en/de/es/pl raises the flag; weak distress
 * phrases count only in pairs. Idioms overlapping a match, and a negation directly before a
 * negatable word ("not suicidal"), cancel that match only.
 */
import { isNegated } from '../text/negation';
import { normalizeText, type NormalizedText } from '../text/normalize';
import { originalRange } from '../text/mapped-text';
import type { CrisisEvidence, CrisisResult } from '../types';
import { idiomSpans } from './idioms';
import type { CrisisPattern } from './pattern';
import { DE_PATTERNS } from './patterns-de';
import { EN_PATTERNS } from './patterns-en';
import { ES_PATTERNS } from './patterns-es';
import { PL_PATTERNS } from './patterns-pl';

const PATTERNS: readonly CrisisPattern[] = [...EN_PATTERNS, ...DE_PATTERNS, ...ES_PATTERNS, ...PL_PATTERNS];
const MAX_EVIDENCE = 5;
const MAX_EXCERPT = 160;
const WEAK_NEEDED = 2;

interface Hit {
  pattern: CrisisPattern;
  start: number;
  end: number;
}

function overlaps(start: number, end: number, spans: Array<[number, number]>): boolean {
  return spans.some(([s, e]) => start < e && s < end);
}

/** Negation for crisis words looks only at the two words right before ("not suicidal"). */
function narrowlyNegated(text: string, index: number): boolean {
  const lastWords = text.slice(Math.max(0, index - 30), index).trim().split(' ').slice(-2).join(' ');
  return isNegated(lastWords + ' ', lastWords.length + 1);
}

function firstHit(pattern: CrisisPattern, text: string, idioms: Array<[number, number]>): Hit | null {
  pattern.re.lastIndex = 0;
  for (let m = pattern.re.exec(text); m !== null; m = pattern.re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].length === 0) pattern.re.lastIndex += 1;
    if (overlaps(start, end, idioms)) continue;
    if (pattern.negatable && narrowlyNegated(text, start)) continue;
    return { pattern, start, end };
  }
  return null;
}

function excerpt(normalized: NormalizedText, hit: Hit): string {
  const [from, to] = originalRange(normalized, hit.start, hit.end);
  const { original } = normalized;
  let a = from;
  let b = to;
  while (a > 0 && /\S/.test(original[a - 1] ?? '') && from - a < 20) a -= 1;
  while (b < original.length && /\S/.test(original[b] ?? '') && b - to < 20) b += 1;
  const words = original.slice(a, b).replace(/\s+/g, ' ').trim();
  return words.length > MAX_EXCERPT ? `${words.slice(0, MAX_EXCERPT - 1)}…` : words;
}

export function detectCrisis(text: string): CrisisResult {
  const normalized = normalizeText(text);
  const idioms = idiomSpans(normalized.text);
  const hits: Hit[] = [];
  for (const pattern of PATTERNS) {
    const hit = firstHit(pattern, normalized.text, idioms);
    if (hit !== null) hits.push(hit);
  }
  const strong = hits.filter((h) => h.pattern.strong);
  const weak = hits.filter((h) => !h.pattern.strong);
  const crisis = strong.length > 0 || weak.length >= WEAK_NEEDED;
  if (!crisis) return { crisis: false, evidence: [] };
  const ordered = [...strong, ...weak].sort((x, y) => x.start - y.start);
  const evidence: CrisisEvidence[] = ordered.slice(0, MAX_EVIDENCE).map((hit) => ({
    excerpt: excerpt(normalized, hit),
    kind: hit.pattern.kind,
    language: hit.pattern.language,
  }));
  return { crisis: true, evidence };
}
