/**
 * Crisis detection: is the writer, or someone they write about, possibly in danger?
 * Two stages (see prefilter.ts): anchor words pick windows of the ticket; only those windows
 * are normalised and read by the patterns. Tuned for recall: one strong pattern in any of
 * en/de/es/pl raises the flag; weak distress phrases count only in pairs (across windows).
 * Idioms overlapping a match, and a negation right before a negatable word ("not suicidal"),
 * cancel that match only.
 */
import { isNegated } from '../text/negation';
import { normalizeText, type NormalizedText } from '../text/normalize';
import { mapReplace, originalRange, type MappedText } from '../text/mapped-text';
import type { CrisisEvidence, CrisisResult } from '../types';
import { crisisKeyword } from './fuzzy';
import { crisisResult, NO_CRISIS } from './result';
import { categoryOfKind } from './taxonomy';
import { idiomSpans } from './idioms';
import type { CrisisPattern } from './pattern';
import { ALL_PATTERNS } from './patterns';
import { boundCrisisInput, crisisWindows } from './prefilter';

const MAX_EVIDENCE = 5;
const MAX_EXCERPT = 160;
const WEAK_NEEDED = 2;
const WHOLE_TEXT_SHARE = 0.6;

interface Hit {
  pattern: CrisisPattern;
  /** Position in the bounded ticket, to order evidence. */
  at: number;
  end: number;
  excerpt: string;
}

function overlaps(start: number, end: number, spans: Array<[number, number]>): boolean {
  return spans.some(([s, e]) => start < e && s < end);
}

/** Negation for crisis words looks only at the two words right before ("not suicidal"). */
function narrowlyNegated(text: string, index: number): boolean {
  const lastWords = text.slice(Math.max(0, index - 30), index).trim().split(' ').slice(-2).join(' ');
  return isNegated(lastWords + ' ', lastWords.length + 1);
}

function firstMatch(pattern: CrisisPattern, text: string, idioms: Array<[number, number]>): [number, number] | null {
  pattern.re.lastIndex = 0;
  for (let m = pattern.re.exec(text); m !== null; m = pattern.re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].length === 0) pattern.re.lastIndex += 1;
    if (overlaps(start, end, idioms)) continue;
    if (pattern.negatable && narrowlyNegated(text, start)) continue;
    return [start, end];
  }
  return null;
}

function excerpt(normalized: NormalizedText, mapped: MappedText, start: number, end: number): string {
  const [from, to] = originalRange(mapped, start, end);
  const { original } = normalized;
  let a = from;
  let b = to;
  while (a > 0 && /\S/.test(original[a - 1] ?? '') && from - a < 20) a -= 1;
  while (b < original.length && /\S/.test(original[b] ?? '') && b - to < 20) b += 1;
  const words = original.slice(a, b).replace(/\s+/g, ' ').trim();
  return words.length > MAX_EXCERPT ? `${words.slice(0, MAX_EXCERPT - 1)}…` : words;
}

/** Misspelt and leetspeak crisis words become the word the patterns are written for. */
function canonicalise(normalized: NormalizedText): MappedText {
  return mapReplace(normalized, /[a-z0-9]+/g, (m) => crisisKeyword(m[0]) ?? m[0]);
}

/** Run every pattern not yet matched over one piece of the ticket (offset = its position). */
function scan(piece: string, offset: number, hits: Map<CrisisPattern, Hit>): void {
  const normalized = normalizeText(piece);
  const mapped = canonicalise(normalized);
  const idioms = idiomSpans(mapped.text);
  for (const pattern of ALL_PATTERNS) {
    if (hits.has(pattern)) continue;
    const match = firstMatch(pattern, mapped.text, idioms);
    if (match === null) continue;
    const [from, to] = originalRange(mapped, match[0], match[1]);
    hits.set(pattern, { pattern, at: offset + from, end: offset + to, excerpt: excerpt(normalized, mapped, match[0], match[1]) });
  }
}

/** Weak phrases that overlap ("ya no puedo más" / "no puedo más") count as one signal. */
function distinctSpans(hits: Hit[]): Hit[] {
  const kept: Hit[] = [];
  for (const hit of [...hits].sort((x, y) => x.at - y.at)) {
    if (!kept.some((k) => hit.at < k.end && k.at < hit.end)) kept.push(hit);
  }
  return kept;
}

function verdict(hits: Map<CrisisPattern, Hit>): CrisisResult {
  const all = [...hits.values()];
  const strong = all.filter((h) => h.pattern.strong);
  const weak = distinctSpans(all.filter((h) => !h.pattern.strong));
  if (strong.length === 0 && weak.length < WEAK_NEEDED) return NO_CRISIS;
  const seen = new Set<string>();
  const evidence: CrisisEvidence[] = [];
  for (const hit of [...strong, ...weak].sort((x, y) => x.at - y.at)) {
    const key = `${hit.excerpt}|${hit.pattern.kind}`;
    if (seen.has(key) || evidence.length >= MAX_EVIDENCE) continue;
    seen.add(key);
    evidence.push({ excerpt: hit.excerpt, kind: hit.pattern.kind, category: categoryOfKind(hit.pattern.kind), language: hit.pattern.language, source: 'local' });
  }
  return crisisResult('crisis', evidence, 1);
}

/** Patterns alone (see combined.ts for the full decision with the model). */
export function detectCrisisPatterns(text: string, fastFolded?: string): CrisisResult {
  const bounded = boundCrisisInput(text);
  // fastFolded is fastFold(text) when the caller has it (valid only when text needed no bounding).
  const windows = fastFolded !== undefined && bounded === text ? crisisWindows(bounded, fastFolded) : crisisWindows(bounded);
  if (windows.length === 0) return NO_CRISIS;
  const hits = new Map<CrisisPattern, Hit>();
  const covered = windows.reduce((n, [start, end]) => n + end - start, 0);
  // Anchors all over the text (long, idiom-heavy tickets): one pass over the whole is cheaper.
  if (covered > WHOLE_TEXT_SHARE * bounded.length) scan(bounded, 0, hits);
  else for (const [start, end] of windows) scan(bounded.slice(start, end), start, hits);
  return verdict(hits);
}

/**
 * The same patterns over the whole (bounded) ticket, without the anchor windows. Slower; kept
 * as the reference the windowed detector is tested against (it must never flag less).
 */
export function detectCrisisWholeText(text: string): CrisisResult {
  const hits = new Map<CrisisPattern, Hit>();
  scan(boundCrisisInput(text), 0, hits);
  return verdict(hits);
}
