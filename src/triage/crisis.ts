/**
 * Crisis detection entry point (signature kept stable for the rules engine, intake and the CLI).
 * The detector lives in ./crisis/ — see docs/crisis-detection.md.
 * `mayBeCrisis` is the cheap gate: false means detectCrisis sets neither tier.
 * detectCrisis = gate, then a logistic-regression model over windows around danger cues (trained
 * at first use from data/crisis/, weights cached in the temp folder) and the regex lexicon; two
 * tiers, `crisis` and `crisisReview`.
 */
import { detectCrisis as detect } from './crisis/combined';
import type { CrisisResult } from './types';

export { mayBeCrisis } from './crisis/prefilter';

export function detectCrisis(text: string): CrisisResult {
  return detect(text);
}
