/**
 * Merging a model service's second opinion into the local crisis verdict (docs/crisis-provider.md).
 * The provider can raise the tier and add categories and evidence, never lower the local verdict
 * (raise-verdict.ts). Pure: no I/O, no clock.
 */
import type { CrisisEvidence, CrisisResult } from '../types';
import { raiseVerdict, type CrisisTier, type RaisedVerdict } from './raise-verdict';
import type { CrisisCategory } from './taxonomy';

export { tierOfResult, type CrisisTier } from './raise-verdict';

/** What a provider said, already validated and mapped onto the taxonomy. */
export interface ProviderVerdict {
  tier: CrisisTier;
  /** Required when the tier is not `none`. */
  category: CrisisCategory | null;
  /** The provider's confidence, 0..1. */
  score: number;
  evidence: Array<Omit<CrisisEvidence, 'source'>>;
}

export type MergedVerdict = RaisedVerdict;

/** The local verdict with the provider's added (raise-verdict.ts), its evidence marked `source: "provider"`. */
export function mergeSecondOpinion(local: CrisisResult, verdict: ProviderVerdict): MergedVerdict {
  // A provider "none" adds nothing; neither does a raise that names no category (nothing to file it under).
  if (verdict.tier === 'none' || verdict.category === null) return { result: local, raised: false };
  const providerEvidence: CrisisEvidence[] = verdict.evidence.map((e) => ({ ...e, source: 'provider' }));
  if (!providerEvidence.some((e) => e.category === verdict.category)) {
    providerEvidence.push({ excerpt: '', kind: 'provider_verdict', category: verdict.category, language: 'unknown', source: 'provider' });
  }
  return raiseVerdict(local, { tier: verdict.tier, category: verdict.category, score: verdict.score, evidence: providerEvidence });
}
