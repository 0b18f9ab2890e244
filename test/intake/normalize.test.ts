import { parseIntercomPayload, createIntercomReceiver } from '../../webhooks/intercom/receiver';
import { htmlToText } from '../../webhooks/intercom/html-text';
import { createZendeskReceiver, parseZendeskPayload } from '../../webhooks/zendesk/receiver';
import { triggerDeliveryId } from '../../webhooks/zendesk/normalize-trigger';
import { zendeskTriggerSchema } from '../../webhooks/zendesk/trigger-schema';
import type { Normalized } from '../../webhooks/types';
import { loadWebhookFixture, zendeskCommentAdded, zendeskTriggerBody } from '../helpers/signing';

const RECEIVED = '2025-01-08T12:00:00.000Z';
const zendesk = createZendeskReceiver({ secrets: ['s-12345678'], toleranceSeconds: 300 });
const intercom = createIntercomReceiver({ secrets: ['s-12345678'] });

function normalizeZendesk(json: unknown, headers: Record<string, string> = {}): Normalized {
  const parsed = parseZendeskPayload(json);
  if (!parsed.success) throw new Error(parsed.error.message);
  return zendesk.normalize(parsed.data, headers, RECEIVED);
}
function normalizeIntercom(json: unknown): Normalized {
  const parsed = parseIntercomPayload(json);
  if (!parsed.success) throw new Error(parsed.error.message);
  return intercom.normalize(parsed.data, {}, RECEIVED);
}
const eventOf = (n: Normalized) => {
  if (n.type !== 'event') throw new Error(`expected an event, got ${n.type}`);
  return n;
};

describe('Zendesk normalization', () => {
  test('ticket.created: description is the text, requester id kept, channel from via', () => {
    const n = eventOf(normalizeZendesk(loadWebhookFixture('zendesk', 'ticket-created')));
    expect(n.event).toMatchObject({
      source: 'zendesk',
      deliveryId: 'cbe4028c-7239-495d-b020-f22348516046',
      kind: 'ticket.created',
      ticketId: '5158',
      occurredAt: '2025-01-08T10:12:07.672Z',
      actor: { type: 'customer', id: '8447388090494' },
      ticket: { channel: 'web_form', subject: 'Seller never shipped my card', tags: ['buyer', 'web'], requester: { helpdeskUserId: '8447388090494' } },
    });
    expect(n.event.ticket.text).toContain('PSA 10 Charizard');
    expect(n.relevant).toBe(true);
  });

  test('comment_added: customer text; a staff comment carries no text and is not relevant', () => {
    const customer = eventOf(normalizeZendesk(loadWebhookFixture('zendesk', 'comment-added')));
    expect(customer.event.ticket.text).toBe('Any news? It has been two weeks and the tracking number is fake.');
    expect(customer.actorIds).toEqual(['8447388090494']);
    const staff = eventOf(normalizeZendesk(zendeskCommentAdded({ authorId: '77', isStaff: true, body: 'kill myself (quoted by agent)' })));
    expect(staff.event.actor).toEqual({ type: 'agent', id: '77' });
    expect(staff.event.ticket.text).toBeUndefined();
    expect(staff.relevant).toBe(false);
  });

  test('tags_changed reports the tag change; non-ticket events are ignored as unsupported', () => {
    expect(eventOf(normalizeZendesk(loadWebhookFixture('zendesk', 'tags-changed'))).tagChange).toEqual({ added: ['vip'], removed: [] });
    expect(normalizeZendesk(loadWebhookFixture('zendesk', 'user-created'))).toEqual({ type: 'ignored', reason: 'unsupported', deliveryId: '1f6b2c9e-3a5d-4e7f-8a9b-0c1d2e3f4a55' });
  });

  test('trigger body: identity, tags split, via mapped, customer text when the requester updated', () => {
    const n = eventOf(normalizeZendesk(loadWebhookFixture('zendesk', 'trigger-body')));
    expect(n.event).toMatchObject({
      kind: 'ticket.updated',
      ticketId: '5158',
      occurredAt: '2025-01-08T11:40:00.000Z',
      actor: { type: 'customer', id: '8447388090494' },
      ticket: {
        channel: 'web',
        tags: ['buyer', 'web'],
        requester: { email: 'jamie.buyer@example.com', externalId: 'usr_48213', name: 'Jamie Buyer', helpdeskUserId: '8447388090494' },
        text: 'Any news? It has been two weeks and the tracking number is fake.',
      },
    });
    const byAgent = eventOf(normalizeZendesk(zendeskTriggerBody({ current_user_id: '555' })));
    expect(byAgent.event.ticket.text).toBeUndefined();
    const empty = eventOf(normalizeZendesk(zendeskTriggerBody({ requester_email: '', requester_external_id: '', tags: '' })));
    expect(empty.event.ticket.requester).toEqual(expect.not.objectContaining({ email: expect.anything() }));
  });

  test('trigger delivery id: invocation header first, else a stable hash that changes with the update', () => {
    const body = zendeskTriggerSchema.parse(zendeskTriggerBody({ ticket_id: '42' }));
    expect(triggerDeliveryId(body, { 'x-zendesk-webhook-invocation-id': '8350205582' })).toBe('inv-8350205582');
    const a = triggerDeliveryId(body, {});
    expect(a).toMatch(/^trg-[0-9a-f]{32}$/);
    expect(triggerDeliveryId(zendeskTriggerSchema.parse(zendeskTriggerBody({ ticket_id: '42' })), {})).toBe(a);
    expect(triggerDeliveryId(zendeskTriggerSchema.parse(zendeskTriggerBody({ ticket_id: '42', latest_comment: 'another' })), {})).not.toBe(a);
  });

  test('schema errors name the path', () => {
    const bad = parseZendeskPayload({ ...loadWebhookFixture('zendesk', 'comment-added'), event: { comment: { author: { id: [] } } } });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues[0]?.path.join('.')).toBe('event.comment.author.id');
    const noComment = parseZendeskPayload({ ...loadWebhookFixture('zendesk', 'comment-added'), event: {} });
    expect(noComment.success).toBe(false);
  });
});

