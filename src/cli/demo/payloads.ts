/**
 * Sample deliveries as the helpdesks send them: riskdesk's published Zendesk trigger template
 * rendered the way Zendesk renders it, and an Intercom `conversation.user.created` notification,
 * each signed the way its vendor signs.
 */
import { createHash } from 'node:crypto';
import { INTERCOM_SIGNATURE_HEADER } from '../../../webhooks/intercom/signature';
import { ZENDESK_INVOCATION_HEADER } from '../../../webhooks/zendesk/normalize-trigger';
import { ZENDESK_SIGNATURE_HEADER, ZENDESK_TIMESTAMP_HEADER } from '../../../webhooks/zendesk/signature';
import { ZENDESK_TRIGGER_TEMPLATE } from '../../../webhooks/zendesk/trigger-schema';
import { computeHmac } from '../../security/hmac';

export interface SampleTicket {
  ticketId: string;
  /** Unique per delivery (Zendesk invocation id, Intercom notification id). */
  deliveryId: string;
  email: string;
  handle: string;
  /** The marketplace account the helpdesk user stands for: gives stable helpdesk user ids. */
  userId: string;
  subject: string;
  text: string;
  now: Date;
}

export interface SignedDelivery {
  body: string;
  headers: Record<string, string>;
}

const digest = (value: string): string => createHash('sha256').update(value).digest('hex');
/** Zendesk's format: ISO 8601 without milliseconds. */
const zendeskTime = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The trigger template with every placeholder filled in; placeholders Zendesk has no value for render empty. */
export function zendeskTriggerBody(ticket: SampleTicket): Record<string, unknown> {
  const requesterId = String(parseInt(digest(`zendesk:${ticket.userId}`).slice(0, 11), 16));
  const rendered: Record<string, string> = {
    '{{ticket.id}}': ticket.ticketId,
    '{{ticket.updated_at_with_timestamp}}': zendeskTime(ticket.now),
    '{{ticket.requester.id}}': requesterId,
    '{{ticket.requester.email}}': ticket.email,
    '{{ticket.requester.name}}': ticket.handle,
    '{{ticket.title}}': ticket.subject,
    '{{ticket.latest_comment}}': ticket.text,
    '{{ticket.via}}': 'Web form',
    '{{ticket.status}}': 'New',
    // The requester updated the ticket (opened it): their comment is customer text.
    '{{current_user.id}}': requesterId,
  };
  return Object.fromEntries(
    Object.entries(ZENDESK_TRIGGER_TEMPLATE).map(([key, value]) => [key, typeof value === 'string' && value.startsWith('{{') ? (rendered[value] ?? '') : value]),
  );
}

export function signZendesk(ticket: SampleTicket, secret: string): SignedDelivery {
  const body = JSON.stringify(zendeskTriggerBody(ticket));
  const timestamp = zendeskTime(new Date());
  return {
    body,
    headers: {
      'content-type': 'application/json',
      [ZENDESK_SIGNATURE_HEADER]: computeHmac('sha256', secret, [timestamp, body], 'base64'),
      [ZENDESK_TIMESTAMP_HEADER]: timestamp,
      [ZENDESK_INVOCATION_HEADER]: ticket.deliveryId,
    },
  };
}

/** Intercom's envelope around a new customer conversation (topic `conversation.user.created`). */
export function intercomNotification(ticket: SampleTicket): Record<string, unknown> {
  const contactId = digest(`intercom:${ticket.userId}`).slice(0, 24);
  const at = Math.floor(ticket.now.getTime() / 1000);
  const author = { type: 'user', id: contactId, name: ticket.handle, email: ticket.email };
  const item = {
    type: 'conversation',
    id: ticket.ticketId,
    created_at: at,
    updated_at: at,
    title: null,
    state: 'open',
    open: true,
    read: false,
    priority: 'not_priority',
    admin_assignee_id: null,
    team_assignee_id: null,
    tags: { type: 'tag.list', tags: [] },
    source: { type: 'conversation', id: `${ticket.ticketId}1`, delivered_as: 'customer_initiated', subject: ticket.subject, body: `<p>${escapeHtml(ticket.text)}</p>`, author, attachments: [], url: null, redacted: false },
    contacts: { type: 'contact.list', contacts: [{ type: 'contact', id: contactId, external_id: null }] },
    conversation_parts: { type: 'conversation_part.list', conversation_parts: [], total_count: 0 },
  };
  return {
    type: 'notification_event',
    app_id: 'riskdesk-demo',
    data: { type: 'notification_event_data', item },
    links: {},
    id: ticket.deliveryId,
    topic: 'conversation.user.created',
    delivery_status: 'pending',
    delivery_attempts: 1,
    delivered_at: 0,
    first_sent_at: at,
    created_at: at,
    self: null,
  };
}

export function signIntercom(ticket: SampleTicket, secret: string): SignedDelivery {
  const body = JSON.stringify(intercomNotification(ticket));
  return { body, headers: { 'content-type': 'application/json', [INTERCOM_SIGNATURE_HEADER]: `sha1=${computeHmac('sha1', secret, [body], 'hex')}` } };
}
