/** Crisis results for the two tiers, injected through decide()'s detectCrisis option. */
import type { CrisisCategory, CrisisEvidence, CrisisResult } from '../../../src/triage/types';

export function evidence(category: CrisisCategory, excerpt = 'you would all be better off without me', source: CrisisEvidence['source'] = 'local'): CrisisEvidence {
  return { excerpt, kind: 'explicit_statement', category, language: 'en', source };
}

export function review(category: CrisisCategory, excerpts: CrisisEvidence[] = [evidence(category)]): () => CrisisResult {
  return () => ({ crisis: false, crisisReview: true, category, score: 0.45, evidence: excerpts });
}

export function confident(category: CrisisCategory, excerpts: CrisisEvidence[] = [evidence(category)]): () => CrisisResult {
  return () => ({ crisis: true, crisisReview: false, category, score: 0.95, evidence: excerpts });
}
