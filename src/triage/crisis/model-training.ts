/**
 * The crisis model is trained at load from the corpus in data/crisis/ (a few hundred ms), and the
 * trained weights are cached in os.tmpdir() under a key that hashes the corpus bytes and the code
 * that turns text into features and features into weights — so the second start is instant and any
 * change to data or code retrains. A missing or broken cache file is ignored and rewritten.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, lineFeatures, MAX_HIT_WINDOWS, MAX_LEXICAL_WINDOWS, ownWindows, servedWindowFeatures } from './analyze';
import { crisisFold } from './crisis-fold';
import { CONTEXT_CUES } from './cues-context';
import { DANGER_CUES, GATE_CONTEXT_CUES } from './cues-danger';
import { SOFT_CUES } from './cues-soft';
import { lineText, readCorpus, type CorpusLine } from './corpus';
import { FEATURE_BITS, wordFeatures, structuralFeatures, windowFeatures, type FeatureVector } from './features';
import { GATE_BUCKETS, gateFingerprint, gateWords, lexicalHits, trainLexicalGate, type LexicalGate } from './lexical-gate';
import { aroundHit, crisisWindowsOf, sentenceWindowsOf } from './windows';
import { BUCKETS, DEFAULT_TRAINING, K, predict, trainAveraged, trainModel, type CrisisClass, type CrisisModel, type TrainingExample, type TrainingOptions } from './logreg';

/** Bump when training changes in a way the fingerprint below cannot see. */
const MODEL_VERSION = 'crisis-lr-4';
const HARD_NEGATIVE_WEIGHT = 1;
const MAX_CLASS_WEIGHT = 4;
/**
 * Weight of each window of a long safe line, as the detector reads it on new text (the lexical
 * gate's sentences judged by a gate that never saw the line). Whole lines alone taught the model
 * that a sentence the gate opened on is likely danger, and a sign-off or quoted support reply was
 * flagged for review.
 */
const SERVED_WINDOW_WEIGHT = 2;

export function codeFingerprint(options: TrainingOptions = DEFAULT_TRAINING): string {
  return [
    MODEL_VERSION, FEATURE_BITS, JSON.stringify(options), JSON.stringify([DANGER_CUES, GATE_CONTEXT_CUES, SOFT_CUES, CONTEXT_CUES]),
    crisisFold.toString(), windowFeatures.toString(), wordFeatures.toString(), structuralFeatures.toString(), trainModel.toString(), trainAveraged.toString(), predict.toString(),
    lineFeatures.toString(), examplesOf.toString(), JSON.stringify({ HARD_NEGATIVE_WEIGHT, MAX_CLASS_WEIGHT, SERVED_WINDOW_WEIGHT, MAX_LEXICAL_WINDOWS, MAX_HIT_WINDOWS }), gateFingerprint(),
    lexicalHits.toString(), trainFromLines.toString(), analyze.toString(), servedWindowFeatures.toString(), sentenceWindowsOf.toString(), crisisWindowsOf.toString(), aroundHit.toString(), ownWindows.toString(),
  ].join('\n');
}

/**
 * Training examples, weighted per class: the lines the model would read — those with a danger cue,
 * and those the lexical gate opens on when it has not seen them (`gateOpens`, out of fold: a gate
 * judging its own training lines opens on nearly every danger line and few others, and the model
 * would learn that text without a cue is mostly danger).
 */
export function examplesOf(lines: readonly CorpusLine[], gateOpens: readonly boolean[] = [], unseenGate?: (line: number) => LexicalGate): TrainingExample[] {
  const raw: Array<{ features: FeatureVector; label: CrisisClass; hard: boolean }> = [];
  const windows: TrainingExample[] = [];
  for (const [i, line] of lines.entries()) {
    const text = lineText(line);
    if (!line.crisis && unseenGate !== undefined) {
      for (const features of servedWindowFeatures(text, unseenGate(i))) windows.push({ features, label: 'none', weight: SERVED_WINDOW_WEIGHT });
    }
    const features = lineFeatures(text, gateOpens[i] === true);
    if (features === null) continue;
    const label: CrisisClass = line.crisis ? (line.crisisCategory ?? 'suicidal_ideation') : 'none';
    raw.push({ features, label, hard: line.hardNegative === true });
  }
  const counts = new Map<CrisisClass, number>();
  for (const r of raw) counts.set(r.label, (counts.get(r.label) ?? 0) + 1);
  const none = counts.get('none') ?? 1;
  return raw.map((r) => {
    const classWeight = r.label === 'none' ? 1 : Math.min(MAX_CLASS_WEIGHT, Math.max(1, Math.sqrt(none / (counts.get(r.label) ?? 1))));
    return { features: r.features, label: r.label, weight: classWeight * (r.hard ? HARD_NEGATIVE_WEIGHT : 1) };
  }).concat(windows);
}

