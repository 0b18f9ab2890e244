/**
 * Pure projection of (Decision, RiskContext, history) into the sidebar's ContextView. When the
 * fresh risk context is available its score and reasons win (agents need the live picture); the
 * decision still supplies intents, crisis and the actions riskdesk took.
 */
import type { HelpdeskSource } from '../domain/ticket';
import type { OrderContext, RiskContext, RiskReason } from '../risk/types';
import { safeHandlingGuidance } from '../triage/helplines/guidance';
import { boundView } from './bound-view';
import {
  DEFAULT_VIEW_LIMITS,
  MAX_VIEW_BYTES,
  type ActionsStatus,
  type ContextView,
  type DecisionSummary,
  type PartiesSummary,
  type ViewHistoryEntry,
  type ViewLimits,
  type ViewOrder,
  type ViewReason,
  type ViewStatus,
} from './context-view';
import { toLinkedAccounts, toViewParty } from './party-view';
import { boundEvidence, clip, maskEmailsIn } from './text';

export interface ToContextViewInput {
  source: HelpdeskSource;
  ticketId: string;
  status: ViewStatus;
  decision: DecisionSummary;
  /** Null when the risk store could not answer: the decision's own risk is shown instead. */
  context: RiskContext | null;
  /** The parties as stored with the decision: shown when `context` is null. */
  storedParties?: PartiesSummary | null;
  /** Defaults to `taken` for a decided view and `proposed` for a preview. */
  actionsStatus?: ActionsStatus;
  /** Newest first. */
  history: ViewHistoryEntry[];
  now?: Date;
  limits?: ViewLimits;
  maxBytes?: number;
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

const CONTEXT_UNAVAILABLE = 'risk context unavailable: showing the stored decision only';

/** Who is shown: the live context's parties, else those stored with the decision, else none. */
function partiesOf(input: ToContextViewInput, limits: ViewLimits): PartiesSummary {
  const { context } = input;
  if (context) {
    return {
      requesterId: context.requester?.userId ?? null,
      requesterNote: context.requesterNote ?? null,
      parties: context.parties.map((p) => toViewParty(p, limits)),
      linkedAccounts: toLinkedAccounts(context.parties),
    };
  }
  return input.storedParties ?? { requesterId: null, requesterNote: CONTEXT_UNAVAILABLE, parties: [], linkedAccounts: [] };
}

/** The tier fields of the view; at most one tier is set, crisis winning (as in decide()). */
function safetyOf(decision: DecisionSummary): Pick<ContextView, 'crisis' | 'crisisReview' | 'crisisCategory' | 'helplines' | 'safetyGuidance'> {
  const crisis = decision.crisis;
  const crisisReview = !crisis && decision.crisisReview === true;
  const category = crisis || crisisReview ? (decision.crisisCategory ?? null) : null;
  return {
    crisis,
    crisisReview,
    crisisCategory: category,
    helplines: crisis || crisisReview ? (decision.helplines ?? null) : null,
    safetyGuidance: crisis || crisisReview ? safeHandlingGuidance(category) : [],
  };
}

/** Builds the unbounded-lists view; `toContextView` then caps it. */
function project(input: ToContextViewInput, limits: ViewLimits): ContextView {
  const { decision, context } = input;
  const who = partiesOf(input, limits);
  const usernames = new Map(who.parties.map((p) => [p.userId, p.username]));
  const risk = context ?? decision.risk;
  const reasons = [...risk.reasons].sort((a, b) => b.weight - a.weight);
  return {
    source: input.source,
    ticketId: input.ticketId,
    generatedAt: (input.now ?? new Date()).toISOString(),
    status: input.status,
    risk: { score: risk.score, level: risk.level, reasons: reasons.map((r) => toReason(r, usernames, limits)) },
    ...safetyOf(decision),
    crisisEvidence: decision.crisisEvidence.map((e) => ({ ...e, excerpt: clip(maskEmailsIn(e.excerpt), limits.text) })),
    intent: decision.intent,
    intents: decision.intents.map((i) => ({ name: i.name, confidence: i.confidence })),
    requesterId: who.requesterId,
    requesterNote: who.requesterNote,
    parties: who.parties,
    orders: (context?.orders ?? []).map((o) => toOrder(o, limits)),
    linkedAccounts: who.linkedAccounts,
    actions: {
      tags: [...decision.actions.tags],
      priority: decision.actions.priority,
      route: decision.actions.route,
      macros: [...decision.actions.macros],
      slaMinutes: decision.actions.slaMinutes,
    },
    actionsStatus: input.actionsStatus ?? (input.status === 'decided' ? 'taken' : 'proposed'),
    history: [...input.history],
    truncated: false,
  };
}

/** The sidebar view for one ticket: pure, bounded (lists capped, ≤ `maxBytes` serialized). */
export function toContextView(input: ToContextViewInput): ContextView {
  const limits = input.limits ?? DEFAULT_VIEW_LIMITS;
  return boundView(project(input, limits), limits, input.maxBytes ?? MAX_VIEW_BYTES);
}
