/**
 * What the audit trail keeps of a decision's risk context, so a sidebar can show the reasons
 * (with their weights) and the parties later even when the context cannot be rebuilt. Masked
 * the way the note and the view mask them: emails shortened, fingerprints and IPs dropped.
 */
import type { RiskContext, RiskReason } from '../risk/types';
import { DEFAULT_VIEW_LIMITS, type PartiesSummary } from './context-view';
import { toLinkedAccounts, toViewParty } from './party-view';
import { boundEvidence, clip, maskEmailsIn } from './text';

export interface StoredRisk {
  reasons: RiskReason[];
  /** Null when the risk context was unavailable at decision time. */
  parties: PartiesSummary | null;
}

const limits = DEFAULT_VIEW_LIMITS;

export function maskedReason(reason: RiskReason): RiskReason {
  return {
    code: reason.code,
    party: clip(reason.party, 200),
    text: clip(maskEmailsIn(reason.text), limits.text),
    weight: reason.weight,
    evidence: boundEvidence(reason.evidence, limits.perItem, limits.text),
  };
}

export function storedRiskOf(reasons: readonly RiskReason[], context: RiskContext | null): StoredRisk {
  return {
    reasons: reasons.map(maskedReason),
    parties: context
      ? {
          requesterId: context.requester?.userId ?? null,
          requesterNote: context.requesterNote ? clip(maskEmailsIn(context.requesterNote), limits.text) : null,
          parties: context.parties.map((party) => toViewParty(party, limits)),
          linkedAccounts: toLinkedAccounts(context.parties),
        }
      : null,
  };
}
