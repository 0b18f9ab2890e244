/** The audit trail's shapes: one row per decision the worker made (or failed to make). */
import type { CrisisProviderAudit } from '../crisis-provider/types';
import type { HelpdeskSource } from '../domain/ticket';
import type { RiskReason } from '../risk/types';
import type { PartiesSummary } from '../sidebar/context-view';
import type { CrisisCategory, Decision, Priority } from '../triage/types';

export const WRITEBACK_OUTCOMES = ['written', 'unchanged', 'shadow', 'failed'] as const;
export type WriteBackOutcome = (typeof WRITEBACK_OUTCOMES)[number];

/** Milliseconds spent in each stage; a stage that did not run is absent. */
export interface StageTimings {
  hydrate?: number;
  context?: number;
  decide?: number;
  writeback?: number;
}

export interface FailureInfo {
  /** The helpdesk's HTTP status, null when the failure was not an HTTP answer. */
  status: number | null;
  /** Short summary of the helpdesk's answer or the error (no PII: emails masked). */
  summary: string;
}

/**
 * What one decision writes to the helpdesk — or, in shadow mode, would write. Named things are
 * resolved for the ticket's helpdesk through the rules file; an id is null when the rules do not
 * map the name for that helpdesk (nothing is sent for it).
 */
export interface WritePlan {
  /** The internal note exactly as it is (or would be) posted, ref footer included. */
  note: { html: string };
  tags: string[];
  priority: Priority;
  /** The rules' route and the Zendesk group id / Intercom team id it resolves to. */
  route: { name: string | null; id: string | null };
  macros: Array<{ name: string; id: string | null }>;
  /** Zendesk custom field id → value, or Intercom conversation attribute name → value. */
  fields: Record<string, string | number>;
}

/** What the audit keeps beside a decision so the sidebars can show it without the helpdesk. */
export interface DecisionEvidence {
  /** The decision's reasons with their weights, masked (texts and evidence as the sidebar shows them). */
  reasons: RiskReason[];
  /** The parties at decision time, masked; null when the risk context was unavailable. */
  parties: PartiesSummary | null;
  /** The ticket as decided on, sealed (see ticket-snapshot.ts); null when no sealing key was given. */
  sealedTicket: string | null;
}

export interface DecisionRecordInput {
  source: HelpdeskSource;
  ticketId: string;
  eventIds: string[];
  jobId: string | null;
  attempt: number | null;
  /** Null when the job failed before a decision existed (e.g. hydration was refused). */
  decision: Decision | null;
  inputsHash: string | null;
  fingerprint: string | null;
  noteRef: string | null;
  outcome: WriteBackOutcome;
  /** Extra word on the outcome, e.g. `recovered` (the note had landed before a crash). */
  outcomeDetail: string | null;
  failure: FailureInfo | null;
  timings: StageTimings;
  /** Absent or null when the job failed before a plan existed. */
  writePlan?: WritePlan | null;
  /** Absent or null when the job failed before a decision existed. */
  evidence?: DecisionEvidence | null;
  /** The crisis second opinion's outcome; absent or null when no provider is configured. */
  crisisProvider?: CrisisProviderAudit | null;
}

export interface DecisionRecord {
  id: string;
  source: HelpdeskSource;
  ticketId: string;
  eventIds: string[];
  jobId: string | null;
  attempt: number | null;
  rulesVersion: string | null;
  firedRules: string[];
  inputsHash: string | null;
  intent: string | null;
  intents: Array<{ name: string; confidence: number }>;
  crisis: boolean;
  /** Possible danger (review tier); false for rows recorded before the tiers. */
  crisisReview: boolean;
  /** Crisis taxonomy code of either tier, or null. */
  crisisCategory: CrisisCategory | null;
  score: number | null;
  level: string | null;
  reasonCodes: string[];
  actions: Decision['actions'] | null;
  fingerprint: string | null;
  noteRef: string | null;
  outcome: WriteBackOutcome;
  outcomeDetail: string | null;
  failureStatus: number | null;
  failureSummary: string | null;
  timings: StageTimings;
  createdAt: string;
}

/** One decision with its write plan: `GET /api/decisions/{id}` and `riskdesk decisions --show`. */
export interface DecisionDetail extends DecisionRecord {
  /** Null for decisions recorded before write plans were kept, and for jobs that failed before deciding. */
  writePlan: WritePlan | null;
  /** The crisis second opinion (docs/crisis-provider.md); null when no provider was configured. */
  crisisProvider: CrisisProviderAudit | null;
}

/** One decision with what the sidebars need to show it without the helpdesk. */
export interface AuditedDecision {
  record: DecisionRecord;
  reasons: RiskReason[] | null;
  parties: PartiesSummary | null;
  sealedTicket: string | null;
}

export interface NoteMemory {
  source: HelpdeskSource;
  ticketId: string;
  fingerprint: string;
  ref: string;
  writtenAt: string;
}
