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

const BOUNDARY_RE = /[.!?\n]+/g;

/** [start, end) of every sentence (runs of text between . ! ? and line breaks). */
export function sentenceSpans(folded: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  BOUNDARY_RE.lastIndex = 0;
  for (let m = BOUNDARY_RE.exec(folded); m !== null; m = BOUNDARY_RE.exec(folded)) {
    const end = m.index + m[0].length;
    if (folded.slice(start, m.index).trim() !== '') spans.push([start, end]);
    start = end;
  }
  if (folded.slice(start).trim() !== '') spans.push([start, folded.length]);
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

/** Merged windows around the danger hits: sentence ±1, at most MAX_REACH around the hit each way. */
export function crisisWindowsOf(folded: string, sentences: readonly Span[], hits: readonly CueHit[]): Span[] {
  if (hits.length === 0) return [];
  if (folded.length <= WHOLE_TICKET_CHARS) return [[0, folded.length]];
  const windows: Span[] = [];
  for (const hit of hits) {
    const i = sentenceOf(sentences, hit.start);
    const from = Math.max(sentences[Math.max(0, i - 1)]?.[0] ?? 0, hit.start - MAX_REACH);
    const to = Math.min(sentences[Math.min(sentences.length - 1, i + 1)]?.[1] ?? folded.length, hit.end + MAX_REACH);
    const last = windows[windows.length - 1];
    if (last !== undefined && from <= last[1] && Math.max(last[1], to) - last[0] <= MAX_WINDOW_CHARS) last[1] = Math.max(last[1], to);
    else if (last !== undefined && from <= last[1]) windows.push([last[1], Math.max(last[1], to)]);
    else windows.push([from, to]);
  }
  // Too many: keep the first and the last ones (the newest message of a thread is at the end).
  if (windows.length <= MAX_WINDOWS) return windows;
  return [...windows.slice(0, MAX_WINDOWS / 2), ...windows.slice(windows.length - MAX_WINDOWS / 2)];
}
