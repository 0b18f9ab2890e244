/**
 * The statistical half of the gate. Cue lists miss wording nobody listed ("he's going to hang
 * himself", "ich komm mit meiner Knarre vorbei"), and a ticket the gate lets pass is never read by
 * the model. So besides the cues, every sentence is scored by a small linear model over its words
 * (the same hashed unigrams, bigrams and stems the main model reads), trained on the corpus to
 * tell lines with a person in danger from all others. A sentence whose neighbourhood scores above
 * the threshold opens the gate there, like a danger cue would; the threshold is chosen by
 * cross-validation so that nearly every person in danger in the corpus opens it (RECALL_TARGET),
 * whatever else opens it too — the main model decides after.
 */
import type { CueHit } from './cue-scan';
import { addWords, FEATURE_BITS, firstIn, freshStamp, wordFeatures } from './features';
import { WHOLE_TICKET_CHARS, type Span } from './windows';
// Jest runs modules in a vm context, where every global lookup in a hot loop is several times slower.
const { exp, floor, fround, max, min, sqrt } = Math;

export const GATE_BUCKETS = 1 << FEATURE_BITS;

export interface LexicalGate {
  weights: Float32Array;
  bias: number;
  threshold: number;
}

export interface GateExample {
  words: readonly number[];
  danger: boolean;
}

/** Share of the corpus' people in danger the gate must let through, measured out of fold. */
const RECALL_TARGET = 0.985;
const FOLDS = 5;
const EPOCHS = 5;
const LEARNING_RATE = 0.2;
const L2 = 1e-5;
const MAX_POSITIVE_WEIGHT = 4;
/** Log-odds the words of a window must add to the bias before it opens. */
const MIN_EVIDENCE = 0.5;

/**
 * The hit an opened sentence gets. It names no concept: it only places a window. Were it a feature,
 * the main model would learn from lines the gate saw in training, where it opens too easily, and
 * trust it too much on new text.
 */
export const LEXICAL_CUE = 'lexical';

export function gateWords(text: string): number[] {
  const out = new Set<number>();
  addWords(text, out);
  return [...out];
}

function score(weights: Float32Array, bias: number, words: readonly number[]): number {
  let sum = bias;
  for (const h of words) sum += weights[h] ?? 0;
  return sum;
}

/** Binary logistic regression (AdaGrad), positives weighted up to balance the classes. */
function fit(examples: readonly GateExample[]): { weights: Float32Array; bias: number } {
  const weights = new Float32Array(GATE_BUCKETS);
  const g2 = new Float32Array(GATE_BUCKETS);
  let bias = 0;
  let g2bias = 0;
  const positives = examples.filter((e) => e.danger).length;
  const positiveWeight = min(MAX_POSITIVE_WEIGHT, max(1, (examples.length - positives) / max(1, positives)));
  for (let epoch = 0; epoch < EPOCHS; epoch += 1) {
    // A fixed stride through the examples: deterministic, and classes stay interleaved.
    for (let step = 0, i = epoch % examples.length; step < examples.length; step += 1, i = (i + 7919) % examples.length) {
      const example = examples[i];
      if (example === undefined) continue;
      const p = 1 / (1 + exp(-score(weights, bias, example.words)));
      const grad = (p - (example.danger ? 1 : 0)) * (example.danger ? positiveWeight : 1);
      g2bias += grad * grad;
      bias -= (LEARNING_RATE * grad) / (sqrt(g2bias) + 1e-8);
      for (const h of example.words) {
        const w = weights[h] ?? 0;
        const g = grad + L2 * w;
        g2[h] = (g2[h] ?? 0) + g * g;
        weights[h] = w - (LEARNING_RATE * g) / (sqrt(g2[h] ?? 0) + 1e-8);
      }
    }
  }
  return { weights, bias };
}

export interface TrainedGate {
  gate: LexicalGate;
  /** Per example: would a gate that never saw it open on it? (What the main model may learn from.) */
  opensOutOfFold: boolean[];
  /** Per example: a gate that never saw it — where, sentence by sentence, the gate would open on it as new text. */
  unseenGate: (example: number) => LexicalGate;
}

