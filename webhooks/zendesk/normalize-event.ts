import type { ActorType, HelpdeskEvent } from '../../src/domain/ticket';
import { toIso } from '../schema-fields';
import type { Normalized } from '../types';
import { EVENT_TYPE_PREFIX, type ZendeskEnvelope, type ZendeskTicketEvent } from './event-schema';

/**
 * Ticket events that can change what riskdesk would say: new ticket, new customer text, tags
 * (routing rules read them), subject/description, and a new requester (new identity, new risk).
 * Status, priority, assignment, custom fields, merges, spam and deletions are acknowledged only.
 */
export const ZENDESK_PROCESSED_KINDS: ReadonlySet<string> = new Set([
  'ticket.created',
  'ticket.comment_added',
  'ticket.tags_changed',
  'ticket.subject_changed',
  'ticket.description_changed',
  'ticket.requester_changed',
]);

/** Zendesk's system user id for changes made by Zendesk itself. */
const SYSTEM_ACTOR_ID = '-1';

export function isTicketEventType(type: string): boolean {
  return type.startsWith(`${EVENT_TYPE_PREFIX}ticket.`);
}

function actorOf(payload: ZendeskTicketEvent): { type: ActorType; id?: string } {
  const author = payload.event?.comment?.author;
  if (author?.id) return { type: author.is_staff ? 'agent' : 'customer', id: author.id };
  const actorId = payload.detail.actor_id;
  if (!actorId) return { type: 'unknown' };
  if (actorId === SYSTEM_ACTOR_ID) return { type: 'system', id: actorId };
  return { type: actorId === payload.detail.requester_id ? 'customer' : 'unknown', id: actorId };
}

/** Only customer-written text travels as `text`: agent replies must not trip crisis detection. */
function customerText(kind: string, payload: ZendeskTicketEvent, actor: ActorType): string | undefined {
  if (kind === 'ticket.created' || kind === 'ticket.description_changed') return payload.detail.description;
  if (kind === 'ticket.comment_added' && actor === 'customer') return payload.event?.comment?.body;
  return undefined;
}

export function normalizeZendeskEvent(payload: ZendeskTicketEvent, receivedAt: string): Normalized {
  const kind = payload.type.slice(EVENT_TYPE_PREFIX.length);
  const actor = actorOf(payload);
  const { detail } = payload;
  const event: HelpdeskEvent = {
    source: 'zendesk',
    deliveryId: payload.id,
    kind,
    ticketId: detail.id,
    occurredAt: toIso(payload.time, receivedAt),
    actor,
    ticket: {
      channel: detail.via?.channel,
      subject: detail.subject,
      text: customerText(kind, payload, actor.type),
      requester: { helpdeskUserId: detail.requester_id },
      tags: detail.tags ?? undefined,
      updatedAt: detail.updated_at,
      status: detail.status,
      priority: detail.priority,
    },
  };
  const actorIds = [...new Set([detail.actor_id, payload.event?.comment?.author?.id].filter((id): id is string => Boolean(id)))];
  const tagChange =
    kind === 'ticket.tags_changed' ? { added: payload.event?.tags_added ?? [], removed: payload.event?.tags_removed ?? [] } : undefined;
  const relevant = ZENDESK_PROCESSED_KINDS.has(kind) && !(kind === 'ticket.comment_added' && actor.type !== 'customer');
  // Only problem tickets can be riskdesk's own (the worker checks): other status changes stay unqueued.
  const statusOnly = kind === 'ticket.status_changed' && detail.type?.toLowerCase() === 'problem';
  // Only this comment's own flags count: detail.is_public is ticket-level ("any comment public").
  const comment = payload.event?.comment;
  const agentReply = kind === 'ticket.comment_added' && comment?.is_public === true && comment.author?.is_staff === true ? { at: event.occurredAt } : undefined;
  return { type: 'event', event, actorIds, tagChange, relevant, ...(statusOnly ? { statusOnly } : {}), ...(agentReply ? { agentReply } : {}) };
}

/** Non-ticket events (users, organizations, …) are verified and acknowledged, never queued. */
export function ignoreNonTicketEvent(payload: ZendeskEnvelope): Normalized {
  return { type: 'ignored', reason: 'unsupported', deliveryId: payload.id };
}
