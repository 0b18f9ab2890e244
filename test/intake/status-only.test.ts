/**
 * Status-only deliveries: a Zendesk problem ticket's status change and an Intercom tracker's ticket
 * topics are queued for the worker (never coalesced, flagged in the job data); other status
 * changes and ticket kinds stay acknowledged only.
 */
import { randomBytes } from 'node:crypto';
import type { JobsOptions } from 'bullmq';
import { openJobData, type IntakeJobData } from '../../jobs/intake-job';
import type { IntakeQueue } from '../../jobs/intake-queue';
import { createLogger } from '../../src/logging/logger';
import { detectCrisis } from '../../src/triage/crisis';
import { acceptEvent } from '../../webhooks/accept-event';
import type { DeliveryDedupeStore, DeliveryRef } from '../../webhooks/delivery-dedupe';
import { createIntercomReceiver, parseIntercomPayload } from '../../webhooks/intercom/receiver';
import type { Normalized } from '../../webhooks/types';
import { createZendeskReceiver, parseZendeskPayload } from '../../webhooks/zendesk/receiver';
import { loadWebhookFixture } from '../helpers/signing';

const RECEIVED = '2025-01-08T12:00:00.000Z';
const zendesk = createZendeskReceiver({ secrets: ['s-12345678'], toleranceSeconds: 300 });
const intercom = createIntercomReceiver({ secrets: ['s-12345678'] });

function normalizeZendesk(json: unknown): Normalized {
  const parsed = parseZendeskPayload(json);
  if (!parsed.success) throw new Error(parsed.error.message);
  return zendesk.normalize(parsed.data, {}, RECEIVED);
}
function normalizeIntercom(json: unknown): Normalized {
  const parsed = parseIntercomPayload(json);
  if (!parsed.success) throw new Error(parsed.error.message);
  return intercom.normalize(parsed.data, {}, RECEIVED);
}
const eventOf = (n: Normalized): Extract<Normalized, { type: 'event' }> => {
  if (n.type !== 'event') throw new Error(`expected an event, got ${n.type}`);
  return n;
};

function statusChanged(type: string | undefined): unknown {
  const payload = loadWebhookFixture('zendesk', 'status-changed');
  const detail = payload.detail as Record<string, unknown>;
  detail.status = 'SOLVED';
  if (type) detail.type = type;
  return payload;
}

const trackerTopic = (item: Record<string, unknown>): unknown => ({ type: 'notification_event', id: 'notif_1', topic: 'ticket.state.updated', created_at: 1736331127, data: { type: 'notification_event_data', item: { type: 'ticket', id: '626', ...item } } });

describe('status-only deliveries', () => {
  test('Zendesk: a problem ticket’s status change is status-only; other tickets’ stay not relevant', () => {
    const problem = eventOf(normalizeZendesk(statusChanged('PROBLEM')));
    expect(problem).toMatchObject({ relevant: false, statusOnly: true, event: { kind: 'ticket.status_changed', ticketId: '5158', ticket: { status: 'SOLVED' }, actor: { id: '8447388090111' } } });
    for (const type of ['INCIDENT', undefined]) expect(eventOf(normalizeZendesk(statusChanged(type))).statusOnly).toBeUndefined();
  });

  test('Intercom: a tracker’s ticket topic carries its state; a closed tracker reads closed; other tickets are unsupported', () => {
    const progress = eventOf(normalizeIntercom(trackerTopic({ category: 'Tracker', open: true, ticket_state: { category: 'in_progress' }, updated_at: 1736332100 })));
    expect(progress).toMatchObject({ relevant: false, statusOnly: true, event: { source: 'intercom', ticketId: '626', kind: 'ticket.state.updated', occurredAt: '2025-01-08T10:28:20.000Z', ticket: { status: 'in_progress' } } });
    expect(eventOf(normalizeIntercom(trackerTopic({ category: 'Tracker', open: false, ticket_state: { category: 'in_progress' } }))).event.ticket.status).toBe('closed');
    expect(eventOf(normalizeIntercom(trackerTopic({ ticket_state: 'resolved' }))).event.ticket.status).toBe('resolved');
    expect(normalizeIntercom(trackerTopic({ category: 'Back-office', open: false }))).toEqual({ type: 'ignored', reason: 'unsupported', deliveryId: 'notif_1' });
  });

  test('Intercom: a ticket topic without an item id fails the schema, naming the field', () => {
    const parsed = parseIntercomPayload(trackerTopic({ id: undefined, category: 'Tracker' }));
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error.issues.map((issue) => issue.path.join('.'))).toEqual(['data.item.id']);
  });

  test('a status-only event is queued without coalescing, flagged in the job data', async () => {
    const key = randomBytes(32);
    const added: Array<{ data: IntakeJobData; opts: JobsOptions | undefined }> = [];
    const claims: DeliveryRef[] = [];
    const queue = { add: async (_name: string, data: IntakeJobData, opts?: JobsOptions) => (added.push({ data, opts }), { id: opts?.jobId }) } as unknown as IntakeQueue;
    const dedupe: DeliveryDedupeStore = { claim: async (ref) => (claims.push(ref), { claimed: true, deliveryIds: [ref.deliveryId] }), confirm: async () => undefined, release: async () => undefined };
    const deps = { queue, dedupe, jobDataKey: key, coalesceMs: 2000, isRedisReady: () => true, enqueueTimeoutMs: 1000, detectCrisis };
    const { event } = eventOf(normalizeZendesk(statusChanged('PROBLEM')));
    await acceptEvent(event, deps, createLogger('silent'), { statusOnly: true });
    await acceptEvent({ ...event, deliveryId: 'other' }, deps, createLogger('silent'));
    expect(claims.map((c) => c.coalesce)).toEqual([undefined, { id: 'zendesk-ticket-5158', ttlMs: 2000 }]);
    expect(added[0]?.opts?.deduplication).toBeUndefined();
    expect(added[1]?.opts?.deduplication).toBeDefined();
    expect(openJobData(added[0]?.data, key).statusOnly).toBe(true);
    expect(openJobData(added[1]?.data, key).statusOnly).toBe(false);
  });
});
