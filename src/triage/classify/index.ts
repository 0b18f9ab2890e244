/**
 * Multi-label intent classification: lexicon evidence (patterns, with precedence rules) blended
 * with a naive Bayes model trained on the shipped labelled tickets. Returns every intent with
 * evidence, a confidence 0..1 each, sorted by confidence, the primary first; `other` when
 * nothing fits.
 */
import { normalizeText } from '../text/normalize';
import type { Intent, IntentScore } from '../types';
import { posterior, type NaiveBayes } from './bayes/model';
import { getModel } from './bayes/training';
import { blendScores } from './blend';
import { applyBoundaries } from './boundaries';
import { LEXICON } from './lexicon';
import { addMinorContact } from './minor-contact';
import { adjustScores, MIN_EVIDENCE } from './precedence';
import { scoreText } from './score';

export interface IntentClassification {
  intent: Intent;
  intents: IntentScore[];
}

/** Evidence → confidence: one strong pattern (≈3) ≈ 0.78, two ≈ 0.95; never exactly 1. */
function toConfidence(evidence: number): number {
  return Math.round((1 - Math.exp(-evidence / 2)) * 1000) / 1000;
}

/** Model-only hints below this probability are not listed as secondary intents. */
const LIST_PROBABILITY = 0.25;

/** `model` defaults to the one trained on the shipped corpus; src/learning passes a retrained one. */
export function classifyIntents(text: string, subject?: string, model: NaiveBayes = getModel()): IntentClassification {
  return classifyIntentsWith(model, text, subject);
}

/** The same classification with a given statistical model (cross-validation trains its own per fold). */
export function classifyIntentsWith(model: NaiveBayes, text: string, subject?: string): IntentClassification {
  const body = typeof text === 'string' ? text : '';
  // Joined exactly as decide() joins them for detectCrisis, so both share one normalisation.
  const joined = typeof subject === 'string' && subject !== '' ? `${subject}\n${body}` : body;
  const normalized = normalizeText(joined).text;
  const lexicon = adjustScores(addMinorContact(scoreText(normalized, LEXICON), normalized), normalized);
  const probabilities = posterior(model, normalized);
  const blended = blendScores(lexicon, probabilities);
  // Boundary rules act on the blended scores: the model's vote for a neighbour is damped too.
  applyBoundaries(blended, lexicon, normalized);
  const listed = (name: Intent): boolean =>
    name !== 'other' && ((lexicon.get(name) ?? 0) > 0 || (probabilities.get(name) ?? 0) >= LIST_PROBABILITY);
  const ranked = [...blended].filter(([name]) => listed(name)).sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  if (top === undefined || top[1] < (blended.get('other') ?? MIN_EVIDENCE)) {
    const weak = ranked.map(([name, evidence]) => ({ name, confidence: Math.min(toConfidence(evidence), 0.5) }));
    return { intent: 'other', intents: [{ name: 'other', confidence: 0.6 }, ...weak] };
  }
  return { intent: top[0], intents: ranked.map(([name, evidence]) => ({ name, confidence: toConfidence(evidence) })) };
}
