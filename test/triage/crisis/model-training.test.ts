/**
 * Training is deterministic, the cached weights are keyed by the corpus bytes and the code, a
 * change of either retrains, and a broken corpus fails loudly.
 */
import { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TrainingDataError } from '../../../src/triage/classify/bayes/data-files';
import { readCorpus } from '../../../src/triage/crisis/corpus';
import { cacheKey, cachePath, codeFingerprint, loadCrisisModel, readCachedModel, trainFromLines, trainFromLinesCached, writeCachedModel } from '../../../src/triage/crisis/model-training';
import { DEFAULT_TRAINING } from '../../../src/triage/crisis/logreg';

const line = (id: string, text: string, category: string | null): string =>
  JSON.stringify({ id, lang: 'en', text, crisis: category !== null, crisisCategory: category });

const SMALL = [
  line('a1', 'I want to kill myself tonight, I have the pills', 'suicidal_ideation'),
  line('a2', 'this delay is killing me, where is my package', null),
  line('a3', 'my husband hits me when he sees the statement', 'domestic_abuse'),
  line('a4', 'dying to get this card lol', null),
  line('a5', 'my friend said goodbye and gave away his cards', 'third_party_concern'),
  line('a6', 'I am scared, the seller knows where I live and threatened me', 'threat_to_writer'),
].join('\n');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crisis-train-'));
  mkdirSync(join(dir, 'corpus'));
  writeFileSync(join(dir, 'corpus', 'a.jsonl'), `${SMALL}\n`);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('training', () => {
  it('is deterministic: the same corpus gives the same weights twice', () => {
    const { lines } = readCorpus(join(dir, 'corpus'));
    const a = trainFromLines(lines);
    const b = trainFromLines(lines);
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
    expect([...a.bias]).toEqual([...b.bias]);
    expect(a.weights.some((w) => w !== 0)).toBe(true);
  });

  it('a different seed gives different weights (the order matters, so it is fixed)', () => {
    const { lines } = readCorpus(join(dir, 'corpus'));
    const a = trainFromLines(lines);
    const b = trainFromLines(lines, { ...DEFAULT_TRAINING, seed: 7 });
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(false);
  });

  it('averages the weights of models trained in successive orders (seed, seed + 1, …)', () => {
    const { lines } = readCorpus(join(dir, 'corpus'));
    const averaged = trainFromLines(lines, { ...DEFAULT_TRAINING, runs: 2 });
    const first = trainFromLines(lines, { ...DEFAULT_TRAINING, runs: 1 });
    const second = trainFromLines(lines, { ...DEFAULT_TRAINING, runs: 1, seed: DEFAULT_TRAINING.seed + 1 });
    const touched = [...averaged.weights.keys()].filter((i) => (first.weights[i] ?? 0) !== 0 || (second.weights[i] ?? 0) !== 0);
    expect(touched.length).toBeGreaterThan(0);
    for (const i of touched) expect(averaged.weights[i]).toBeCloseTo(((first.weights[i] ?? 0) + (second.weights[i] ?? 0)) / 2, 6);
    expect([...averaged.bias].map((b, k) => b - ((first.bias[k] ?? 0) + (second.bias[k] ?? 0)) / 2).every((d) => Math.abs(d) < 1e-6)).toBe(true);
  });
});

