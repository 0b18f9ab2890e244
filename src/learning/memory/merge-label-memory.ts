/**
 * A pure merge step under the same rule as a second opinion (triage/crisis/raise-verdict.ts): a
 * match in the label memory can raise the local crisis verdict — to crisisReview for a close
 * match, to crisis for a near-identical one — with evidence of kind `label_memory`. It never
 * lowers a verdict ("not a crisis" labels are only recorded, never used to suppress one).
 */
import { raiseVerdict } from '../../triage/crisis/raise-verdict';
import type { CrisisEvidence, CrisisResult } from '../../triage/types';
import type { LabelMemory, MemoryMatch } from './label-memory';

/** Similarity from which a match raises the ticket to crisisReview. */
export const REVIEW_SIMILARITY = 0.6;
/** Similarity from which a match raises the ticket to crisis (near-identical wording). */
export const CRISIS_SIMILARITY = 0.85;

/**
 * Agents flag a crisis without naming a category: the evidence is filed under the least urgent
 * one, so any category the detector found outranks it (taxonomy order) and a ticket the detector
 * missed is filed as "someone is at risk".
 */
export function memoryEvidence(match: MemoryMatch): CrisisEvidence {
  return {
    excerpt: `wording ${Math.round(match.similarity * 100)}% like a ticket an agent flagged as a crisis (label ${match.labelId})`,
    kind: 'label_memory',
    category: 'third_party_concern',
    language: 'unknown',
    source: 'local',
  };
}

export function mergeLabelMemory(local: CrisisResult, match: MemoryMatch | null): CrisisResult {
  if (!match || local.crisis) return local;
  const tier: 'crisis' | 'review' | null = match.similarity >= CRISIS_SIMILARITY ? 'crisis' : match.similarity >= REVIEW_SIMILARITY ? 'review' : null;
  if (tier === null) return local;
  const evidence = memoryEvidence(match);
  return raiseVerdict(local, { tier, category: evidence.category, score: match.similarity, evidence: [evidence] }).result;
}

/** detectCrisis with the label memory merged after it. */
export function withLabelMemory(detect: (text: string) => CrisisResult, memory: () => LabelMemory): (text: string) => CrisisResult {
  return (text) => mergeLabelMemory(detect(text), memory().match(text, REVIEW_SIMILARITY));
}
