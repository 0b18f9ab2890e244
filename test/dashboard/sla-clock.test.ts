/**
 * The SLA clock from webhooks: a Zendesk public comment by staff and an Intercom admin reply
 * (not an AI answer) stop a ticket's clock; a customer's comment, an agent's private note,
 * riskdesk's own comment and a Fin answer do not. Existing event handling is unchanged (the
 * replies are acknowledged, not queued). A database failure answers 503 so the helpdesk retries.
 */
import { recordDecision } from '../../src/audit/decision-store';
import { loadSlaView, recordFirstReply } from '../../src/dashboard/sla';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { loadWebhookFixture, signIntercom, signZendesk, uniqueId, uniqueTicketId, zendeskCommentAdded } from '../helpers/signing';
import { INTERCOM_ADMIN, INTERCOM_SECRET, startTestIntake, ZENDESK_BOT_ID, ZENDESK_SECRET, type TestIntake } from '../intake/support';
import { sampleDecision } from '../worker/fixtures';

let testDb: TestDb;
let intake: TestIntake;
let failing = false;

beforeAll(async () => {
  testDb = await createTestDb('pglite');
  intake = await startTestIntake({}, {
    recordAgentReply: async (reply) => {
      if (failing) throw new Error('database down');
      await recordFirstReply(testDb.db, reply);
    },
  });
}, 60_000);

afterAll(async () => {
  await intake?.close();
  await testDb?.cleanup();
});

async function opened(source: 'zendesk' | 'intercom', ticketId: string): Promise<void> {
  await recordDecision(testDb.db, { source, ticketId, eventIds: [], jobId: uniqueId('j'), attempt: 1, decision: sampleDecision(), inputsHash: null, fingerprint: null, noteRef: null, outcome: 'shadow', outcomeDetail: null, failure: null, timings: {} });
}

async function firstReply(source: string, ticketId: string): Promise<string | null> {
  const r = await testDb.db.query<{ at: Date | string | null }>('SELECT first_reply_at AS at FROM ticket_sla WHERE source = $1 AND ticket_id = $2', [source, ticketId]);
  const at = r.rows[0]?.at ?? null;
  return at === null ? null : new Date(at).toISOString();
}

function intercomAdminReply(conversationId: string, createdAt: number, author: Record<string, unknown>): Record<string, unknown> {
  const payload = loadWebhookFixture('intercom', 'conversation-admin-noted') as Record<string, unknown> & { data: { item: Record<string, unknown> & { conversation_parts: { conversation_parts: Array<Record<string, unknown>> } } } };
  payload.id = uniqueId('notif_');
  payload.topic = 'conversation.admin.replied';
  payload.data.item.id = conversationId;
  const parts = payload.data.item.conversation_parts.conversation_parts;
  parts[parts.length - 1] = { type: 'conversation_part', id: uniqueId(), part_type: 'comment', body: '<p>We are looking into it.</p>', created_at: createdAt, author };
  return payload;
}

describe('SLA clock from comment events', () => {
  it('stops on a Zendesk public comment by an agent, not on customer, private or own comments', async () => {
    const ticketId = uniqueTicketId();
    await opened('zendesk', ticketId);
    for (const ignored of [
      zendeskCommentAdded({ ticketId, isStaff: false, isPublic: true, authorId: '123' }),
      zendeskCommentAdded({ ticketId, isStaff: true, isPublic: false, authorId: '456' }),
      zendeskCommentAdded({ ticketId, isStaff: true, isPublic: true, authorId: ZENDESK_BOT_ID, actorId: ZENDESK_BOT_ID }),
    ]) {
      expect((await intake.post('/webhooks/zendesk', signZendesk(ignored, ZENDESK_SECRET))).status).toBe(202);
    }
    expect(await firstReply('zendesk', ticketId)).toBeNull();
    const time = '2026-12-06T10:15:00.000Z';
    const reply = zendeskCommentAdded({ ticketId, isStaff: true, isPublic: true, authorId: '777', time });
    const res = await intake.post('/webhooks/zendesk', signZendesk(reply, ZENDESK_SECRET));
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ accepted: true, ignored: 'not_relevant' });
    expect(await firstReply('zendesk', ticketId)).toBe(time);
    // A later reply does not move the clock; an earlier one (late delivery) does.
    await intake.post('/webhooks/zendesk', signZendesk(zendeskCommentAdded({ ticketId, isStaff: true, isPublic: true, authorId: '777', time: '2026-12-06T11:00:00.000Z' }), ZENDESK_SECRET));
    expect(await firstReply('zendesk', ticketId)).toBe(time);
    const sla = await loadSlaView(testDb.db, 7, new Date('2026-12-06T12:00:00Z'));
    expect(sla.open.map((t) => t.ticketId)).not.toContain(ticketId);
  });

  it('stops on an Intercom admin reply, not on a Fin answer or riskdesk itself', async () => {
    const conversationId = uniqueTicketId();
    await opened('intercom', conversationId);
    const send = (body: Record<string, unknown>) => intake.post('/webhooks/intercom', signIntercom(body, INTERCOM_SECRET));
    expect((await send(intercomAdminReply(conversationId, 1765000000, { type: 'bot', id: '1', from_ai_agent: true, is_ai_answer: true }))).status).toBe(202);
    expect((await send(intercomAdminReply(conversationId, 1765000000, { type: 'admin', id: '2', from_ai_agent: true }))).status).toBe(202);
    expect((await send(intercomAdminReply(conversationId, 1765000000, { type: 'admin', id: INTERCOM_ADMIN }))).status).toBe(202);
    expect(await firstReply('intercom', conversationId)).toBeNull();
    expect((await send(intercomAdminReply(conversationId, 1765000100, { type: 'admin', id: '991', name: 'Agent' }))).status).toBe(202);
    expect(await firstReply('intercom', conversationId)).toBe(new Date(1765000100 * 1000).toISOString());
  });

  it('answers 503 when the reply cannot be stored, so the helpdesk delivers it again', async () => {
    failing = true;
    try {
      const res = await intake.post('/webhooks/zendesk', signZendesk(zendeskCommentAdded({ isStaff: true, isPublic: true, authorId: '777' }), ZENDESK_SECRET));
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ error: { code: 'sla_unavailable' } });
    } finally {
      failing = false;
    }
  });
});
