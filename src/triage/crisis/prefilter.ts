/**
 * The cheap first stage. The input is bounded (head + tail, so the newest message at the end of
 * a long thread is read), folded without changing its length, and searched for the pattern
 * lexicon's anchor words (anchors.ts), misspelt/leetspeak crisis keywords (fuzzy.ts), the
 * model's danger cues (cues-danger.ts via cue-scan.ts) and the lexical gate's sentences
 * (lexical-gate.ts). The patterns read only windows around anchors, the model only windows around
 * danger cues and gate sentences, and detector.ts returns "no crisis" at once
 * when this says false — so `mayBeCrisis(text) === false` implies neither tier, by construction.
 */
import { ANCHOR_RE, ANCHOR_TEST_RE } from './anchors';
import { crisisFoldFrom } from './crisis-fold';
import { hasDangerCue } from './cue-scan';
import { fastFold } from './fast-fold';
import { fuzzyKeywordSpans, hasFuzzyKeyword } from './fuzzy';
import { lexicalHits, type LexicalGate } from './lexical-gate';
import { messageParts } from './message-parts';
import { getCrisisModel } from './model-training';
import { sentenceSpans } from './windows';

/** The first HEAD_CHARS and last TAIL_CHARS characters are read (20 000 in all). */
export const HEAD_CHARS = 15_999;
export const TAIL_CHARS = 4_000;
/** Characters of context read on each side of an anchor (patterns span at most ~150). */
export const WINDOW_CHARS = 120;

export function boundCrisisInput(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  if (raw.length <= HEAD_CHARS + TAIL_CHARS) return raw;
  return `${raw.slice(0, HEAD_CHARS)}\n${raw.slice(raw.length - TAIL_CHARS)}`;
}

/**
 * Could this text be a crisis? False means certainly not (the full detector would say no). Uses
 * the shipped model's lexical gate (trained or read from the cache on first call).
 */
export function mayBeCrisis(text: unknown): boolean {
  const gate = getCrisisModel().gate;
  // The detector reads each part of the message on its own (message-parts.ts), so the gate does too.
  return messageParts(boundCrisisInput(text)).some((part) => openGate(part, gate) !== null);
}

/**
 * The gate on already bounded text: its crisis-folded form when the gate opens (the detector
 * reads it on), null when it stays shut.
 */
export function openGate(bounded: string, gate?: LexicalGate): string | null {
  const folded = fastFold(bounded);
  if (hasLexiconAnchor(folded)) return crisisFoldFrom(folded);
  const crisisFolded = crisisFoldFrom(folded);
  if (hasDangerCue(crisisFolded)) return crisisFolded;
  return gate !== undefined && lexicalHits(crisisFolded, sentenceSpans(crisisFolded), gate).length > 0 ? crisisFolded : null;
}

/** The lexicon half of the gate, on fast-folded text: an anchor word or a misspelt crisis keyword. */
export function hasLexiconAnchor(fastFolded: string): boolean {
  return ANCHOR_TEST_RE.test(fastFolded) || hasFuzzyKeyword(fastFolded);
}

function anchorSpans(folded: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  ANCHOR_RE.lastIndex = 0;
  for (let m = ANCHOR_RE.exec(folded); m !== null; m = ANCHOR_RE.exec(folded)) {
    spans.push([m.index, m.index + m[0].length]);
    if (m[0].length === 0) ANCHOR_RE.lastIndex += 1;
  }
  return [...spans, ...fuzzyKeywordSpans(folded)].sort((x, y) => x[0] - y[0]);
}

/** Move a window edge outwards to whitespace so no word is cut in half. */
function snap(text: string, index: number, step: -1 | 1): number {
  let i = index;
  for (let n = 0; n < 30 && i > 0 && i < text.length && /\S/.test(text[i] ?? ''); n += 1) i += step;
  return Math.max(0, Math.min(text.length, i));
}

/** Merged [start, end) windows of the bounded text around every anchor (`folded` = fastFold(bounded), when the caller has it). */
export function crisisWindows(bounded: string, folded: string = fastFold(bounded)): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  for (const [s, e] of anchorSpans(folded)) {
    const start = snap(folded, Math.max(0, s - WINDOW_CHARS), -1);
    const end = snap(folded, Math.min(folded.length, e + WINDOW_CHARS), 1);
    const last = windows[windows.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  return windows;
}
