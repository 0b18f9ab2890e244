import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { ActorType, HelpdeskEvent } from '../../src/domain/ticket';
import { headerValue } from '../header';
import { toIso } from '../schema-fields';
import type { Normalized } from '../types';
import { ZENDESK_PROCESSED_KINDS } from './normalize-event';
import type { ZendeskTrigger } from './trigger-schema';

export const ZENDESK_INVOCATION_HEADER = 'x-zendesk-webhook-invocation-id';

/** `{{ticket.via}}` renders a label ("Mail", "Web form", …); map the common ones to channel names. */
const VIA_CHANNELS: Record<string, string> = {
  mail: 'email',
  email: 'email',
  'web form': 'web',
  web: 'web',
  'web service': 'api',
  api: 'api',
  chat: 'chat',
  messaging: 'messaging',
  'mobile sdk': 'mobile',
  phone: 'voice',
  'phone call (incoming)': 'voice',
};

function channelOf(via: string | undefined): string | undefined {
  if (!via) return undefined;
  const key = via.trim().toLowerCase();
  return VIA_CHANNELS[key] ?? key.replace(/[^a-z0-9]+/g, '_');
}

function tagsOf(tags: ZendeskTrigger['tags']): string[] | undefined {
  if (tags === null || tags === undefined) return undefined;
  return Array.isArray(tags) ? tags : tags.split(/\s+/).filter(Boolean);
}

/**
 * Trigger deliveries carry no event id. The delivery id is, in order: Zendesk's invocation id
 * header (stable across retries of one invocation), the body's `delivery_id`, or a hash of what
 * identifies one update (ticket, updated_at, latest comment, updater, event) so a retry maps to
 * the same id and a different update to a different one.
 */
export function triggerDeliveryId(payload: ZendeskTrigger, headers: IncomingHttpHeaders): string {
  const invocation = headerValue(headers, ZENDESK_INVOCATION_HEADER);
  if (invocation) return `inv-${invocation}`;
  if (payload.delivery_id) return `trg-${payload.delivery_id}`;
  const basis = [payload.ticket_id, payload.updated_at ?? '', payload.latest_comment ?? '', payload.current_user_id ?? '', payload.event].join('\u0000');
  return `trg-${createHash('sha256').update(basis).digest('hex').slice(0, 32)}`;
}

export function normalizeZendeskTrigger(payload: ZendeskTrigger, headers: IncomingHttpHeaders, receivedAt: string): Normalized {
  const updaterId = payload.current_user_id;
  const actorType: ActorType = updaterId && updaterId === payload.requester_id ? 'customer' : 'unknown';
  const kind = payload.event;
  // The latest comment is the customer's when the customer made the update or opened the ticket.
  const text = actorType === 'customer' || kind === 'ticket.created' ? payload.latest_comment : undefined;
  const event: HelpdeskEvent = {
    source: 'zendesk',
    deliveryId: triggerDeliveryId(payload, headers),
    kind,
    ticketId: payload.ticket_id,
    occurredAt: toIso(payload.updated_at, receivedAt),
    actor: updaterId ? { type: actorType, id: updaterId } : { type: 'unknown' },
    ticket: {
      channel: channelOf(payload.via),
      subject: payload.subject,
      text,
      requester: {
        helpdeskUserId: payload.requester_id,
        externalId: payload.requester_external_id,
        email: payload.requester_email ?? undefined,
        name: payload.requester_name,
      },
      tags: tagsOf(payload.tags),
      updatedAt: payload.updated_at,
      status: payload.status,
    },
  };
  // A trigger fires on any update; the admin's trigger conditions already chose which ones matter.
  const relevant = kind === 'ticket.updated' || ZENDESK_PROCESSED_KINDS.has(kind);
  return { type: 'event', event, actorIds: updaterId ? [updaterId] : [], relevant };
}
