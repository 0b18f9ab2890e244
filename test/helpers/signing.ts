import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Signed webhook requests for tests (intake and the worker's end-to-end tests). Fixtures in
 * test/fixtures/webhooks/ follow the vendors' documented envelopes; builders clone them with
 * fresh ids so every test delivery is new unless a test reuses one on purpose.
 */
export interface SignedRequest {
  body: string;
  headers: Record<string, string>;
}

type Json = Record<string, unknown>;
type BodyInput = string | Buffer | object;

const toText = (body: BodyInput): string => (typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString('utf8') : JSON.stringify(body));

/** Zendesk's format: ISO 8601 without milliseconds, e.g. 2021-03-25T05:09:27Z. */
export const zendeskTimestamp = (date = new Date()): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** base64(HMAC-SHA256(secret, timestamp + body)). */
export function signZendesk(body: BodyInput, secret: string, timestamp: string = zendeskTimestamp()): SignedRequest {
  const text = toText(body);
  const signature = createHmac('sha256', secret).update(timestamp).update(text).digest('base64');
  return {
    body: text,
    headers: {
      'content-type': 'application/json',
      'x-zendesk-webhook-signature': signature,
      'x-zendesk-webhook-signature-timestamp': timestamp,
    },
  };
}

/** `X-Hub-Signature: sha1=<hex HMAC-SHA1(secret, body)>`. */
export function signIntercom(body: BodyInput, secret: string): SignedRequest {
  const text = toText(body);
  return {
    body: text,
    headers: { 'content-type': 'application/json', 'x-hub-signature': `sha1=${createHmac('sha1', secret).update(text).digest('hex')}` },
  };
}

export function loadWebhookFixture(vendor: 'zendesk' | 'intercom', name: string): Json {
  return JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'webhooks', vendor, `${name}.json`), 'utf8')) as Json;
}

export const uniqueId = (prefix = ''): string => `${prefix}${randomUUID()}`;
export const uniqueTicketId = (): string => String(100_000 + Math.floor(Math.random() * 900_000_000));

const asObject = (value: unknown): Json => (typeof value === 'object' && value !== null ? (value as Json) : {});

export interface ZendeskEventOptions {
  eventId?: string;
  ticketId?: string;
  actorId?: string;
  requesterId?: string;
  time?: string;
}

function zendeskEvent(name: string, options: ZendeskEventOptions): Json {
  const payload = loadWebhookFixture('zendesk', name);
  const detail = asObject(payload.detail);
  const ticketId = options.ticketId ?? uniqueTicketId();
  payload.id = options.eventId ?? uniqueId();
  payload.subject = `zen:ticket:${ticketId}`;
  if (options.time) payload.time = options.time;
  detail.id = ticketId;
  if (options.actorId) detail.actor_id = options.actorId;
  if (options.requesterId) detail.requester_id = options.requesterId;
  return payload;
}

export function zendeskTicketCreated(options: ZendeskEventOptions & { description?: string } = {}): Json {
  const payload = zendeskEvent('ticket-created', options);
  if (options.description !== undefined) asObject(payload.detail).description = options.description;
  return payload;
}

export function zendeskCommentAdded(options: ZendeskEventOptions & { body?: string; authorId?: string; isStaff?: boolean; isPublic?: boolean } = {}): Json {
  const payload = zendeskEvent('comment-added', options);
  const comment = asObject(asObject(payload.event).comment);
  if (options.body !== undefined) comment.body = options.body;
  if (options.isPublic !== undefined) comment.is_public = options.isPublic;
  const author = asObject(comment.author);
  if (options.authorId) author.id = options.authorId;
  if (options.isStaff !== undefined) author.is_staff = options.isStaff;
  return payload;
}

export function zendeskTagsChanged(options: ZendeskEventOptions & { added?: string[]; removed?: string[] } = {}): Json {
  const payload = zendeskEvent('tags-changed', options);
  payload.event = { tags_added: options.added ?? ['vip'], tags_removed: options.removed ?? [] };
  return payload;
}

/** Any other ticket event type (status_changed fixture with its type replaced). */
export function zendeskTicketEvent(type: string, options: ZendeskEventOptions = {}): Json {
  const payload = zendeskEvent('status-changed', options);
  payload.type = `zen:event-type:${type}`;
  return payload;
}

/** riskdesk's trigger body as Zendesk renders it (placeholders filled in). */
export function zendeskTriggerBody(overrides: Json = {}): Json {
  return { ...loadWebhookFixture('zendesk', 'trigger-body'), ticket_id: uniqueTicketId(), ...overrides };
}

export interface IntercomOptions {
  notificationId?: string;
  conversationId?: string;
  body?: string;
  createdAt?: number;
}

function intercomNotification(name: string, options: IntercomOptions): Json {
  const payload = loadWebhookFixture('intercom', name);
  payload.id = options.notificationId ?? uniqueId('notif_');
  if (options.createdAt !== undefined) payload.created_at = options.createdAt;
  const item = asObject(asObject(payload.data).item);
  if (item.type === 'conversation') item.id = options.conversationId ?? uniqueTicketId();
  return payload;
}

function lastPart(payload: Json): Json {
  const parts = asObject(asObject(asObject(asObject(payload.data).item).conversation_parts).conversation_parts as unknown);
  const list = Array.isArray(parts) ? (parts as Json[]) : [];
  return list[list.length - 1] ?? {};
}

export function intercomUserCreated(options: IntercomOptions = {}): Json {
  const payload = intercomNotification('conversation-user-created', options);
  if (options.body !== undefined) asObject(asObject(asObject(payload.data).item).source).body = options.body;
  return payload;
}

export function intercomUserReplied(options: IntercomOptions = {}): Json {
  const payload = intercomNotification('conversation-user-replied', options);
  if (options.body !== undefined) lastPart(payload).body = options.body;
  return payload;
}

export function intercomAdminNoted(options: IntercomOptions & { adminId?: string } = {}): Json {
  const payload = intercomNotification('conversation-admin-noted', options);
  if (options.adminId) asObject(lastPart(payload).author).id = options.adminId;
  return payload;
}

export function intercomTagCreated(options: IntercomOptions & { tagsAdded?: string[] } = {}): Json {
  const payload = intercomNotification('conversation-tag-created', options);
  if (options.tagsAdded) asObject(asObject(payload.data).item).tags_added = { type: 'tag.list', tags: options.tagsAdded.map((name) => ({ type: 'tag', name })) };
  return payload;
}

export const intercomPing = (options: IntercomOptions = {}): Json => intercomNotification('ping', options);
export const intercomContactCreated = (options: IntercomOptions = {}): Json => intercomNotification('contact-created', options);
