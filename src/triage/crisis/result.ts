import type { CrisisEvidence, CrisisResult } from '../types';
import { mostUrgentCategory } from './taxonomy';

export const NO_CRISIS: CrisisResult = Object.freeze({ crisis: false, crisisReview: false, category: null, score: 0, evidence: [] }) as CrisisResult;

/** A verdict from its tier and evidence; the category is the most urgent one the evidence supports. */
export function crisisResult(tier: 'crisis' | 'review' | 'none', evidence: CrisisEvidence[], score: number): CrisisResult {
  if (tier === 'none') return { ...NO_CRISIS, score, evidence: [] };
  return {
    crisis: tier === 'crisis',
    crisisReview: tier === 'review',
    category: mostUrgentCategory(evidence.map((e) => e.category)),
    score,
    evidence,
  };
}
