/**
 * Where the model reads: sentences of the folded ticket, and windows = the sentence holding a
 * danger cue with one neighbour on each side (the whole ticket when it is short). Windows are
 * capped in length and number so one pathological body (no punctuation, cues everywhere) costs
 * a bounded amount.
 */
import type { CueHit } from './cue-scan';

/** A ticket this short is read as one window. */
export const WHOLE_TICKET_CHARS = 600;
/** Characters read on each side of a cue when its sentence is longer than that. */
const MAX_REACH = 300;
export const MAX_WINDOWS = 10;
/** A window grows by merging neighbours only up to this length; beyond it a new window starts. */
export const MAX_WINDOW_CHARS = 1_200;

export type Span = [number, number];

/** Runs of sentence ends: . ! ? and line breaks. */
const BOUNDARIES = /[.!?\n]+/g;
const NON_BLANK = /\S/g;

/**
 * [start, end) of every sentence (runs of text between . ! ? and line breaks), found with
 * regular expressions: the regex engine's native scan skips the text between sentence ends
 * faster than a loop over characters does.
 */
export function sentenceSpans(folded: string): Span[] {
  const spans: Span[] = [];
  // The first non-blank at or after the last place looked from: each stretch is scanned once,
  // even where thousands of blank lines follow each other.
  let nextText = -1;
  const hasText = (from: number, to: number): boolean => {
    if (nextText < from) {
      NON_BLANK.lastIndex = from;
      nextText = NON_BLANK.exec(folded)?.index ?? folded.length;
    }
    return nextText < to;
  };
  let start = 0;
  BOUNDARIES.lastIndex = 0;
  for (let run = BOUNDARIES.exec(folded); run !== null; run = BOUNDARIES.exec(folded)) {
    const end = run.index + run[0].length;
    if (hasText(start, run.index)) spans.push([start, end]);
    start = end;
  }
  if (hasText(start, folded.length)) spans.push([start, folded.length]);
  return spans;
}

/** Index of the sentence containing position `at` (binary search). */
export function sentenceOf(sentences: readonly Span[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sentences[mid]?.[0] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

/** A hit's sentence with one neighbour each side, at most MAX_REACH around the hit each way. */
export function aroundHit(folded: string, sentences: readonly Span[], hit: CueHit): Span {
  const i = sentenceOf(sentences, hit.start);
  const from = Math.max(sentences[Math.max(0, i - 1)]?.[0] ?? 0, hit.start - MAX_REACH);
  const to = Math.min(sentences[Math.min(sentences.length - 1, i + 1)]?.[1] ?? folded.length, hit.end + MAX_REACH);
  return [from, to];
}

/** Merged windows around the danger hits: sentence ±1, at most MAX_REACH around the hit each way. */
export function crisisWindowsOf(folded: string, sentences: readonly Span[], hits: readonly CueHit[]): Span[] {
  if (hits.length === 0) return [];
  if (folded.length <= WHOLE_TICKET_CHARS) return [[0, folded.length]];
  const windows: Span[] = [];
  for (const hit of hits) {
    const [from, to] = aroundHit(folded, sentences, hit);
    const last = windows[windows.length - 1];
    if (last !== undefined && from <= last[1] && Math.max(last[1], to) - last[0] <= MAX_WINDOW_CHARS) last[1] = Math.max(last[1], to);
    else if (last !== undefined && from <= last[1]) windows.push([last[1], Math.max(last[1], to)]);
    else windows.push([from, to]);
  }
  // Too many: keep the first and the last ones (the newest message of a thread is at the end).
  if (windows.length <= MAX_WINDOWS) return windows;
  return [...windows.slice(0, MAX_WINDOWS / 2), ...windows.slice(windows.length - MAX_WINDOWS / 2)];
}

/**
 * One window per hit — its sentence and one neighbour each side, at most MAX_REACH around it —
 * never merged: the lexical gate's sentences carry no concept for the model to combine, and
 * merged they would thin out the words of the sentence that matters.
 */
export function sentenceWindowsOf(folded: string, sentences: readonly Span[], hits: readonly CueHit[]): Span[] {
  const windows: Span[] = [];
  for (const hit of hits) {
    const [from, to] = aroundHit(folded, sentences, hit);
    if (!windows.some(([a, b]) => a === from && b === to)) windows.push([from, to]);
  }
  return windows;
}
