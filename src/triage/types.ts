/**
 * The decision contract: a stable JSON shape (documented in docs/rules.md) that the worker
 * writes back, the audit trail stores and the sidebar shows. Extend by adding fields.
 */
import type { RiskLevel, RiskReason } from '../risk/types';

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

export interface CrisisEvidence {
  /** The matched words as written in the ticket (trimmed to a short excerpt). */
  excerpt: string;
  /** e.g. `suicidal_ideation`, `self_harm`, `immediate_danger`. */
  kind: string;
  language: 'en' | 'de' | 'es' | 'pl' | 'unknown';
}

export interface CrisisResult {
  crisis: boolean;
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
  crisisEvidence: CrisisEvidence[];
  /**
   * From the risk context. When the risk lookup failed: `available: false`, score 0, level `low`,
   * no reasons — read `available` before trusting the level.
   */
  risk: { score: number; level: RiskLevel; reasons: RiskReason[]; available?: boolean };
  actions: DecisionActions;
  /** Rendered internal note (HTML, < 64 KB). */
  note: string;
  rules: { version: string; fired: string[] };
}
