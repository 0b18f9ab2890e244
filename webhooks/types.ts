import type { IncomingHttpHeaders } from 'node:http';
import type { z } from 'zod';
import type { HelpdeskEvent, HelpdeskSource } from '../src/domain/ticket';

/** Every way a webhook request can end; metrics pre-register these as label values. */
export const INTAKE_OUTCOMES = [
  'accepted',
  'duplicate',
  'ping',
  'ignored_own_update',
  'ignored_own_tags',
  'ignored_not_relevant',
  'ignored_unsupported',
  'rejected_signature',
  'rejected_payload',
  'rejected_content_type',
  'rejected_too_large',
  'receiver_disabled',
  'unavailable',
] as const;
export type IntakeOutcome = (typeof INTAKE_OUTCOMES)[number];

/** Hook the metrics module plugs in; intake calls it once per request. */
export interface IntakeCounters {
  onOutcome(source: HelpdeskSource, outcome: IntakeOutcome): void;
}
export const NOOP_COUNTERS: IntakeCounters = { onOutcome: () => undefined };

export type IgnoreReason = 'own_update' | 'own_tags' | 'not_relevant' | 'unsupported';

/** What a vendor normalizer makes of one verified, schema-valid delivery. */
export type Normalized =
  | {
      type: 'event';
      event: HelpdeskEvent;
      /** Every user/admin id that made this change (event actor, comment/note author, trigger's current user). */
      actorIds: string[];
      /** Present for tag-change events: what was added and removed. */
      tagChange?: { added: string[]; removed: string[] };
      /** False for events intake acknowledges without processing (see docs/webhooks.md). */
      relevant: boolean;
      /**
       * A status change of what may be riskdesk's own problem ticket / tracker: queued (never
       * coalesced, so it cannot replace or be replaced by a ticket's triage job) for the worker to
       * apply to the incident; never triaged.
       */
      statusOnly?: boolean;
      /**
       * Present when the delivery is an agent's public reply (Zendesk public comment by staff,
       * Intercom admin reply that is not an AI answer): stops the ticket's SLA clock.
       */
      agentReply?: { at: string };
    }
  | { type: 'ping' }
  | { type: 'ignored'; reason: IgnoreReason; deliveryId?: string };

export interface Rejection {
  code: string;
  message: string;
}

/** One helpdesk's receiver: how to verify, what the body must look like, how to normalize it. */
export interface VendorReceiver<T> {
  source: HelpdeskSource;
  /** Empty list: the receiver is disabled (404). */
  secrets: readonly string[];
  /** Checks the signature on the raw bytes; null when valid. */
  verify(raw: Buffer, headers: IncomingHttpHeaders, nowMs: number): Rejection | null;
  /** zod-validates the parsed JSON (errors name the offending field path). */
  parse(json: unknown): { success: true; data: T } | { success: false; error: z.ZodError };
  normalize(payload: T, headers: IncomingHttpHeaders, receivedAt: string): Normalized;
}
