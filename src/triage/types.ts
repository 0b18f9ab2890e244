/**
 * The decision contract: a stable JSON shape (documented in docs/rules.md) that the worker
 * writes back, the audit trail stores and the sidebar shows. Extend by adding fields.
 */
import type { RiskLevel, RiskReason } from '../risk/types';
import type { DecisionIncident } from '../incidents/types';
import type { CrisisCategory } from './crisis/taxonomy';
import type { HelplineChoice } from './helplines/select';

export type { CrisisCategory } from './crisis/taxonomy';
export type { HelplineChoice } from './helplines/select';

export const INTENTS = [
  'item_not_received',
  'item_not_as_described',
  'counterfeit',
  'unauthorized_transaction',
  'account_takeover',
  'chargeback_dispute',
  'scam_off_platform',
  'harassment',
  'seller_payout',
  'refund_request',
  'account_access',
  'other',
] as const;
export type Intent = (typeof INTENTS)[number];

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

export interface IntentScore {
  name: Intent;
  confidence: number;
}

export type CrisisLanguageCode = 'en' | 'de' | 'es' | 'pl' | 'fr' | 'it' | 'unknown';

export interface CrisisEvidence {
  /** The matched words as written in the ticket (trimmed to a short excerpt). */
  excerpt: string;
  /** What the span shows, e.g. `plan_or_means`, `goodbye`, `explicit_statement`. */
  kind: string;
  /** The taxonomy category this span supports. */
  category: CrisisCategory;
  language: CrisisLanguageCode;
  /** `local` = riskdesk's own detector; `provider` = the optional model service's second opinion. */
  source: 'local' | 'provider';
}

/**
 * Two tiers: `crisis` is confident (the crisis override); `crisisReview` is possible danger that a
 * person must read first. At most one of the two is true.
 */
export interface CrisisResult {
  crisis: boolean;
  crisisReview: boolean;
  /** The category the ticket is filed under (the most urgent one evidenced), or null. */
  category: CrisisCategory | null;
  /** The detector's confidence that someone is in danger, 0..1. */
  score: number;
  evidence: CrisisEvidence[];
}

export interface DecisionActions {
  tags: string[];
  priority: Priority;
  /** Named destination from the rules file; resolve per helpdesk with the rules' destinations. */
  route: string | null;
  /** Named macros from the rules file; resolve per helpdesk with the rules' macros. */
  macros: string[];
  slaMinutes: number | null;
  nextSteps: string[];
  noteSections: string[];
}

export interface Decision {
  intent: Intent;
  intents: IntentScore[];
  crisis: boolean;
  /** Possible danger: read for safety first (never routed to the crisis team automatically). */
  crisisReview: boolean;
  crisisCategory: CrisisCategory | null;
  crisisEvidence: CrisisEvidence[];
  /** Crisis lines for the requester's country (and the category), when either tier is set. */
  helplines?: HelplineChoice | null;
  /**
   * From the risk context. When the risk lookup failed: `available: false`, score 0, level `low`,
   * no reasons — read `available` before trusting the level.
   */
  risk: { score: number; level: RiskLevel; reasons: RiskReason[]; available?: boolean };
  actions: DecisionActions;
  /** Rendered internal note (HTML, < 64 KB). */
  note: string;
  rules: { version: string; fired: string[] };
  /** The intent/crisis model version that decided (src/learning); absent = the shipped corpus model. */
  model?: { version: string };
  /**
   * The incident the ticket belongs to (tickets about the same seller, show, tracking number,
   * linked accounts or off-platform contact), or null. Computed before decide() and passed in.
   */
  incident?: DecisionIncident | null;
}
