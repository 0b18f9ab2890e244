/**
 * The crisis decision with the model trained on data/crisis/ (see detector.ts). The model is
 * trained, or read from its cache, on first call; TrainingDataError when data/crisis/ is broken.
 */
import type { CrisisResult } from '../types';
import { detectCrisisWith } from './detector';
import { getCrisisModel } from './model-training';

export { detectCrisisWith } from './detector';

export function detectCrisis(text: string): CrisisResult {
  return detectCrisisWith(text, getCrisisModel());
}
