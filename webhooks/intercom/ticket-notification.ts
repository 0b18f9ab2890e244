/**
 * Intercom ticket topics (`ticket.state.updated`, `ticket.created`, …): only tracker tickets
 * matter, because riskdesk's incidents are trackers; their state is queued for the worker, which
 * applies it when the tracker is riskdesk's own. Customer and back-office tickets are
 * acknowledged as before.
 */
import { z } from 'zod';
import type { HelpdeskEvent } from '../../src/domain/ticket';
import { idField, optionalText, toIso } from '../schema-fields';
import type { Normalized } from '../types';
import { intercomEnvelopeSchema } from './notification-schema';

export function isTicketTopic(topic: string): boolean {
  return topic.startsWith('ticket.');
}

// API 2.14 sends ticket_state as an object with a category; earlier versions as the category itself.
const ticketState = z.union([z.string().max(100), z.object({ category: optionalText })]);

export const intercomTicketSchema = z.object({
  type: optionalText,
  id: idField,
  category: optionalText,
  open: z.boolean().nullish(),
  ticket_state: ticketState.nullish(),
  updated_at: z.number().nullish(),
});

export const intercomTicketNotificationSchema = intercomEnvelopeSchema.extend({
  data: z.object({ type: optionalText, item: intercomTicketSchema }),
});

export type IntercomTicketNotification = z.infer<typeof intercomTicketNotificationSchema>;
type IntercomTicket = IntercomTicketNotification['data']['item'];

/** A closed ticket reads `closed` whatever its state; otherwise its state category (`resolved`, `in_progress`, …). */
function statusOf(ticket: IntercomTicket): string | undefined {
  if (ticket.open === false) return 'closed';
  const state = ticket.ticket_state;
  return typeof state === 'string' ? state : (state?.category ?? undefined);
}

export function normalizeIntercomTicket(payload: IntercomTicketNotification, receivedAt: string): Normalized {
  const ticket = payload.data.item;
  const category = ticket.category?.toLowerCase();
  if (category !== undefined && category !== 'tracker') return { type: 'ignored', reason: 'unsupported', deliveryId: payload.id };
  const event: HelpdeskEvent = {
    source: 'intercom',
    deliveryId: payload.id,
    kind: payload.topic,
    ticketId: ticket.id,
    occurredAt: toIso(ticket.updated_at ?? payload.created_at, receivedAt),
    actor: { type: 'unknown' },
    ticket: { status: statusOf(ticket) },
  };
  return { type: 'event', event, actorIds: [], relevant: false, statusOnly: true };
}
