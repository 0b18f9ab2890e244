/**
 * Multinomial naive Bayes over binarised features (see features.ts), with uniform class priors
 * (the labelled set's class mix is not production's) and add-α smoothing. Training is a single
 * counting pass; prediction touches only the ticket's features. Deterministic.
 */
import { INTENTS, type Intent } from '../../types';
import { extractFeatures } from './features';

export interface TrainingExample {
  text: string; // already normalised
  intent: Intent;
}

export interface NaiveBayes {
  /** Per-class log P(feature | class) of every feature seen in training; unseen ones are ignored. */
  logLikelihood: Map<string, Float64Array>;
  classes: readonly Intent[];
}

const ALPHA = 0.3;

export function train(examples: readonly TrainingExample[]): NaiveBayes {
  const classes = INTENTS;
  const counts = new Map<string, Float64Array>();
  const totals = new Float64Array(classes.length);
  for (const example of examples) {
    const c = classes.indexOf(example.intent);
    for (const feature of extractFeatures(example.text)) {
      let row = counts.get(feature);
      if (row === undefined) {
        row = new Float64Array(classes.length);
        counts.set(feature, row);
      }
      row[c] = (row[c] ?? 0) + 1;
      totals[c] = (totals[c] ?? 0) + 1;
    }
  }
  const vocabulary = counts.size;
  const logLikelihood = new Map<string, Float64Array>();
  for (const [feature, row] of counts) {
    const ll = new Float64Array(classes.length);
    for (let c = 0; c < classes.length; c += 1) {
      ll[c] = Math.log(((row[c] ?? 0) + ALPHA) / ((totals[c] ?? 0) + ALPHA * vocabulary));
    }
    logLikelihood.set(feature, ll);
  }
  return { logLikelihood, classes };
}

/**
 * Class probabilities for a normalised text. The summed log-likelihood is divided by the
 * number of known features (a "temperature"): naive Bayes double-counts correlated features
 * (a word and its own 4-grams), which would otherwise make every answer look certain.
 */
export function posterior(model: NaiveBayes, normalized: string): Map<Intent, number> {
  const sums = new Float64Array(model.classes.length);
  let known = 0;
  for (const feature of extractFeatures(normalized)) {
    const ll = model.logLikelihood.get(feature);
    if (ll === undefined) continue;
    known += 1;
    for (let c = 0; c < sums.length; c += 1) sums[c] = (sums[c] ?? 0) + (ll[c] ?? 0);
  }
  const out = new Map<Intent, number>();
  if (known === 0) return out;
  const scale = 1 / Math.sqrt(known);
  let max = -Infinity;
  for (const s of sums) max = Math.max(max, s * scale);
  let z = 0;
  const exp = Array.from(sums, (s) => Math.exp(s * scale - max));
  for (const e of exp) z += e;
  model.classes.forEach((intent, c) => out.set(intent, (exp[c] ?? 0) / z));
  return out;
}
