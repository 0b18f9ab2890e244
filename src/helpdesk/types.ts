import type { HelpdeskSource, Ticket } from '../domain/ticket';
import type { Priority } from '../triage/types';

/**
 * Paces requests against a budget shared by every worker. Awaited before EVERY HTTP request
 * either client sends (the worker's implementation spends a Redis-held budget).
 */
export interface RequestPacer {
  acquire(source: HelpdeskSource): Promise<void>;
}

/** For tests and tools: no pacing at all. */
export const noopPacer: RequestPacer = { acquire: async () => undefined };

/** One HTTP request riskdesk sent, as recorded for the audit trail (no bodies: they hold notes and PII). */
export interface SentRequest {
  method: string;
  path: string;
  status: number;
}

/** A step riskdesk chose not to send, and why (e.g. priority on an API version that rejects it). */
export interface SkippedStep {
  step: string;
  reason: string;
}

export interface WriteBackReport {
  requests: SentRequest[];
  skipped?: SkippedStep[];
}

/**
 * What the worker hands an adapter: the decision's write-back, with named destinations already
 * resolved to vendor ids through the rules file. `noteHtml: null` (or '') means "no note this
 * time" (the worker decided it would repeat an earlier one); the other steps still run.
 */
export interface HelpdeskWriteBack {
  ticket: Ticket;
  noteHtml: string | null;
  priority: Priority;
  tags: string[];
  route: { zendeskGroupId?: number; intercomTeamId?: string };
  macros: { zendesk: number[]; intercom: string[] };
  /** Zendesk custom field id → value, or Intercom conversation attribute name → value (see risk-fields.ts). */
  fields: Record<string, string | number>;
}

/** One helpdesk, seen through the neutral types. Adding a helpdesk means adding one adapter. */
export interface HelpdeskAdapter {
  readonly source: HelpdeskSource;
  /** Reads the current ticket/conversation and requester; `fallback` fills what the API lacks. */
  hydrate(ticketId: string, fallback?: Partial<Ticket>): Promise<Ticket>;
  writeBack(input: HelpdeskWriteBack): Promise<WriteBackReport>;
}
