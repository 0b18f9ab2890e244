/**
 * The statistical crisis model: trained from data/ (never test/), fails loudly without its data,
 * deterministic, and — measured leave-one-set-out — adds recall the patterns alone do not have.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CRISIS_TRAINING_FILES, dataFile, packageRoot, TrainingDataError } from '../../../src/triage/classify/bayes/data-files';
import { readTrainingLines } from '../../../src/triage/classify/bayes/training';
import { detectCrisis, mayBeCrisis } from '../../../src/triage/crisis';
import { leaveOneOut, precision, recall } from '../../../src/triage/crisis/leave-one-out';
import { crisisProbability, trainCrisisModel } from '../../../src/triage/crisis/model';
import { CRISIS_THRESHOLD, modelText } from '../../../src/triage/crisis/model-check';
import { getCrisisModel, loadCrisisExamples } from '../../../src/triage/crisis/model-training';
import { fastFold } from '../../../src/triage/crisis/fast-fold';
import { passesGate } from '../../../src/triage/crisis/gate';

const REPO = join(__dirname, '..', '..', '..');

describe('training data location', () => {
  it('resolves data/ next to package.json, from src/ as well as from a dist/-like folder below the root', () => {
    expect(packageRoot()).toBe(REPO);
    expect(packageRoot(join(REPO, 'dist', 'src', 'triage', 'classify', 'bayes'))).toBe(REPO);
    for (const name of CRISIS_TRAINING_FILES) expect(dataFile(name)).toBe(join(REPO, 'data', name));
  });

  it('never trains on the hold-out or anything under test/', () => {
    expect(CRISIS_TRAINING_FILES.some((name) => name.includes('holdout'))).toBe(false);
    for (const name of CRISIS_TRAINING_FILES) expect(dataFile(name).includes(`${join('test', 'fixtures')}`)).toBe(false);
  });

  it('fails loudly, naming the path, when a training file is missing or broken', () => {
    const dir = mkdtempSync(join(tmpdir(), 'riskdesk-data-'));
    try {
      writeFileSync(join(dir, 'package.json'), '{}');
      mkdirSync(join(dir, 'data'));
      expect(() => dataFile('labelled-tickets.jsonl', dir)).toThrow(TrainingDataError);
      expect(() => dataFile('labelled-tickets.jsonl', dir)).toThrow(join(dir, 'data', 'labelled-tickets.jsonl'));
      expect(() => readTrainingLines(join(dir, 'data', 'nope.jsonl'))).toThrow(/cannot read training data/);
      writeFileSync(join(dir, 'data', 'bad.jsonl'), '{"subject":"","text":"x","intent":"other"}\n{"subject": 3}\n');
      expect(() => readTrainingLines(join(dir, 'data', 'bad.jsonl'))).toThrow(/bad\.jsonl:2: invalid labelled ticket/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('crisis model', () => {
  it('is trained from data/ on both classes', () => {
    const examples = CRISIS_TRAINING_FILES.flatMap((name) => loadCrisisExamples(dataFile(name)));
    expect(examples.filter((e) => e.crisis).length).toBeGreaterThan(200);
    expect(examples.filter((e) => !e.crisis).length).toBeGreaterThan(800);
    expect(getCrisisModel().weights.size).toBeGreaterThan(10_000);
  });

  it('is deterministic: the same data gives the same weights and the same answers', () => {
    const examples = loadCrisisExamples(dataFile('crisis-fresh.jsonl'));
    const a = trainCrisisModel(examples);
    const b = trainCrisisModel(examples);
    expect([...a.weights]).toEqual([...b.weights]);
    const text = 'honestly i dont see the point of waking up tomorrow';
    expect(crisisProbability(a, modelText(text))).toBe(crisisProbability(b, modelText(text)));
    expect(detectCrisis(text)).toEqual(detectCrisis(text));
  });

  it('separates an unseen distress message from an unseen ordinary complaint', () => {
    const model = getCrisisModel();
    expect(crisisProbability(model, modelText('nobody would even notice if i was gone tomorrow, im so done with everything'))).toBeGreaterThan(CRISIS_THRESHOLD);
    expect(crisisProbability(model, modelText('the seller is gone quiet and my order is done for, tracking dead since monday'))).toBeLessThan(CRISIS_THRESHOLD);
  });

  it('model-only hits quote a sentence of the ticket, with kind distress and a language, and pass mayBeCrisis', () => {
    const text = 'Paket kam nie an. Ich schlafe seit Wochen nicht und will eigentlich gar nicht mehr aufwachen. Bitte melden.';
    const result = detectCrisis(text);
    expect(result.crisis).toBe(true);
    expect(mayBeCrisis(text)).toBe(true);
    const first = result.evidence[0];
    expect(first?.language).toBe('de');
    expect(text).toContain(first?.excerpt ?? '∅');
  });
});

describe('leave-one-set-out generalisation', () => {
  it('on the newest fresh batch (scored before it was trained on), patterns OR model recalls more than patterns alone', () => {
    const score = leaveOneOut(dataFile('crisis-fresh-4.jsonl'), [CRISIS_THRESHOLD]);
    const combined = score.combined.get(CRISIS_THRESHOLD);
    expect(combined).toBeDefined();
    if (combined === undefined) return;
    expect(recall(combined)).toBeGreaterThan(recall(score.patterns));
    expect(recall(combined)).toBeGreaterThanOrEqual(0.95);
    expect(precision(combined)).toBeGreaterThanOrEqual(0.9);
  });

  it('on the hold-out, the model adds no false positive and loses nothing', () => {
    const score = leaveOneOut(join(REPO, 'test', 'fixtures', 'labelled-tickets-holdout.jsonl'), [CRISIS_THRESHOLD]);
    const combined = score.combined.get(CRISIS_THRESHOLD);
    expect(combined?.fn).toBe(0);
    expect(combined?.fp).toBe(score.patterns.fp);
  });
});

describe('the gate in front of the model', () => {
  it('opens on distress words and their inflections, in every language', () => {
    for (const text of ['i feel numb', 'total numbness since monday', 'i am dead inside', 'ich will nicht mehr aufwachen', 'ya no puedo mas', 'chce umrzec']) {
      expect(passesGate(fastFold(text))).toBe(true);
    }
  });

  it('stays shut on everyday trade words that merely start like one: the model is not run for them', () => {
    for (const text of ['my tracking number is fake', 'order numbers 1 and 2', 'deadstock jordans, never worn', 'the deadline for the refund']) {
      expect(passesGate(fastFold(text))).toBe(false);
    }
  });
});