describe('weight cache', () => {
  it('the first load trains and writes the cache, the second reads it and gets the same weights', () => {
    const cache = join(dir, 'cache');
    const first = loadCrisisModel(join(dir, 'corpus'), cache);
    const second = loadCrisisModel(join(dir, 'corpus'), cache);
    expect(first.fromCache).toBe(false);
    expect(second.fromCache).toBe(true);
    expect(second.key).toBe(first.key);
    expect(Buffer.from(second.model.weights.buffer, second.model.weights.byteOffset, second.model.weights.byteLength).equals(Buffer.from(first.model.weights.buffer))).toBe(true);
    // The lexical gate travels with the model, and decides exactly as the freshly trained one.
    expect(first.model.gate).toBeDefined();
    expect(second.model.gate?.threshold).toBe(first.model.gate?.threshold);
    expect(second.model.gate?.bias).toBe(first.model.gate?.bias);
    expect(Array.from(second.model.gate?.weights ?? [])).toEqual(Array.from(first.model.gate?.weights ?? []));
  });

  it('changing the corpus changes the key and retrains', () => {
    const cache = join(dir, 'cache');
    const first = loadCrisisModel(join(dir, 'corpus'), cache);
    writeFileSync(join(dir, 'corpus', 'b.jsonl'), `${line('b1', 'I cut myself again', 'self_harm')}\n`);
    const second = loadCrisisModel(join(dir, 'corpus'), cache);
    expect(second.key).not.toBe(first.key);
    expect(second.fromCache).toBe(false);
    expect(readdirSync(join(cache, 'riskdesk-crisis-model')).length).toBe(2);
  });

  it('the key covers the code: other training options give another key', () => {
    const { raw } = readCorpus(join(dir, 'corpus'));
    expect(cacheKey(raw)).not.toBe(cacheKey(raw, { ...DEFAULT_TRAINING, epochs: DEFAULT_TRAINING.epochs + 1 }));
    expect(codeFingerprint()).toContain('crisis-lr');
  });

  it('a truncated or foreign cache file is ignored and rewritten', () => {
    const cache = join(dir, 'cache');
    const { raw } = readCorpus(join(dir, 'corpus'));
    const path = cachePath(cacheKey(raw), cache);
    mkdirSync(join(cache, 'riskdesk-crisis-model'), { recursive: true });
    writeFileSync(path, 'not a model');
    expect(readCachedModel(path)).toBeNull();
    const loaded = loadCrisisModel(join(dir, 'corpus'), cache);
    expect(loaded.fromCache).toBe(false);
    expect(readCachedModel(path)).not.toBeNull();
  });

  it('retraining on unchanged lines reads the weights back; a changed label trains anew', () => {
    const cache = join(dir, 'cache');
    const { lines } = readCorpus(join(dir, 'corpus'));
    const fresh = trainFromLines(lines);
    const first = trainFromLinesCached(lines, cache);
    const files = readdirSync(join(cache, 'riskdesk-crisis-model'));
    expect(files).toHaveLength(1);
    const second = trainFromLinesCached(lines, cache);
    expect([...second.weights]).toEqual([...fresh.weights]);
    expect([...first.bias]).toEqual([...fresh.bias]);
    expect(second.gate?.threshold).toBe(fresh.gate?.threshold);
    const relabelled = lines.map((l, i) => (i === 1 ? { ...l, crisis: true, crisisCategory: 'suicidal_ideation' as const } : l));
    const third = trainFromLinesCached(relabelled, cache);
    expect(readdirSync(join(cache, 'riskdesk-crisis-model'))).toHaveLength(2);
    expect([...third.weights]).not.toEqual([...fresh.weights]);
  });

  it('an unwritable cache folder only costs a retraining', () => {
    const { lines } = readCorpus(join(dir, 'corpus'));
    const model = trainFromLines(lines);
    writeFileSync(join(dir, 'file'), 'x');
    expect(() => writeCachedModel(join(dir, 'file', 'sub', 'm.bin'), model)).not.toThrow();
  });
});

describe('a broken corpus fails loudly, naming the file and line', () => {
  it.each([
    ['not json', 'a.jsonl:2: not valid JSON'],
    [JSON.stringify({ id: 'x', lang: 'en', text: 'hi', crisis: true, crisisCategory: null }), 'a.jsonl:2: a crisis line needs a crisisCategory'],
    [JSON.stringify({ id: 'x', lang: 'en', text: 'hi', crisis: true, crisisCategory: 'sad' }), 'a.jsonl:2: invalid crisis corpus line'],
  ])('%s', (bad, message) => {
    writeFileSync(join(dir, 'corpus', 'a.jsonl'), `${line('ok', 'fine', null)}\n${bad}\n`);
    expect(() => readCorpus(join(dir, 'corpus'))).toThrow(TrainingDataError);
    expect(() => readCorpus(join(dir, 'corpus'))).toThrow(message);
  });

  it('a missing or empty folder', () => {
    expect(() => readCorpus(join(dir, 'nope'))).toThrow(/cannot read the crisis corpus folder/);
    mkdirSync(join(dir, 'empty'));
    expect(() => readCorpus(join(dir, 'empty'))).toThrow(/no \.jsonl files/);
  });

  it('the shipped corpus is large, covers every category and six languages, with hard negatives', () => {
    const { lines } = readCorpus();
    expect(lines.length).toBeGreaterThan(3000);
    expect(new Set(lines.map((l) => l.lang))).toEqual(new Set(['en', 'de', 'es', 'pl', 'fr', 'it']));
    expect(new Set(lines.filter((l) => l.crisis).map((l) => l.crisisCategory)).size).toBe(9);
    expect(lines.filter((l) => l.hardNegative === true).length).toBeGreaterThan(300);
  });
});
