import { intercomNotification, signIntercom, signZendesk, zendeskTriggerBody, type SampleTicket } from '../../src/cli/demo/payloads';
import { planDemoTickets } from '../../src/cli/demo/plan';
import { describeWrite } from '../../src/cli/demo/report';
import type { DemoDecision } from '../../src/cli/demo/service-client';
import { PATTERN_NAMES, type DemoAccount } from '../../src/seed/demo-accounts';
import { verifyIntercomSignature } from '../../webhooks/intercom/signature';
import { parseIntercomPayload } from '../../webhooks/intercom/receiver';
import { normalizeIntercomConversation } from '../../webhooks/intercom/normalize';
import { parseZendeskPayload } from '../../webhooks/zendesk/receiver';
import { normalizeZendeskTrigger } from '../../webhooks/zendesk/normalize-trigger';
import { verifyZendeskSignature } from '../../webhooks/zendesk/signature';
import { ZENDESK_TRIGGER_TEMPLATE } from '../../webhooks/zendesk/trigger-schema';

const sample: SampleTicket = {
  ticketId: '177000000000001',
  deliveryId: 'demo-177000000000001',
  email: 'grailqueen385@example.com',
  handle: 'grailqueen385',
  userId: 'U0000385',
  subject: 'Order never arrived',
  text: 'My order WN-48004033 never arrived <b>at all</b> & I want my money back.',
  now: new Date('2026-06-01T12:00:00Z'),
};
const headersOf = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));

describe('riskdesk demo sample webhooks', () => {
  it('renders the published Zendesk trigger template: same keys, customer text, requester email and handle, valid signature', () => {
    const body = zendeskTriggerBody(sample);
    expect(Object.keys(body)).toEqual(Object.keys(ZENDESK_TRIGGER_TEMPLATE));
    expect(JSON.stringify(body)).not.toContain('{{');
    const signed = signZendesk(sample, 'zendesk-demo-secret');
    const headers = headersOf(signed.headers);
    expect(verifyZendeskSignature(Buffer.from(signed.body), headers, ['zendesk-demo-secret'], 300, Date.now())).toBeNull();
    expect(verifyZendeskSignature(Buffer.from(signed.body), headers, ['another-secret'], 300, Date.now())).toMatchObject({ code: 'invalid_signature' });
    const parsed = parseZendeskPayload(JSON.parse(signed.body));
    if (!parsed.success || parsed.data.kind !== 'trigger') throw new Error('not parsed as a trigger body');
    const normalized = normalizeZendeskTrigger(parsed.data.body, headers, sample.now.toISOString());
    if (normalized.type !== 'event') throw new Error('not an event');
    expect(normalized.relevant).toBe(true);
    expect(normalized.event).toMatchObject({ ticketId: sample.ticketId, deliveryId: `inv-${sample.deliveryId}`, actor: { type: 'customer' } });
    expect(normalized.event.ticket).toMatchObject({ text: sample.text, subject: sample.subject, requester: { email: sample.email, name: sample.handle } });
  });

  it('builds an Intercom conversation.user.created notification from the account, signed with X-Hub-Signature', () => {
    const signed = signIntercom(sample, 'intercom-demo-secret');
    const headers = headersOf(signed.headers);
    expect(verifyIntercomSignature(Buffer.from(signed.body), headers, ['intercom-demo-secret'])).toBeNull();
    expect(verifyIntercomSignature(Buffer.from(signed.body), headers, ['another-secret'])).toMatchObject({ code: 'invalid_signature' });
    const parsed = parseIntercomPayload(JSON.parse(signed.body));
    if (!parsed.success || parsed.data.kind !== 'conversation') throw new Error('not parsed as a conversation');
    const normalized = normalizeIntercomConversation(parsed.data.body, sample.now.toISOString());
    if (normalized.type !== 'event') throw new Error('not an event');
    expect(normalized.relevant).toBe(true);
    expect(normalized.event).toMatchObject({ ticketId: sample.ticketId, deliveryId: sample.deliveryId, kind: 'conversation.user.created', actor: { type: 'customer' } });
    // HTML-escaped on the way in, plain text again after normalization.
    expect(normalized.event.ticket).toMatchObject({ text: sample.text, requester: { email: sample.email, name: sample.handle } });
    expect(intercomNotification(sample).topic).toBe('conversation.user.created');
  });
});

