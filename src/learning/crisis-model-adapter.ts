/**
 * THE ONE PLACE src/learning touches the crisis detector's model: training, (de)serialising and
 * deciding with a given model. The detector (src/triage/crisis/) is being rebuilt; re-point these
 * functions at its new training entry points and nothing else in src/learning changes.
 */
import { CRISIS_TRAINING_FILES, dataFile } from '../triage/classify/bayes/data-files';
import { detectCrisisWith } from '../triage/crisis/combined';
import { trainCrisisModel, type CrisisModel } from '../triage/crisis/model';
import { getCrisisModel, loadCrisisExamples } from '../triage/crisis/model-training';
import type { CrisisResult } from '../triage/types';
import { z } from 'zod';

export type CrisisModelHandle = CrisisModel;

/** A crisis training example: the ticket's subject and text joined, NOT yet normalised. */
export interface CrisisTrainingExample {
  text: string;
  crisis: boolean;
}

/** The shipped crisis-labelled corpus, already normalised as the detector wants it. */
export function corpusCrisisExamples(): Array<{ text: string; crisis: boolean }> {
  return CRISIS_TRAINING_FILES.flatMap((name) => loadCrisisExamples(dataFile(name)));
}

/** The model the detector uses out of the box (trained on the shipped corpus). */
export function corpusCrisisModel(): CrisisModelHandle {
  return getCrisisModel();
}

/** Trains on normalised examples (corpus ones as given, label ones normalised by the caller). */
export function trainCrisis(examples: ReadonlyArray<{ text: string; crisis: boolean }>): CrisisModelHandle {
  return trainCrisisModel(examples);
}

export function detectCrisisWithModel(model: CrisisModelHandle, text: string): CrisisResult {
  return detectCrisisWith(text, model);
}

const serialized = z.object({ weights: z.array(z.tuple([z.string(), z.number()])) });

export function serializeCrisis(model: CrisisModelHandle): unknown {
  return { weights: [...model.weights] };
}

export function deserializeCrisis(json: unknown): CrisisModelHandle {
  return { weights: new Map(serialized.parse(json).weights) };
}
