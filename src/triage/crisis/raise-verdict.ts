/**
 * The one rule for every source that may add to the local crisis verdict after it is made — a
 * model service's second opinion, the label memory of crises agents flagged: it can RAISE the tier
 * (none → review → crisis) and add evidence, it can NEVER lower what the local detector found.
 * Pure: no I/O, no clock.
 */
import type { CrisisEvidence, CrisisResult } from '../types';
import { mostUrgentCategory, type CrisisCategory } from './taxonomy';

export type CrisisTier = 'none' | 'review' | 'crisis';

const RANK: Record<CrisisTier, number> = { none: 0, review: 1, crisis: 2 };

/** The tier a finished result carries (the detector's tierOf decides one from scores). */
export function tierOfResult(result: Pick<CrisisResult, 'crisis' | 'crisisReview'>): CrisisTier {
  if (result.crisis) return 'crisis';
  return result.crisisReview ? 'review' : 'none';
}

/** What a source adds: the tier it would give, the category it files under, its confidence (0..1), its evidence. */
export interface Raise {
  tier: Exclude<CrisisTier, 'none'>;
  category: CrisisCategory;
  score: number;
  evidence: CrisisEvidence[];
}

export interface RaisedVerdict {
  result: CrisisResult;
  /** True when the source's tier was above the local one (the merged tier is the source's). */
  raised: boolean;
}

/**
 * The higher tier, the evidence of both, the higher score, and the most urgent category either
 * evidences — a raise at the same tier may still file the ticket under a more urgent category.
 */
export function raiseVerdict(local: CrisisResult, raise: Raise): RaisedVerdict {
  const localTier = tierOfResult(local);
  const raised = RANK[raise.tier] > RANK[localTier];
  const tier = raised ? raise.tier : localTier;
  const evidence = [...local.evidence, ...raise.evidence];
  const categories = [...evidence.map((e) => e.category), raise.category, ...(local.category ? [local.category] : [])];
  return {
    result: {
      crisis: tier === 'crisis',
      crisisReview: tier === 'review',
      category: mostUrgentCategory(categories),
      score: Math.max(local.score, raise.score),
      evidence,
    },
    raised,
  };
}
