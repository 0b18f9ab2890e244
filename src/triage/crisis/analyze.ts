/**
 * One pass over a ticket for the crisis model: fold, sentences, danger cues and the lexical gate's
 * sentences, and — only when the gate opened somewhere — the windows around those places and the
 * context cues inside them.
 */
import { contextHits, dangerHits, type CueHit } from './cue-scan';
import { crisisFold } from './crisis-fold';
import { windowFeatures, type FeatureVector } from './features';
import { lexicalHits, type LexicalGate } from './lexical-gate';
import { crisisWindowsOf, sentenceSpans, sentenceWindowsOf, WHOLE_TICKET_CHARS, type Span } from './windows';

/**
 * Windows the lexical gate's sentences get on a long ticket: the two most telling. More let
 * boilerplate (sign-offs, quoted support replies) in: on tickets dressed as emails, four windows
 * flagged a fifth of safe tickets for review, two flag one in twenty.
 */
export const MAX_LEXICAL_WINDOWS = 2;

/**
 * Danger hits that also get a window of their own (their sentence ±1) beside the merged windows:
 * merged, a threat or a disclosure is read with the whole complaint around it, and the words of
 * an ordinary dispute ("threatened to open a chargeback") can outweigh it.
 */
export const MAX_HIT_WINDOWS = 4;
/**
 * …only where the cues gave at most this many merged windows: a long thread with cues everywhere
 * already reads each in its own small window, and the extra windows cost it a third more time.
 */
const MAX_MERGED_FOR_OWN = 2;

export interface Analysis {
  folded: string;
  sentences: Span[];
  danger: CueHit[];
  context: CueHit[];
  windows: Span[];
}

/** What a caller may already have, and how the ticket is read. */
export interface AnalyzeOptions {
  /** crisisFold(text). */
  folded?: string;
  /** dangerHits(folded), or other hits to read around (the lexicon's anchors). */
  danger?: CueHit[];
  /** sentenceSpans(folded). */
  sentences?: Span[];
  /**
   * With a gate, the sentences it opens on outside the cue windows get windows of their own: a
   * benign cue in the greeting must not hide a disclosure further down. (Merged into the cue
   * windows instead, they would thin out the words of the sentence that matters.)
   */
  gate?: LexicalGate;
  /** The hits' own windows and the most telling sentence's (read in service, not trained on). Default true. */
  hitWindows?: boolean;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const folded = options.folded ?? crisisFold(text);
  const danger = options.danger ?? dangerHits(folded);
  const sentences = options.sentences ?? sentenceSpans(folded);
  const { gate, hitWindows = true } = options;
  const cueWindows = danger.length === 0 ? [] : crisisWindowsOf(folded, sentences, danger);
  const outside = (h: CueHit): boolean => !cueWindows.some(([from, to]) => h.start >= from && h.start < to);
  const gated = gate === undefined ? [] : lexicalHits(folded, sentences, gate);
  const lexical = gated.filter(outside);
  if (danger.length === 0 && lexical.length === 0) return { folded, sentences, danger, context: [], windows: [] };
  const lexicalWindows = folded.length <= WHOLE_TICKET_CHARS ? crisisWindowsOf(folded, sentences, lexical) : sentenceWindowsOf(folded, sentences, lexical.slice(0, MAX_LEXICAL_WINDOWS));
  const own = hitWindows && cueWindows.length <= MAX_MERGED_FOR_OWN ? ownWindows(folded, sentences, danger, cueWindows) : [];
  const telling = hitWindows && folded.length <= WHOLE_TICKET_CHARS ? tellingWindows(folded, sentences, gated.filter((h) => !outside(h)), cueWindows) : [];
  const windows = [...cueWindows, ...own, ...telling, ...lexicalWindows];
  const context: CueHit[] = [];
  for (const [from, to] of windows) context.push(...contextHits(folded, from, to));
  const hits = lexical.length === 0 ? danger : [...danger, ...lexical].sort((a, b) => a.start - b.start);
  return { folded, sentences, danger: hits, context, windows };
}

/**
 * A short ticket is read whole. Where the lexical gate's most telling sentence lies inside that
 * whole window, it is also read on its own (sentence ±1): in a chargeback complaint, "drop the
 * dispute or I'll come cut you" is one sentence among the complaint's, and read whole the
 * complaint's words outweighed it (P = 0.002). Read, not trained on, like the hits' own windows.
 */
function tellingWindows(folded: string, sentences: readonly Span[], inside: readonly CueHit[], merged: readonly Span[]): Span[] {
  return sentenceWindowsOf(folded, sentences, inside).filter(notAmong(merged));
}

export function ownWindows(folded: string, sentences: readonly Span[], danger: readonly CueHit[], merged: readonly Span[]): Span[] {
  if (danger.length < 2) return [];
  return sentenceWindowsOf(folded, sentences, danger.slice(0, MAX_HIT_WINDOWS)).filter(notAmong(merged));
}

/** A window the merged windows do not already hold exactly (read twice, it would add nothing). */
function notAmong(merged: readonly Span[]): (window: Span) => boolean {
  return ([from, to]) => !merged.some(([a, b]) => a === from && b === to);
}

export function featuresOf(analysis: Analysis, window: Span): FeatureVector {
  return windowFeatures({ folded: analysis.folded, window, sentences: analysis.sentences, danger: analysis.danger, context: analysis.context });
}

/**
 * Features of a whole labelled line, as the model is trained (one window: the line), or null when
 * the model would not read it: no danger cue and `gateOpens` false.
 */
export function lineFeatures(text: string, gateOpens = false): FeatureVector | null {
  const folded = crisisFold(text);
  const danger = dangerHits(folded);
  if (danger.length === 0 && !gateOpens) return null;
  return windowFeatures({ folded, window: [0, folded.length], sentences: sentenceSpans(folded), danger, context: contextHits(folded) });
}

/**
 * Features of every window the detector reads on a long ticket (longer than WHOLE_TICKET_CHARS:
 * shorter ones are read whole, as lineFeatures gives them). Used to train on a safe ticket's
 * windows as served — a sign-off or a quoted support reply is read on its own in service, and the
 * model must have seen such windows as safe, not only whole safe tickets.
 */
export function servedWindowFeatures(text: string, gate: LexicalGate): FeatureVector[] {
  const folded = crisisFold(text);
  if (folded.length <= WHOLE_TICKET_CHARS) return [];
  // Without the hits' own windows: trained on as safe, they raised review flags on the tuning
  // batches (5.6 % of safe tickets instead of 4.7 %) and on tickets dressed as emails.
  const analysis = analyze(text, { folded, gate, hitWindows: false });
  return analysis.windows.map((window) => featuresOf(analysis, window));
}