/** Trains the gate and sets its threshold at RECALL_TARGET of the out-of-fold scores of the danger lines. */
export function trainLexicalGate(examples: readonly GateExample[]): TrainedGate {
  const outOfFold = new Float64Array(examples.length);
  const foldModels: Array<{ weights: Float32Array; bias: number }> = [];
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const model = fit(examples.filter((_, i) => i % FOLDS !== fold));
    foldModels.push(model);
    examples.forEach((e, i) => {
      if (i % FOLDS === fold) outOfFold[i] = score(model.weights, model.bias, e.words);
    });
  }
  const dangerScores = examples.flatMap((e, i) => (e.danger ? [outOfFold[i] ?? 0] : [])).sort((a, b) => a - b);
  const { weights, bias } = fit(examples);
  // The words must argue for danger (MIN_EVIDENCE above the bias): else "Hi, thanks!" — nothing
  // either way — would open it. Stored as float32 in the model cache: a cached gate must decide
  // exactly as a fresh one.
  const quantile = dangerScores[floor((1 - RECALL_TARGET) * dangerScores.length)] ?? 0;
  const threshold = fround(max(quantile, bias + MIN_EVIDENCE));
  const foldGates = foldModels.map((m): LexicalGate => ({ weights: m.weights, bias: m.bias, threshold: max(quantile, m.bias + MIN_EVIDENCE) }));
  const gate: LexicalGate = { weights, bias: fround(bias), threshold };
  return { gate, opensOutOfFold: [...outOfFold].map((s) => s >= threshold), unseenGate: (example) => foldGates[example % FOLDS] ?? gate };
}

/** Everything that shapes a trained gate, for the model cache's key. */
export function gateFingerprint(): string {
  return [JSON.stringify({ RECALL_TARGET, FOLDS, EPOCHS, LEARNING_RATE, L2, MAX_POSITIVE_WEIGHT, MIN_EVIDENCE }), fit.toString(), score.toString(), trainLexicalGate.toString(), ticketSizedRunsOpening.toString()].join('\n');
}

/**
 * `start` plus the weights of the word features of text[from, to), each feature once (as in
 * training: a run of one repeated word must not add up), added in the order the features first
 * occur — the order of gateWords' Set, so that a short ticket's score is exactly `score` of its
 * gateWords.
 */
function distinctWeightSum(text: string, from: number, to: number, weights: Float32Array, start = 0): number {
  let sum = start;
  const stamp = freshStamp();
  const { buckets, count } = wordFeatures(text, from, to);
  for (let k = 0; k < count; k += 1) {
    const bucket = buckets[k] ?? 0;
    if (firstIn(bucket, stamp)) sum += weights[bucket] ?? 0;
  }
  return sum;
}

/**
 * Sentences where the gate opens, as cue hits. A short ticket is judged whole (as the corpus
 * lines the gate learnt from); a longer one sentence by sentence, each with its two neighbours,
 * and by runs of sentences as long as a short ticket. On a long ticket the hits come most telling
 * sentence first.
 */
export function lexicalHits(folded: string, sentences: readonly Span[], gate: LexicalGate): CueHit[] {
  if (sentences.length === 0) return [];
  const hit = ([start, end]: Span): CueHit => ({ start, end, cue: LEXICAL_CUE, concepts: [] });
  if (folded.length <= WHOLE_TICKET_CHARS && distinctWeightSum(folded, 0, folded.length, gate.weights, gate.bias) < gate.threshold) return [];
  const sums = sentences.map(([from, to]) => distinctWeightSum(folded, from, to, gate.weights));
  if (folded.length <= WHOLE_TICKET_CHARS) {
    // Judged whole (it opened): the hit marks its most telling sentence, for the evidence.
    let best = 0;
    sums.forEach((s, i) => {
      if (s > (sums[best] ?? -Infinity)) best = i;
    });
    const sentence = sentences[best];
    return sentence === undefined ? [] : [hit(sentence)];
  }
  const opened = new Set<number>();
  sums.forEach((s, i) => {
    if (gate.bias + (sums[i - 1] ?? 0) + s + (sums[i + 1] ?? 0) >= gate.threshold) opened.add(i);
  });
  for (const i of ticketSizedRunsOpening(sentences, sums, gate)) opened.add(i);
  // Most telling first: the caller reads only the first few on a long thread.
  return [...opened].sort((a, b) => (sums[b] ?? 0) - (sums[a] ?? 0) || a - b).flatMap((i) => {
    const sentence = sentences[i];
    return sentence === undefined ? [] : [hit(sentence)];
  });
}

/**
 * The gate learnt from whole tickets, where danger told across several sentences ("I put
 * everything into this shop. … it would be easier for everyone if I just did not wake up") adds up.
 * In a long ticket each run of consecutive sentences up to a short ticket's length is judged the
 * same way; a run that opens marks its most telling sentence.
 */
function ticketSizedRunsOpening(sentences: readonly Span[], sums: readonly number[], gate: LexicalGate): number[] {
  const opened: number[] = [];
  for (let i = 0; i < sentences.length; i += 1) {
    const from = sentences[i]?.[0] ?? 0;
    let sum = gate.bias;
    let best = i;
    for (let j = i; j < sentences.length && (sentences[j]?.[1] ?? 0) - from <= WHOLE_TICKET_CHARS; j += 1) {
      sum += sums[j] ?? 0;
      if ((sums[j] ?? 0) > (sums[best] ?? 0)) best = j;
      if (sum >= gate.threshold) {
        opened.push(best);
        break;
      }
    }
  }
  return opened;
}
