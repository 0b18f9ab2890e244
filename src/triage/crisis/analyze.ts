/**
 * One pass over a ticket for the crisis model: fold, sentences, danger cues (the gate), and — only
 * when a danger cue is there — the windows around them and the context cues inside those windows.
 */
import { contextHits, dangerHits, type CueHit } from './cue-scan';
import { crisisFold } from './crisis-fold';
import { windowFeatures, type FeatureVector } from './features';
import { crisisWindowsOf, sentenceSpans, type Span } from './windows';

export interface Analysis {
  folded: string;
  sentences: Span[];
  danger: CueHit[];
  context: CueHit[];
  windows: Span[];
}

/** `folded` may be passed when the caller already has crisisFold(text), and `danger` when it has dangerHits(folded). */
export function analyze(text: string, folded: string = crisisFold(text), danger: CueHit[] = dangerHits(folded)): Analysis {
  if (danger.length === 0) return { folded, sentences: [], danger, context: [], windows: [] };
  const sentences = sentenceSpans(folded);
  const windows = crisisWindowsOf(folded, sentences, danger);
  const context: CueHit[] = [];
  for (const [from, to] of windows) context.push(...contextHits(folded, from, to));
  return { folded, sentences, danger, context, windows };
}

export function featuresOf(analysis: Analysis, window: Span): FeatureVector {
  return windowFeatures({ folded: analysis.folded, window, sentences: analysis.sentences, danger: analysis.danger, context: analysis.context });
}

/** Features of a whole labelled line, as the model is trained (one window: the line). */
export function lineFeatures(text: string): FeatureVector | null {
  const a = analyze(text);
  if (a.danger.length === 0) return null;
  const whole: Span = [0, a.folded.length];
  const context = contextHits(a.folded);
  return windowFeatures({ folded: a.folded, window: whole, sentences: a.sentences, danger: a.danger, context });
}
