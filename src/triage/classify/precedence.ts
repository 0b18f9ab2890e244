/**
 * Which intent is primary when several are present. The customer's *situation* outranks the
 * *remedy* they ask for: "never arrived, want a refund" is item_not_received, and a refund
 * request is only primary when nothing more specific is said. Among situations, the more
 * specific and more urgent explanation wins: a payment made off-platform explains why the item
 * never came (scam_off_platform); a stranger changing the password explains why the owner is
 * locked out and why there are unknown charges (account_takeover); an explicit bank dispute
 * governs the money flow whatever caused it (chargeback_dispute). The boundary rules between
 * close neighbours (counterfeit/not-as-described, refund/not-received, harassment/the rest) are
 * in boundaries.ts.
 */
import type { Intent } from '../types';
import { THREATENED_DISPUTE } from './boundary-cues';
import { ORDER_UNDONE_YIELDS_TO, orderUndone } from './boundaries';
import type { RawScores } from './score';

/** Multipliers applied to raw evidence before ranking. */
const PRECEDENCE: Record<Intent, number> = {
  scam_off_platform: 1.35,
  chargeback_dispute: 1.3,
  account_takeover: 1.25,
  counterfeit: 1.15,
  unauthorized_transaction: 1.1,
  harassment: 1.1,
  seller_payout: 1.05,
  item_not_received: 1.0,
  item_not_as_described: 0.95,
  account_access: 0.9,
  refund_request: 0.8,
  other: 1,
};

/** What is left of the evidence for a bank dispute that is only threatened. */
const THREAT_ONLY = 0.3;
/** Below this adjusted evidence nothing fits well enough: the ticket is `other`. */
export const MIN_EVIDENCE = 1.5;
/** A remedy (refund) next to a situation of at least this evidence is never primary. */
const SITUATION_EVIDENCE = 2;

/** `text` is the normalised ticket: an undone order (boundaries.ts) keeps a refund from being a mere remedy. */
export function adjustScores(given: RawScores, text = ''): Map<Intent, number> {
  // A bank dispute the customer only threatens ("by Friday, or I do a chargeback") was not filed:
  // it is no situation that governs the money, and the refund they ask for is not a mere remedy.
  const raw = new Map(given);
  const dispute = raw.get('chargeback_dispute');
  if (dispute !== undefined && THREATENED_DISPUTE.test(text)) raw.set('chargeback_dispute', dispute * THREAT_ONLY);
  const adjusted = new Map<Intent, number>();
  for (const [intent, score] of raw) adjusted.set(intent, score * PRECEDENCE[intent]);
  const situation = [...raw].some(
    ([intent, score]) => intent !== 'refund_request' && intent !== 'other' && score >= SITUATION_EVIDENCE,
  );
  const refund = adjusted.get('refund_request');
  // A refund for an order that was undone (cancelled, mistaken, duplicate) is the need itself —
  // unless the order was never the customer's (an unknown charge, a takeover, a bank dispute):
  // then cancelling it is again only the remedy, as the order-undone rule says (boundaries.ts).
  const notTheirs = ORDER_UNDONE_YIELDS_TO.some((intent) => (raw.get(intent) ?? 0) >= SITUATION_EVIDENCE * 1.5);
  if (situation && refund !== undefined && (notTheirs || !orderUndone(text))) adjusted.set('refund_request', refund * 0.5);
  // Off-platform payment explains the missing item; a takeover explains the access problem and
  // the payouts that went to someone else's bank.
  damp(adjusted, 'scam_off_platform', ['item_not_received', 'item_not_as_described'], 0.6);
  damp(adjusted, 'account_takeover', ['account_access', 'unauthorized_transaction', 'seller_payout'], 0.7);
  damp(adjusted, 'chargeback_dispute', ['item_not_received', 'unauthorized_transaction', 'refund_request'], 0.7);
  return adjusted;
}

function damp(scores: Map<Intent, number>, when: Intent, targets: Intent[], factor: number): void {
  if ((scores.get(when) ?? 0) < MIN_EVIDENCE * 2) return;
  for (const target of targets) {
    const value = scores.get(target);
    if (value !== undefined) scores.set(target, value * factor);
  }
}
