import type { IncomingHttpHeaders } from 'node:http';
import type { z } from 'zod';
import type { Normalized, VendorReceiver } from '../types';
import { ignoreNonTicketEvent, isTicketEventType, normalizeZendeskEvent } from './normalize-event';
import { normalizeZendeskTrigger } from './normalize-trigger';
import { verifyZendeskSignature } from './signature';
import { zendeskEnvelopeSchema, zendeskTicketEventSchema, type ZendeskEnvelope, type ZendeskTicketEvent } from './event-schema';
import { zendeskTriggerSchema, type ZendeskTrigger } from './trigger-schema';

export type ZendeskPayload =
  | { kind: 'ticket_event'; body: ZendeskTicketEvent }
  | { kind: 'other_event'; body: ZendeskEnvelope }
  | { kind: 'trigger'; body: ZendeskTrigger };

type ParseResult = { success: true; data: ZendeskPayload } | { success: false; error: z.ZodError };

/** Envelopes have a `type`; everything else must be riskdesk's trigger body. */
export function parseZendeskPayload(json: unknown): ParseResult {
  const isObject = typeof json === 'object' && json !== null && !Array.isArray(json);
  if (isObject && 'type' in json) {
    // Ticket events (nearly all traffic) are parsed once, by the schema that includes the envelope.
    if (typeof json.type === 'string' && isTicketEventType(json.type)) {
      const ticketEvent = zendeskTicketEventSchema.safeParse(json);
      return ticketEvent.success ? { success: true, data: { kind: 'ticket_event', body: ticketEvent.data } } : ticketEvent;
    }
    const envelope = zendeskEnvelopeSchema.safeParse(json);
    return envelope.success ? { success: true, data: { kind: 'other_event', body: envelope.data } } : envelope;
  }
  const trigger = zendeskTriggerSchema.safeParse(json);
  return trigger.success ? { success: true, data: { kind: 'trigger', body: trigger.data } } : trigger;
}

export function createZendeskReceiver(config: { secrets: readonly string[]; toleranceSeconds: number }): VendorReceiver<ZendeskPayload> {
  return {
    source: 'zendesk',
    secrets: config.secrets,
    verify: (raw, headers, nowMs) => verifyZendeskSignature(raw, headers, config.secrets, config.toleranceSeconds, nowMs),
    parse: parseZendeskPayload,
    normalize(payload: ZendeskPayload, headers: IncomingHttpHeaders, receivedAt: string): Normalized {
      if (payload.kind === 'ticket_event') return normalizeZendeskEvent(payload.body, receivedAt);
      if (payload.kind === 'other_event') return ignoreNonTicketEvent(payload.body);
      return normalizeZendeskTrigger(payload.body, headers, receivedAt);
    },
  };
}
