/**
 * Hashed multinomial logistic regression: classes `none` + the nine taxonomy categories, one
 * weight per (feature bucket, class). Trained with AdaGrad and L2 over a fixed number of epochs in
 * a seeded, deterministic order, so the same examples always give the same weights.
 */
import { CRISIS_CATEGORIES, type CrisisCategory } from './taxonomy';
import type { LexicalGate } from './lexical-gate';
import { FEATURE_BITS, type FeatureVector } from './features';
// Jest runs modules in a vm context, where every global lookup in a hot loop is several times slower.
const { exp, floor, imul, max, sqrt } = Math;

export const CLASSES = ['none', ...CRISIS_CATEGORIES] as const;
export type CrisisClass = (typeof CLASSES)[number];
export const K = CLASSES.length;
/** sumWeights unrolls the classes: a new category must fail to compile here until it is unrolled too. */
const UNROLLED_CLASSES: 10 = K;
void UNROLLED_CLASSES;
export const BUCKETS = 1 << FEATURE_BITS;

export interface CrisisModel {
  /** weights[bucket * K + class] */
  weights: Float32Array;
  bias: Float32Array;
  /** The statistical gate trained with it (lexical-gate.ts); without one only the cue lists open the gate. */
  gate?: LexicalGate;
}

export interface TrainingExample {
  features: FeatureVector;
  label: CrisisClass;
  /** Relative weight of the example (hard negatives and rare classes may count more). */
  weight: number;
}

export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** Models averaged by trainAveraged, each trained in its own order. */
  runs: number;
}

export const DEFAULT_TRAINING: TrainingOptions = { epochs: 6, learningRate: 0.3, l2: 1e-4, seed: 20261206, runs: 3 };

/** mulberry32: a small seeded PRNG for the example order. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i -= 1) {
    const j = floor(random() * (i + 1));
    const t = order[i] ?? 0;
    order[i] = order[j] ?? 0;
    order[j] = t;
  }
  return order;
}

/**
 * out[k] = bias[k] + Σ weights[index·K + k]·value, the hot loop of every window. The ten classes
 * are summed in locals rather than in `out`: a load and a store per class and feature less, in the
 * same order of additions, so the sums are bit for bit those of the plain loop.
 */
function sumWeights({ weights, bias }: CrisisModel, { index, value }: FeatureVector, out: Float64Array): void {
  let s0 = bias[0] ?? 0, s1 = bias[1] ?? 0, s2 = bias[2] ?? 0, s3 = bias[3] ?? 0, s4 = bias[4] ?? 0;
  let s5 = bias[5] ?? 0, s6 = bias[6] ?? 0, s7 = bias[7] ?? 0, s8 = bias[8] ?? 0, s9 = bias[9] ?? 0;
  for (let j = 0; j < index.length; j += 1) {
    const b = (index[j] ?? 0) * K;
    const v = value[j] ?? 0;
    s0 += (weights[b] ?? 0) * v;
    s1 += (weights[b + 1] ?? 0) * v;
    s2 += (weights[b + 2] ?? 0) * v;
    s3 += (weights[b + 3] ?? 0) * v;
    s4 += (weights[b + 4] ?? 0) * v;
    s5 += (weights[b + 5] ?? 0) * v;
    s6 += (weights[b + 6] ?? 0) * v;
    s7 += (weights[b + 7] ?? 0) * v;
    s8 += (weights[b + 8] ?? 0) * v;
    s9 += (weights[b + 9] ?? 0) * v;
  }
  out[0] = s0; out[1] = s1; out[2] = s2; out[3] = s3; out[4] = s4;
  out[5] = s5; out[6] = s6; out[7] = s7; out[8] = s8; out[9] = s9;
}

/** Class probabilities of one feature vector (softmax of the summed weights). */
export function predict(model: CrisisModel, features: FeatureVector, out: Float64Array = new Float64Array(K)): Float64Array {
  sumWeights(model, features, out);
  let largest = -Infinity;
  for (let k = 0; k < K; k += 1) largest = max(largest, out[k] ?? 0);
  let sum = 0;
  for (let k = 0; k < K; k += 1) {
    const e = exp((out[k] ?? 0) - largest);
    out[k] = e;
    sum += e;
  }
  for (let k = 0; k < K; k += 1) out[k] = (out[k] ?? 0) / sum;
  return out;
}

export function trainModel(examples: readonly TrainingExample[], options: TrainingOptions = DEFAULT_TRAINING): CrisisModel {
  const weights = new Float32Array(BUCKETS * K);
  const bias = new Float32Array(K);
  const g2 = new Float32Array(BUCKETS * K);
  const g2bias = new Float64Array(K);
  const model: CrisisModel = { weights, bias };
  const random = prng(options.seed);
  const p = new Float64Array(K);
  const { learningRate: lr, l2 } = options;
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    for (const index of shuffled(examples.length, random)) {
      const example = examples[index];
      if (example === undefined) continue;
      predict(model, example.features, p);
      const target = CLASSES.indexOf(example.label);
      for (let k = 0; k < K; k += 1) {
        const grad = ((p[k] ?? 0) - (k === target ? 1 : 0)) * example.weight;
        g2bias[k] = (g2bias[k] ?? 0) + grad * grad;
        bias[k] = (bias[k] ?? 0) - (lr * grad) / (sqrt(g2bias[k] ?? 0) + 1e-8);
        const { index: features, value: values } = example.features;
        for (let j = 0; j < features.length; j += 1) {
          const i = (features[j] ?? 0) * K + k;
          const w = weights[i] ?? 0;
          const g = grad * (values[j] ?? 0) + l2 * w;
          if (g === 0) continue;
          g2[i] = (g2[i] ?? 0) + g * g;
          weights[i] = w - (lr * g) / (sqrt(g2[i] ?? 0) + 1e-8);
        }
      }
    }
  }
  return model;
}

/**
 * Models trained on the same examples in different orders (seeds `seed`, `seed + 1`, …) disagree
 * on new text more than their training figures suggest: one changed cue moved fifty tuning tickets
 * across a tier. Their averaged weights (for a linear model, their averaged log-odds) keep what
 * the orders agree on — cross-validated: review flags on safe lines 10.2 → 9.7 %, crisis
 * precision 92.4 → 93.2 %, recall 94.6 → 94.9 %. Costs training time only, not prediction time.
 */
export function trainAveraged(examples: readonly TrainingExample[], options: TrainingOptions = DEFAULT_TRAINING): CrisisModel {
  const weights = new Float32Array(BUCKETS * K);
  const bias = new Float32Array(K);
  for (let run = 0; run < options.runs; run += 1) {
    const model = trainModel(examples, { ...options, seed: options.seed + run });
    for (let i = 0; i < weights.length; i += 1) weights[i] = (weights[i] ?? 0) + (model.weights[i] ?? 0) / options.runs;
    for (let k = 0; k < K; k += 1) bias[k] = (bias[k] ?? 0) + (model.bias[k] ?? 0) / options.runs;
  }
  return { weights, bias };
}

export function isCategory(c: CrisisClass): c is CrisisCategory {
  return c !== 'none';
}
