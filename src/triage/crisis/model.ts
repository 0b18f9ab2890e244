/**
 * The statistical safety net behind the patterns: a two-class naive Bayes (crisis vs not) over
 * the same binarised features as the intent model (words, word bigrams, character 4-grams of the
 * normalised, diacritic-folded text — see ../classify/bayes/features.ts). The 4-grams carry
 * misspellings and inflections the patterns never listed. Each feature keeps one weight, its
 * log-likelihood ratio, so scoring and "which sentence weighed most" are sums. Deterministic.
 */
import { extractFeatures } from '../classify/bayes/features';

export interface CrisisExample {
  /** Normalised text (normalizeText(...).text). */
  text: string;
  crisis: boolean;
}

export interface CrisisModel {
  /** log P(feature | crisis) − log P(feature | not crisis), for every feature seen in training. */
  weights: Map<string, number>;
}

const ALPHA = 0.5;

export function trainCrisisModel(examples: readonly CrisisExample[]): CrisisModel {
  const counts = new Map<string, [number, number]>();
  const totals: [number, number] = [0, 0];
  for (const example of examples) {
    const c = example.crisis ? 0 : 1;
    for (const feature of extractFeatures(example.text)) {
      let row = counts.get(feature);
      if (row === undefined) {
        row = [0, 0];
        counts.set(feature, row);
      }
      row[c] += 1;
      totals[c] += 1;
    }
  }
  const v = counts.size;
  const weights = new Map<string, number>();
  for (const [feature, [yes, no]] of counts) {
    weights.set(feature, Math.log((yes + ALPHA) / (totals[0] + ALPHA * v)) - Math.log((no + ALPHA) / (totals[1] + ALPHA * v)));
  }
  return { weights };
}

/** Summed log-likelihood ratio of the known features and how many there were. */
export function evidenceOf(model: CrisisModel, normalized: string): { sum: number; known: number } {
  let sum = 0;
  let known = 0;
  for (const feature of extractFeatures(normalized)) {
    const w = model.weights.get(feature);
    if (w === undefined) continue;
    sum += w;
    known += 1;
  }
  return { sum, known };
}

/**
 * P(crisis) with uniform priors. The sum is tempered by 1/√known, as in the intent model: a word
 * and its own 4-grams are counted several times, which would otherwise make every answer certain.
 */
export function crisisProbability(model: CrisisModel, normalized: string): number {
  const { sum, known } = evidenceOf(model, normalized);
  if (known === 0) return 0;
  return 1 / (1 + Math.exp(-sum / Math.sqrt(known)));
}