describe('riskdesk demo plan', () => {
  const account = (pattern: DemoAccount['pattern'], n: number): DemoAccount => ({
    pattern, userId: `U${n}`, email: `user${n}@example.com`, handle: `user${n}`, orderId: `WN-4800${n}`, seed: 42,
  });
  const accounts = PATTERN_NAMES.flatMap((pattern, i) => [account(pattern, i * 10), account(pattern, i * 10 + 1)]);

  it('sends one Zendesk and one Intercom ticket per pattern, from its accounts and their orders, and one crisis ticket', () => {
    const plan = planDemoTickets(accounts, '1770000000000');
    expect(plan).toHaveLength(PATTERN_NAMES.length * 2 + 1);
    for (const pattern of PATTERN_NAMES) {
      const tickets = plan.filter((t) => t.label === pattern);
      expect(tickets.map((t) => t.source)).toEqual(['zendesk', 'intercom']);
      for (const t of tickets) {
        expect(t.account.pattern).toBe(pattern);
        expect(t.text).toContain(t.account.orderId);
      }
    }
    const crisis = plan.filter((t) => t.label === 'crisis');
    expect(crisis).toHaveLength(1);
    expect(crisis[0]?.text).toMatch(/don't want to live/);
  });

  it('gives every ticket of a run its own id, and no two runs the same ids', () => {
    const first = planDemoTickets(accounts, '1770000000000').map((t) => t.ticketId);
    const second = planDemoTickets(accounts, '1770000000001').map((t) => t.ticketId);
    expect(new Set(first).size).toBe(first.length);
    expect(first.filter((id) => second.includes(id))).toEqual([]);
    for (const id of first) expect(id).toMatch(/^\d{1,20}$/);
  });

  it('skips accounts without orders and sends nothing without accounts', () => {
    const plan = planDemoTickets([{ ...account('fraud_ring', 1), orderId: null }, account('fraud_ring', 2)], '1');
    expect(plan.filter((t) => t.label === 'fraud_ring').map((t) => t.account.userId)).toEqual(['U2', 'U2']);
    expect(planDemoTickets([], '1')).toEqual([]);
  });
});

describe('riskdesk demo: what a decision would write', () => {
  const base: DemoDecision = {
    id: '1', source: 'zendesk', ticketId: '1', intent: 'other', crisis: false, score: 50, level: 'high', reasonCodes: [],
    actions: { tags: ['a', 'b', 'c'], priority: 'high', route: 'fraud_investigations', macros: ['m'] },
    outcome: 'shadow', outcomeDetail: 'would-write', failureStatus: null, failureSummary: null,
  };

  it.each([
    ['shadow: note + 3 tags + priority high + route + 1 macro', base],
    ['shadow: note + 1 tag + priority normal', { ...base, actions: { tags: ['a'], priority: 'normal', route: null, macros: [] } }],
    ['shadow: nothing new to write', { ...base, outcomeDetail: 'would-skip-unchanged' }],
    ['written', { ...base, outcome: 'written' as const, outcomeDetail: null }],
    ['unchanged: the same note is already on the ticket', { ...base, outcome: 'unchanged' as const, outcomeDetail: null }],
    ['failed: 422 invalid group', { ...base, outcome: 'failed' as const, failureStatus: 422, failureSummary: 'invalid group' }],
  ])('%s', (text, decision) => {
    expect(describeWrite(decision)).toBe(text);
  });
});
