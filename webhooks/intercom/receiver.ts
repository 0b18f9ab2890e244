import type { z } from 'zod';
import type { Normalized, VendorReceiver } from '../types';
import { isConversationTopic, normalizeIntercomConversation } from './normalize';
import {
  intercomConversationNotificationSchema,
  intercomEnvelopeSchema,
  type IntercomConversationNotification,
  type IntercomEnvelope,
} from './notification-schema';
import { verifyIntercomSignature } from './signature';
import { intercomTicketNotificationSchema, isTicketTopic, normalizeIntercomTicket, type IntercomTicketNotification } from './ticket-notification';

export type IntercomPayload =
  | { kind: 'conversation'; body: IntercomConversationNotification }
  | { kind: 'ticket'; body: IntercomTicketNotification }
  | { kind: 'other'; body: IntercomEnvelope };

type ParseResult = { success: true; data: IntercomPayload } | { success: false; error: z.ZodError };

export function parseIntercomPayload(json: unknown): ParseResult {
  const envelope = intercomEnvelopeSchema.safeParse(json);
  if (!envelope.success) return envelope;
  if (isTicketTopic(envelope.data.topic)) {
    const ticket = intercomTicketNotificationSchema.safeParse(json);
    return ticket.success ? { success: true, data: { kind: 'ticket', body: ticket.data } } : ticket;
  }
  if (!isConversationTopic(envelope.data.topic)) return { success: true, data: { kind: 'other', body: envelope.data } };
  const conversation = intercomConversationNotificationSchema.safeParse(json);
  return conversation.success ? { success: true, data: { kind: 'conversation', body: conversation.data } } : conversation;
}

export function createIntercomReceiver(config: { secrets: readonly string[] }): VendorReceiver<IntercomPayload> {
  return {
    source: 'intercom',
    secrets: config.secrets,
    verify: (raw, headers) => verifyIntercomSignature(raw, headers, config.secrets),
    parse: parseIntercomPayload,
    normalize(payload: IntercomPayload, _headers, receivedAt: string): Normalized {
      if (payload.kind === 'conversation') return normalizeIntercomConversation(payload.body, receivedAt);
      if (payload.kind === 'ticket') return normalizeIntercomTicket(payload.body, receivedAt);
      // Saving a subscription sends `ping`; other topics (contacts, users, …) are acknowledged and counted.
      if (payload.body.topic === 'ping') return { type: 'ping' };
      return { type: 'ignored', reason: 'unsupported', deliveryId: payload.body.id };
    },
  };
}
