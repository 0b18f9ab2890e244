/**
 * The crisis model is trained once, on first use, from every crisis-labelled set shipped in data/
 * (crisis and non-crisis tickets, including the hard idiom negatives). The hold-out in
 * test/fixtures is never read. A missing file throws TrainingDataError (see data-files.ts).
 */
import { CRISIS_TRAINING_FILES, dataFile } from '../classify/bayes/data-files';
import { joinTicket, readTrainingLines } from '../classify/bayes/training';
import { normalizeText } from '../text/normalize';
import { trainCrisisModel, type CrisisExample, type CrisisModel } from './model';

/** Labelled tickets of one JSON Lines file as crisis training examples. */
export function loadCrisisExamples(path: string): CrisisExample[] {
  return readTrainingLines(path).map((t) => ({ text: normalizeText(joinTicket(t.subject, t.text)).text, crisis: t.crisis ?? false }));
}

let model: CrisisModel | undefined;

export function isCrisisModelTrained(): boolean {
  return model !== undefined;
}

export function getCrisisModel(): CrisisModel {
  model ??= trainCrisisModel(CRISIS_TRAINING_FILES.flatMap((name) => loadCrisisExamples(dataFile(name))));
  return model;
}