describe('Intercom normalization', () => {
  test('conversation.user.created: source body as text (HTML stripped), contact identity, messenger channel', () => {
    const n = eventOf(normalizeIntercom(loadWebhookFixture('intercom', 'conversation-user-created')));
    expect(n.event).toMatchObject({
      source: 'intercom',
      kind: 'conversation.user.created',
      ticketId: '215467880453321',
      occurredAt: new Date(1736331128 * 1000).toISOString(),
      actor: { type: 'customer', id: '6777a9c2e1b5f0a1c3d4e5f6' },
      ticket: { channel: 'messenger', requester: { externalId: 'usr_90311', email: 'alex.bidder@example.org', name: 'Alex Bidder', helpdeskUserId: '6777a9c2e1b5f0a1c3d4e5f6' } },
    });
    expect(n.event.ticket.text).toBe('Hello, I won the auction for the Jordan 1 Chicago but the seller asks me to pay outside the app.');
    expect(n.actorIds).toEqual([]);
    expect(n.relevant).toBe(true);
  });

  test('conversation.user.replied: the latest part is the text; admin note: actor is the admin', () => {
    const reply = eventOf(normalizeIntercom(loadWebhookFixture('intercom', 'conversation-user-replied')));
    expect(reply.event.ticket.text).toBe('He sent me a PayPal friends & family link, is that ok?');
    expect(reply.event.ticket.tags).toEqual(['auction']);
    const note = eventOf(normalizeIntercom(loadWebhookFixture('intercom', 'conversation-admin-noted')));
    expect(note.event.actor).toEqual({ type: 'agent', id: '5017691' });
    expect(note.actorIds).toEqual(['5017691']);
    expect(note.event.ticket.text).toBeUndefined();
    expect(note.relevant).toBe(false);
  });

  test('ping and other topics', () => {
    expect(normalizeIntercom(loadWebhookFixture('intercom', 'ping'))).toEqual({ type: 'ping' });
    expect(normalizeIntercom(loadWebhookFixture('intercom', 'contact-created'))).toMatchObject({ type: 'ignored', reason: 'unsupported' });
  });

  test('htmlToText', () => {
    expect(htmlToText('<p>a &amp; b</p><p>c<br>d</p>')).toBe('a & b\nc\nd');
  });
});

describe('found by the property test', () => {
  test('an out-of-range Intercom created_at falls back to the receive time instead of throwing', () => {
    const n = eventOf(normalizeIntercom({ ...loadWebhookFixture('intercom', 'conversation-user-replied'), created_at: 8640000000000.001 }));
    expect(n.event.occurredAt).toBe(RECEIVED);
  });
});
