/**
 * Crisis detection entry point (signature kept stable for the rules engine and CLI).
 * The multilingual detector lives in ./crisis/ — see docs/classifier.md.
 */
import { detectCrisis as detect } from './crisis/detect';
import type { CrisisResult } from './types';

export function detectCrisis(text: string): CrisisResult {
  return detect(text);
}
