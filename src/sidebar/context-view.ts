/**
 * The sidebar contract: the JSON `GET /api/context` answers and both sidebar apps (Zendesk ZAF,
 * Intercom Canvas Kit) render. It is a bounded, PII-light projection of a Decision and a
 * RiskContext: emails are masked, device and payment fingerprints never appear, lists are capped.
 */
import type { HelpdeskSource } from '../domain/ticket';
import type { ViewIncident } from '../incidents/view';
import type { AccountStatus, EvidenceValue, PartyRole, ReasonCode, RiskLevel, RiskReason } from '../risk/types';
import type { CrisisCategory, CrisisEvidence, HelplineChoice, Intent, IntentScore, Priority } from '../triage/types';

/** `decided`: riskdesk already decided on this ticket; `preview`: built on the spot, nothing written. */
export type ViewStatus = 'decided' | 'preview';

/**
 * What became of the actions shown: `taken` (written to the helpdesk, now or by an earlier
 * decision), `shadow` (shadow mode, or no helpdesk credentials: nothing written), `failed` (the
 * write-back failed), `proposed` (a preview: what riskdesk would do once it decides).
 */
export type ActionsStatus = 'taken' | 'shadow' | 'failed' | 'proposed';

export interface ViewReason {
  code: ReasonCode;
  party: string;
  /** The party's marketplace username, when the party is known. */
  partyUsername: string | null;
  text: string;
  weight: number;
  evidence: Record<string, EvidenceValue>;
}

export interface ViewBuyerStats {
  windowDays: number;
  orders: number;
  spendCents: number;
  refunds: number;
  chargebacks: number;
  claimsOpened: number;
  claimsWon: number;
  claimsLost: number;
  claimRate: number;
}

export interface ViewSellerStats {
  windowDays: number;
  orders: number;
  unshippedOver3Days: number;
  inrRate: number;
  snadRate: number;
}

export interface ViewParty {
  userId: string;
  roles: PartyRole[];
  username: string;
  /** `j***@example.com`: enough to recognise, not enough to contact. */
  maskedEmail: string;
  ageDays: number;
  country: string | null;
  verification: { email: boolean; phone: boolean; id: boolean };
  status: AccountStatus;
  isSeller: boolean;
  score: number;
  level: RiskLevel;
  buyer: ViewBuyerStats;
  seller: ViewSellerStats | null;
  enforcements: { count: number; last: { action: string; reason: string; at: string } | null };
  /** Account events of the recent window (type, time, country, new device?) — never the device itself. */
  recentEvents: Array<{ type: string; at: string; country: string | null; newDevice: boolean }>;
  linkedAccountCount: number;
}

export interface ViewOrder {
  id: string;
  title: string;
  category: string;
  amountCents: number;
  currency: string;
  status: string;
  buyerId: string;
  sellerId: string;
  createdAt: string;
  shippedAt: string | null;
  deliveredAt: string | null;
  hoursToShip: number | null;
  hoursInTransit: number | null;
  trackingNumber: string | null;
  carrier: string | null;
  disputes: Array<{ id: string; type: string; status: string; openedBy: string; createdAt: string }>;
  refunds: Array<{ id: string; amountCents: number; reason: string; createdAt: string }>;
}

export interface ViewLinkedAccount {
  userId: string;
  username: string;
  status: AccountStatus;
  via: Array<'device' | 'payment'>;
  /** The party (user id) this account is linked to. */
  linkedTo: string;
}

export interface ViewHistoryEntry {
  at: string;
  rulesVersion: string | null;
  /** Null for a job that failed before it could decide. */
  level: RiskLevel | null;
  score: number | null;
  intent: Intent | null;
  /** Write-back outcome recorded by the worker: written, unchanged, shadow, failed… */
  outcome: string;
}

export interface ViewActions {
  tags: string[];
  priority: Priority;
  route: string | null;
  macros: string[];
  slaMinutes: number | null;
}

/**
 * The parties as the audit trail keeps them at decision time (masked like the view), so a
 * sidebar can show them when the risk context cannot be rebuilt.
 */
export interface PartiesSummary {
  requesterId: string | null;
  requesterNote: string | null;
  parties: ViewParty[];
  linkedAccounts: ViewLinkedAccount[];
}

/**
 * What the view needs from a decision. A full triage `Decision` satisfies it; so does what the
 * audit trail keeps of one (see from-audit.ts), where reasons and crisis excerpts may be absent.
 */
export interface DecisionSummary {
  intent: Intent;
  intents: IntentScore[];
  crisis: boolean;
  /** Absent in summaries recorded before the tiers: read as false / null. */
  crisisReview?: boolean;
  crisisCategory?: CrisisCategory | null;
  crisisEvidence: CrisisEvidence[];
  helplines?: HelplineChoice | null;
  risk: { score: number; level: RiskLevel; reasons: RiskReason[] };
  actions: ViewActions;
}

export interface ContextView {
  source: HelpdeskSource;
  ticketId: string;
  generatedAt: string;
  status: ViewStatus;
  risk: { score: number; level: RiskLevel; reasons: ViewReason[] };
  crisis: boolean;
  /** Possible danger: the apps show "Read for safety first" at the top. Never true with `crisis`. */
  crisisReview: boolean;
  /** Crisis taxonomy code of either tier, or null. */
  crisisCategory: CrisisCategory | null;
  crisisEvidence: CrisisEvidence[];
  /** Crisis lines for the requester's country, when either tier is set (else null). */
  helplines: HelplineChoice | null;
  /** Short safe-handling guidance for agents, when either tier is set (else empty). */
  safetyGuidance: string[];
  intent: Intent;
  intents: Array<{ name: Intent; confidence: number }>;
  /** Null when the requester was not matched to a marketplace account. */
  requesterId: string | null;
  /** Why the requester is missing (unknown email, no external id …). */
  requesterNote: string | null;
  /** Riskiest first; the requester is flagged by its `requester` role. */
  parties: ViewParty[];
  orders: ViewOrder[];
  linkedAccounts: ViewLinkedAccount[];
  actions: ViewActions;
  actionsStatus: ActionsStatus;
  history: ViewHistoryEntry[];
  /** True when lists were cut to keep the view under its size bound. */
  truncated: boolean;
  /** The incident the ticket belongs to (with the other tickets of the wave), or null. */
  incident?: ViewIncident | null;
}

/** List caps; `boundView` halves them until the serialized view fits. */
export interface ViewLimits {
  reasons: number;
  parties: number;
  orders: number;
  linkedAccounts: number;
  history: number;
  /** Per-order disputes and refunds, per-party recent events, evidence entries, tags… */
  perItem: number;
  /** Longest string kept (characters). */
  text: number;
}

export const DEFAULT_VIEW_LIMITS: ViewLimits = {
  reasons: 8,
  parties: 6,
  orders: 10,
  linkedAccounts: 15,
  history: 10,
  perItem: 10,
  text: 300,
};

/** The serialized view never exceeds this many bytes (UTF-8). */
export const MAX_VIEW_BYTES = 64 * 1024;
