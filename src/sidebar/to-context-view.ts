/**
 * Pure projection of (Decision, RiskContext, history) into the sidebar's ContextView. When the
 * fresh risk context is available its score and reasons win (agents need the live picture); the
 * decision still supplies intents, crisis and the actions riskdesk took.
 */
import type { HelpdeskSource } from '../domain/ticket';
import type { OrderContext, PartyContext, RiskContext, RiskReason } from '../risk/types';
import { boundView } from './bound-view';
import {
  DEFAULT_VIEW_LIMITS,
  MAX_VIEW_BYTES,
  type ContextView,
  type DecisionSummary,
  type ViewHistoryEntry,
  type ViewLimits,
  type ViewLinkedAccount,
  type ViewOrder,
  type ViewParty,
  type ViewReason,
  type ViewStatus,
} from './context-view';
import { boundEvidence, clip, maskEmail, maskEmailsIn } from './text';

export interface ToContextViewInput {
  source: HelpdeskSource;
  ticketId: string;
  status: ViewStatus;
  decision: DecisionSummary;
  /** Null when the risk store could not answer: the decision's own risk is shown instead. */
  context: RiskContext | null;
  /** Newest first. */
  history: ViewHistoryEntry[];
  now?: Date;
  limits?: ViewLimits;
  maxBytes?: number;
}

function toParty(party: PartyContext, limits: ViewLimits): ViewParty {
  const { account, buyer, seller } = party;
  const enforcements = [...party.enforcements].sort((a, b) => b.at.localeCompare(a.at));
  const last = enforcements[0];
  return {
    userId: party.userId,
    roles: [...party.roles],
    username: clip(account.username, limits.text),
    maskedEmail: maskEmail(account.email),
    ageDays: account.ageDays,
    country: account.country,
    verification: { email: account.emailVerified, phone: account.phoneVerified, id: account.idVerified },
    status: account.status,
    isSeller: account.isSeller,
    score: party.score,
    level: party.level,
    buyer: {
      windowDays: buyer.windowDays,
      orders: buyer.orders,
      spendCents: buyer.spendCents,
      refunds: buyer.refunds,
      chargebacks: buyer.chargebacks,
      claimsOpened: buyer.claimsOpened,
      claimsWon: buyer.claimsWon,
      claimsLost: buyer.claimsLost,
      claimRate: buyer.claimRate,
    },
    seller: seller
      ? { windowDays: seller.windowDays, orders: seller.orders, unshippedOver3Days: seller.unshippedOver3Days, inrRate: seller.inrRate, snadRate: seller.snadRate }
      : null,
    enforcements: {
      count: enforcements.length,
      last: last ? { action: last.action, reason: clip(maskEmailsIn(last.reason), limits.text), at: last.at } : null,
    },
    recentEvents: party.recentEvents
      .slice(0, limits.perItem)
      .map((event) => ({ type: clip(event.type, 60), at: event.at, country: event.country, newDevice: event.newDevice })),
    linkedAccountCount: party.linkedAccounts.length,
  };
}

function toOrder(order: OrderContext, limits: ViewLimits): ViewOrder {
  return {
    id: order.id,
    title: clip(order.title, limits.text),
    category: clip(order.category, 80),
    amountCents: order.amountCents,
    currency: order.currency,
    status: order.status,
    buyerId: order.buyerId,
    sellerId: order.sellerId,
    createdAt: order.createdAt,
    shippedAt: order.shippedAt,
    deliveredAt: order.deliveredAt,
    hoursToShip: order.hoursToShip,
    hoursInTransit: order.hoursInTransit,
    trackingNumber: order.trackingNumber ? clip(order.trackingNumber, 80) : null,
    carrier: order.carrier ? clip(order.carrier, 80) : null,
    disputes: order.disputes
      .slice(0, limits.perItem)
      .map((d) => ({ id: d.id, type: d.type, status: d.status, openedBy: d.openedBy, createdAt: d.createdAt })),
    refunds: order.refunds
      .slice(0, limits.perItem)
      .map((r) => ({ id: r.id, amountCents: r.amountCents, reason: clip(maskEmailsIn(r.reason), limits.text), createdAt: r.createdAt })),
  };
}

const STATUS_RANK = { banned: 0, suspended: 1, active: 2 } as const;

/** Every party's links, one row per (account, party) pair, banned and suspended accounts first. */
function toLinkedAccounts(parties: PartyContext[]): ViewLinkedAccount[] {
  const seen = new Set<string>();
  const rows: ViewLinkedAccount[] = [];
  for (const party of parties) {
    for (const link of party.linkedAccounts) {
      const key = `${link.userId}\u0000${party.userId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({ userId: link.userId, username: link.username, status: link.status, via: [...link.via], linkedTo: party.userId });
    }
  }
  return rows.sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status]);
}

function toReason(reason: RiskReason, usernames: Map<string, string>, limits: ViewLimits): ViewReason {
  return {
    code: reason.code,
    party: reason.party,
    partyUsername: usernames.get(reason.party) ?? null,
    text: clip(maskEmailsIn(reason.text), limits.text),
    weight: reason.weight,
    evidence: boundEvidence(reason.evidence, limits.perItem, limits.text),
  };
}

/** Builds the unbounded-lists view; `toContextView` then caps it. */
function project(input: ToContextViewInput, limits: ViewLimits): ContextView {
  const { decision, context } = input;
  const parties = context?.parties ?? [];
  const usernames = new Map(parties.map((p) => [p.userId, p.account.username]));
  const risk = context ?? decision.risk;
  const reasons = [...risk.reasons].sort((a, b) => b.weight - a.weight);
  return {
    source: input.source,
    ticketId: input.ticketId,
    generatedAt: (input.now ?? new Date()).toISOString(),
    status: input.status,
    risk: { score: risk.score, level: risk.level, reasons: reasons.map((r) => toReason(r, usernames, limits)) },
    crisis: decision.crisis,
    crisisEvidence: decision.crisisEvidence.map((e) => ({ ...e, excerpt: clip(maskEmailsIn(e.excerpt), limits.text) })),
    intent: decision.intent,
    intents: decision.intents.map((i) => ({ name: i.name, confidence: i.confidence })),
    requesterId: context?.requester?.userId ?? null,
    requesterNote: context ? (context.requesterNote ?? null) : 'risk context unavailable: showing the stored decision only',
    parties: parties.map((p) => toParty(p, limits)),
    orders: (context?.orders ?? []).map((o) => toOrder(o, limits)),
    linkedAccounts: toLinkedAccounts(parties),
    actions: {
      tags: [...decision.actions.tags],
      priority: decision.actions.priority,
      route: decision.actions.route,
      macros: [...decision.actions.macros],
      slaMinutes: decision.actions.slaMinutes,
    },
    history: [...input.history],
    truncated: false,
  };
}

/** The sidebar view for one ticket: pure, bounded (lists capped, ≤ `maxBytes` serialized). */
export function toContextView(input: ToContextViewInput): ContextView {
  const limits = input.limits ?? DEFAULT_VIEW_LIMITS;
  return boundView(project(input, limits), limits, input.maxBytes ?? MAX_VIEW_BYTES);
}
