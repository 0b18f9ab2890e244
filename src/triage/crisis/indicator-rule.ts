/**
 * An indicator combination (indicators.ts): phrase families in the notation of cues-danger.ts, on
 * crisis-folded text, of which enough distinct ones within one story put a ticket up for review.
 */
import type { CrisisCategory } from '../types';

export interface IndicatorRule {
  category: CrisisCategory;
  /** Family name → phrases. */
  families: Record<string, readonly string[]>;
  /** The rule fires on this many distinct families… */
  needs: number;
  /** …one of them this one, when set. */
  anchor?: string;
}
