/**
 * Crisis detection entry point (signature kept stable for the rules engine and CLI).
 * The multilingual detector lives in ./crisis/ — see README.md.
 * `mayBeCrisis` is the cheap first stage: false means detectCrisis would say no.
 * detectCrisis = patterns OR the statistical model (trained at first use from data/).
 */
import { detectCrisis as detect } from './crisis/combined';
import type { CrisisResult } from './types';

export { mayBeCrisis } from './crisis/prefilter';

export function detectCrisis(text: string): CrisisResult {
  return detect(text);
}