/** The lexical gate first (where the model reads), then the model. */
export function trainFromLines(lines: readonly CorpusLine[], options: TrainingOptions = DEFAULT_TRAINING): CrisisModel {
  const { gate, opensOutOfFold, unseenGate } = trainLexicalGate(lines.map((line) => ({ words: gateWords(crisisFold(lineText(line))), danger: line.crisis })));
  const examples = examplesOf(lines, opensOutOfFold, unseenGate);
  return { ...trainAveraged(examples, options), gate };
}

export function cacheKey(raw: readonly string[], options: TrainingOptions = DEFAULT_TRAINING): string {
  const hash = createHash('sha256');
  hash.update(codeFingerprint(options));
  for (const text of raw) hash.update('\0').update(text);
  return hash.digest('hex').slice(0, 24);
}

export function cachePath(key: string, dir: string = tmpdir()): string {
  return join(dir, 'riskdesk-crisis-model', `${key}.bin`);
}

/** Layout: model weights, model bias, gate weights, gate bias, gate threshold. */
const FLOATS = BUCKETS * K + K + GATE_BUCKETS + 2;

export function readCachedModel(path: string): CrisisModel | null {
  try {
    const buffer = readFileSync(path);
    if (buffer.length !== FLOATS * 4) return null;
    const all = new Float32Array(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.length));
    let at = 0;
    const take = (n: number): Float32Array => all.subarray(at, (at += n));
    const weights = take(BUCKETS * K);
    const bias = take(K);
    const gateWeights = take(GATE_BUCKETS);
    const [gateBias = 0, threshold = 0] = take(2);
    return { weights, bias, gate: { weights: gateWeights, bias: gateBias, threshold } };
  } catch {
    return null;
  }
}

export function writeCachedModel(path: string, model: CrisisModel): void {
  if (model.gate === undefined) return;
  try {
    mkdirSync(join(path, '..'), { recursive: true });
    const all = new Float32Array(FLOATS);
    all.set(model.weights, 0);
    all.set(model.bias, BUCKETS * K);
    all.set(model.gate.weights, BUCKETS * K + K);
    all.set([model.gate.bias, model.gate.threshold], BUCKETS * K + K + GATE_BUCKETS);
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, Buffer.from(all.buffer));
    renameSync(temp, path);
  } catch {
    // A read-only or full temp folder only costs the next start a retraining.
  }
}

/**
 * Training is deterministic (seeded order), so the same lines and code always give the same
 * weights: a retraining on unchanged labels — a second `model train`, or the same labels on another
 * database — reads them back from the cache instead of spending seconds on the whole corpus again.
 */
export function trainFromLinesCached(lines: readonly CorpusLine[], cacheDir?: string): CrisisModel {
  const key = cacheKey(lines.map((l) => JSON.stringify([lineText(l), l.crisis, l.crisisCategory ?? null, l.hardNegative === true])));
  return cachedOrTrained(lines, key, cacheDir).model;
}

/** The weights cached under `key`, or trained from `lines` and cached there. */
function cachedOrTrained(lines: readonly CorpusLine[], key: string, cacheDir?: string): LoadedModel {
  const path = cachePath(key, cacheDir);
  const cached = readCachedModel(path);
  if (cached !== null) return { model: cached, fromCache: true, key };
  const model = trainFromLines(lines);
  writeCachedModel(path, model);
  return { model, fromCache: false, key };
}

export interface LoadedModel {
  model: CrisisModel;
  fromCache: boolean;
  key: string;
}

/** Train from data/crisis/ or read the cached weights for exactly this corpus and code. */
export function loadCrisisModel(dir?: string, cacheDir?: string): LoadedModel {
  const corpus = readCorpus(dir);
  return cachedOrTrained(corpus.lines, cacheKey(corpus.raw), cacheDir);
}

let loaded: CrisisModel | undefined;

export function isCrisisModelTrained(): boolean {
  return loaded !== undefined;
}

/** The model for data/crisis/ (trained or read from the cache on first call). Throws TrainingDataError when data/crisis/ is broken. */
export function getCrisisModel(): CrisisModel {
  loaded ??= loadCrisisModel().model;
  return loaded;
}
