/**
 * The model side of the crisis decision. It reads only windows of the ticket around gate words
 * (gate.ts), scores each window with the crisis model and flags when the best window reaches the
 * threshold. Evidence is the sentence of that window whose features weigh most towards crisis,
 * quoted as written, kind `distress`, with the window's language.
 */
import { detectLanguage } from '../text/language';
import { crisisResult } from './result';
import { normalizeText } from '../text/normalize';
import type { CrisisResult } from '../types';
import { fastFold } from './fast-fold';
import { gateSpans } from './gate';
import { idiomSpans } from './idioms';
import { crisisProbability, evidenceOf, type CrisisModel } from './model';

/**
 * Flag when P(crisis) of a window reaches this. Chosen on the leave-one-set-out table in
 * README.md (bench/crisis-eval.ts): recall first, precision ≥ 92 % overall.
 */
export const CRISIS_THRESHOLD = 0.55;
/** Context read on each side of a gate word: about one short ticket, the size the model was trained on. */
const MODEL_WINDOW = 300;
const MAX_EXCERPT = 160;

function modelWindows(folded: string): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  for (const [s, e] of gateSpans(folded)) {
    const start = Math.max(0, s - MODEL_WINDOW);
    const end = Math.min(folded.length, e + MODEL_WINDOW);
    const last = windows[windows.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  return windows;
}

/**
 * Normalised text with the known idioms blanked ("my wife will kill me", "me muero de la
 * vergüenza", titles): the patterns already know they are not crises, so the model must not
 * read their death words as evidence.
 */
export function modelText(piece: string): string {
  const text = normalizeText(piece).text;
  let out = text;
  for (const [s, e] of idiomSpans(text)) out = out.slice(0, s) + ' '.repeat(e - s) + out.slice(e);
  return out;
}

/** The sentence of `piece` with the largest summed crisis weight. */
function strongestSentence(model: CrisisModel, piece: string): string {
  let best = piece;
  let bestSum = -Infinity;
  for (const sentence of piece.match(/[^.!?\n]+[.!?]*/g) ?? []) {
    if (sentence.trim() === '') continue;
    const { sum } = evidenceOf(model, modelText(sentence));
    if (sum > bestSum) {
      bestSum = sum;
      best = sentence;
    }
  }
  const words = best.replace(/\s+/g, ' ').trim();
  return words.length > MAX_EXCERPT ? `${words.slice(0, MAX_EXCERPT - 1)}…` : words;
}

/** Best window probability, and the verdict when it reaches `threshold` (null otherwise). */
export function modelVerdict(bounded: string, model: CrisisModel, threshold: number = CRISIS_THRESHOLD): CrisisResult | null {
  let bestP = 0;
  let bestPiece = '';
  for (const [start, end] of modelWindows(fastFold(bounded))) {
    const piece = bounded.slice(start, end);
    const p = crisisProbability(model, modelText(piece));
    if (p > bestP) {
      bestP = p;
      bestPiece = piece;
    }
  }
  if (bestP < threshold) return null;
  const language = detectLanguage(normalizeText(bestPiece).text, bestPiece);
  return crisisResult('crisis', [{ excerpt: strongestSentence(model, bestPiece), kind: 'distress', category: 'suicidal_ideation', language, source: 'local' }], bestP);
}
