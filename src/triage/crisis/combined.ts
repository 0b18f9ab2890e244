/**
 * The crisis decision: a pattern hit, OR the statistical model's probability at or above the
 * threshold on a window around a gate word. Patterns give precise evidence and kinds; the model
 * is the recall safety net for phrasings nobody wrote a pattern for.
 */
import type { CrisisResult } from '../types';
import { detectCrisisPatterns } from './detect';
import type { CrisisModel } from './model';
import { CRISIS_THRESHOLD, modelVerdict } from './model-check';
import { getCrisisModel } from './model-training';
import { boundCrisisInput } from './prefilter';

/** Patterns OR model (`model` null = patterns alone). Used directly by the leave-one-set-out bench. */
export function detectCrisisWith(text: string, model: CrisisModel | null, threshold: number = CRISIS_THRESHOLD): CrisisResult {
  const patterns = detectCrisisPatterns(text);
  if (patterns.crisis || model === null) return patterns;
  return modelVerdict(boundCrisisInput(text), model, threshold) ?? patterns;
}

/** Patterns OR the model trained on data/ (trained on first call; throws TrainingDataError if data/ is incomplete). */
export function detectCrisis(text: string): CrisisResult {
  return detectCrisisWith(text, getCrisisModel());
}
