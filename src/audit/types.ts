/** The audit trail's shapes: one row per decision the worker made (or failed to make). */
import type { HelpdeskSource } from '../domain/ticket';
import type { Decision } from '../triage/types';

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

export interface NoteMemory {
  source: HelpdeskSource;
  ticketId: string;
  fingerprint: string;
  ref: string;
  writtenAt: string;
}
