/**
 * The intent model's training files and a 5-fold cross-validation guard: each fold of the shipped
 * training files is classified by a model trained without it, so a change that only memorises
 * its examples shows up as a drop.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataFile, INTENT_CORPUS_FILES, INTENT_MODEL_FILES, INTENT_TRAINING_FILES } from '../../../src/triage/classify/bayes/data-files';
import { readTrainingLines } from '../../../src/triage/classify/bayes/training';
import { crossValidate, loadLabelledTexts } from '../../../src/triage/classify/cross-validation';
import { TrainingDataError } from '../../../src/triage/classify/bayes/data-files';

describe('intent training files', () => {
  it('train on the corpus files under data/crisis/ besides the labelled sets, never on the hold-out', () => {
    expect(INTENT_CORPUS_FILES.every((name) => name.startsWith('crisis/'))).toBe(true);
    expect(INTENT_MODEL_FILES).toEqual([...INTENT_TRAINING_FILES, ...INTENT_CORPUS_FILES]);
    for (const name of INTENT_MODEL_FILES) expect(readTrainingLines(dataFile(name)).length).toBeGreaterThan(0);
    expect(INTENT_MODEL_FILES.some((name) => name.includes('holdout'))).toBe(false);
  });

  describe('reading a labelled file', () => {
    let dir = '';
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'intents-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('reads a line without a subject as subject ""', () => {
      const path = join(dir, 'corpus.jsonl');
      writeFileSync(path, '{"id":"c1","lang":"fr","text":"colis jamais arrivé","intent":"item_not_received","crisis":false}\n');
      expect(readTrainingLines(path)).toEqual([{ subject: '', text: 'colis jamais arrivé', intent: 'item_not_received', crisis: false }]);
    });

    it('names the file and line of an invalid ticket', () => {
      const path = join(dir, 'bad.jsonl');
      writeFileSync(path, '{"text":"x","intent":"not_an_intent"}\n');
      expect(() => readTrainingLines(path)).toThrow(TrainingDataError);
      expect(() => readTrainingLines(path)).toThrow(`${path}:1`);
    });
  });
});

describe('5-fold cross-validation on the labelled training sets', () => {
  it('keeps primary-intent accuracy at or above 95%, with the corpus in every fold’s training', () => {
    const labelled = loadLabelledTexts(INTENT_TRAINING_FILES.map((name) => dataFile(name)));
    const corpus = loadLabelledTexts(INTENT_CORPUS_FILES.map((name) => dataFile(name)));
    const cv = crossValidate(labelled, 5, corpus);
    expect(cv.total).toBe(labelled.length);
    expect(cv.accuracy).toBeGreaterThanOrEqual(0.95);
    for (const [intent, row] of Object.entries(cv.perIntent)) expect({ intent, recall: row.recall >= 0.85 }).toEqual({ intent, recall: true });
  });
});
