/**
 * The facts rules are evaluated against: one flat, helpdesk-neutral view of the ticket, its
 * classification and its risk context. Built once per decision.
 */
import type { Ticket } from '../../domain/ticket';
import type { DecisionIncident, EntityType } from '../../incidents/types';
import type { ReasonCode, RiskContext, RiskLevel } from '../../risk/types';
import type { CrisisCategory, CrisisResult, Intent, IntentScore } from '../types';
import type { RequesterRole } from './schema';

export interface Facts {
  intents: IntentScore[];
  primaryIntent: Intent;
  crisis: boolean;
  /** Possible danger (the second tier): at most one of crisis / crisisReview is true. */
  crisisReview: boolean;
  /** The crisis taxonomy code of either tier; null when neither tier is set. */
  crisisCategory: CrisisCategory | null;
  source: Ticket['source'];
  /** Lower-cased. */
  channel: string;
  /** Lower-cased existing ticket tags. */
  tags: Set<string>;
  /** False when the risk lookup failed (context null): risk conditions then never match. */
  riskAvailable: boolean;
  level: RiskLevel | null;
  score: number | null;
  reasonCodes: Set<ReasonCode>;
  /** Empty when risk is unavailable; `unknown` when the requester was not matched. */
  roles: Set<RequesterRole>;
  /** Largest mentioned order amount in minor units (cents) of its own currency; null without orders. */
  maxOrderCents: number | null;
  /** The ticket's incident (its size and what it is about), null when it belongs to none. */
  incident: { ticketCount: number; entityType: EntityType } | null;
}

/**
 * Requester role: the side the requester is on in the orders the ticket mentions; with no
 * mentioned order of theirs, `seller` for seller accounts and `buyer` otherwise.
 */
export function requesterRoles(context: RiskContext | null): Set<RequesterRole> {
  const roles = new Set<RequesterRole>();
  if (!context) return roles;
  const requester = context.requester;
  if (!requester) return new Set<RequesterRole>(['unknown']);
  for (const order of context.orders) {
    if (order.buyerId === requester.userId) roles.add('buyer');
    if (order.sellerId === requester.userId) roles.add('seller');
  }
  if (roles.size === 0) roles.add(requester.account.isSeller ? 'seller' : 'buyer');
  return roles;
}

export function buildFacts(
  ticket: Ticket,
  context: RiskContext | null,
  classification: { intent: Intent; intents: IntentScore[] },
  crisis: boolean | Pick<CrisisResult, 'crisis' | 'crisisReview' | 'category'>,
  incident: DecisionIncident | null = null,
): Facts {
  const tier = typeof crisis === 'boolean' ? { crisis, crisisReview: false, category: null } : crisis;
  // The detector promises at most one tier; if both arrive, crisis (the stronger) wins.
  const crisisReview = tier.crisisReview && !tier.crisis;
  const amounts = context ? context.orders.map((order) => order.amountCents) : [];
  return {
    intents: classification.intents,
    primaryIntent: classification.intent,
    crisis: tier.crisis,
    crisisReview,
    crisisCategory: tier.crisis || crisisReview ? tier.category : null,
    source: ticket.source,
    channel: typeof ticket.channel === 'string' ? ticket.channel.toLowerCase() : '',
    tags: new Set((Array.isArray(ticket.tags) ? ticket.tags : []).map((tag) => String(tag).toLowerCase())),
    riskAvailable: context !== null,
    level: context ? context.level : null,
    score: context ? context.score : null,
    reasonCodes: new Set(context ? context.reasons.map((reason) => reason.code) : []),
    roles: requesterRoles(context),
    maxOrderCents: amounts.length > 0 ? Math.max(...amounts) : null,
    incident: incident ? { ticketCount: incident.ticketCount, entityType: incident.entity.type } : null,
  };
}
