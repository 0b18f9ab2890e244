/**
 * Merging a model service's second opinion into the local crisis verdict (docs/crisis-provider.md).
 * The one rule: the provider can RAISE the tier (none → review → crisis) and add categories and
 * evidence, it can NEVER lower what the local detector found. Pure: no I/O, no clock.
 */
import type { CrisisEvidence, CrisisResult } from '../types';
import { mostUrgentCategory, type CrisisCategory } from './taxonomy';

export type CrisisTier = 'none' | 'review' | 'crisis';

const RANK: Record<CrisisTier, number> = { none: 0, review: 1, crisis: 2 };

/** What a provider said, already validated and mapped onto the taxonomy. */
export interface ProviderVerdict {
  tier: CrisisTier;
  /** Required when the tier is not `none`. */
  category: CrisisCategory | null;
  /** The provider's confidence, 0..1. */
  score: number;
  evidence: Array<Omit<CrisisEvidence, 'source'>>;
}

/** The tier a finished result carries (the detector's tierOf decides one from scores). */
export function tierOfResult(result: Pick<CrisisResult, 'crisis' | 'crisisReview'>): CrisisTier {
  if (result.crisis) return 'crisis';
  return result.crisisReview ? 'review' : 'none';
}

export interface MergedVerdict {
  result: CrisisResult;
  /** True when the provider's tier was above the local one (the merged tier is the provider's). */
  raised: boolean;
}

/** The local verdict with the provider's added: the higher tier, the evidence of both, the most urgent category. */
export function mergeSecondOpinion(local: CrisisResult, verdict: ProviderVerdict): MergedVerdict {
  const localTier = tierOfResult(local);
  // A provider "none" adds nothing; neither does a raise that names no category (nothing to file it under).
  if (verdict.tier === 'none' || verdict.category === null) return { result: local, raised: false };
  const tier = RANK[verdict.tier] > RANK[localTier] ? verdict.tier : localTier;
  const providerEvidence: CrisisEvidence[] = verdict.evidence.map((e) => ({ ...e, source: 'provider' }));
  if (!providerEvidence.some((e) => e.category === verdict.category)) {
    providerEvidence.push({ excerpt: '', kind: 'provider_verdict', category: verdict.category, language: 'unknown', source: 'provider' });
  }
  const evidence = [...local.evidence, ...providerEvidence];
  const categories = [...evidence.map((e) => e.category), ...(local.category ? [local.category] : [])];
  return {
    result: {
      crisis: tier === 'crisis',
      crisisReview: tier === 'review',
      category: mostUrgentCategory(categories),
      score: Math.max(local.score, verdict.score),
      evidence,
    },
    raised: RANK[tier] > RANK[localTier],
  };
}
