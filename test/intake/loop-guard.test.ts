import {
  intercomAdminNoted,
  intercomTagCreated,
  intercomUserReplied,
  signIntercom,
  signZendesk,
  zendeskCommentAdded,
  zendeskTagsChanged,
  zendeskTicketEvent,
  zendeskTriggerBody,
} from '../helpers/signing';
import { INTERCOM_ADMIN, INTERCOM_SECRET, startTestIntake, ZENDESK_BOT_ID, ZENDESK_SECRET, type TestIntake } from './support';

const ZD = '/webhooks/zendesk';
const IC = '/webhooks/intercom';

describe('intake: loop guard and relevance', () => {
  let intake: TestIntake;
  beforeAll(async () => {
    intake = await startTestIntake({}, { ownTags: new Set(['vip_review']) });
  });
  afterAll(async () => intake.close());

  async function expectIgnored(path: string, signed: { body: string; headers: Record<string, string> }, reason: string): Promise<void> {
    const before = await intake.jobCount();
    const res = await intake.post(path, signed);
    expect(res).toMatchObject({ status: 202, body: { accepted: true, ignored: reason } });
    expect(await intake.jobCount()).toBe(before);
  }

  test('Zendesk: riskdesk’s own comment, own event actor and own trigger update are ignored', async () => {
    await expectIgnored(ZD, signZendesk(zendeskCommentAdded({ authorId: ZENDESK_BOT_ID, isStaff: true }), ZENDESK_SECRET), 'own_update');
    await expectIgnored(ZD, signZendesk(zendeskTagsChanged({ actorId: ZENDESK_BOT_ID, added: ['vip'] }), ZENDESK_SECRET), 'own_update');
    await expectIgnored(ZD, signZendesk(zendeskTriggerBody({ current_user_id: ZENDESK_BOT_ID }), ZENDESK_SECRET), 'own_update');
  });

  test('Zendesk: a tag change touching only riskdesk’s tags is ignored; any other tag is processed', async () => {
    await expectIgnored(ZD, signZendesk(zendeskTagsChanged({ added: ['riskdesk_high', 'vip_review'], removed: ['riskdesk_low'] }), ZENDESK_SECRET), 'own_tags');
    const mixed = await intake.post(ZD, signZendesk(zendeskTagsChanged({ added: ['riskdesk_high', 'vip'] }), ZENDESK_SECRET));
    expect(mixed.status).toBe(202);
    expect(mixed.body.ignored).toBeUndefined();
  });

  test('Zendesk: agent comments and status changes are acknowledged, not processed', async () => {
    await expectIgnored(ZD, signZendesk(zendeskCommentAdded({ authorId: '123', isStaff: true }), ZENDESK_SECRET), 'not_relevant');
    await expectIgnored(ZD, signZendesk(zendeskTicketEvent('ticket.status_changed'), ZENDESK_SECRET), 'not_relevant');
    await expectIgnored(ZD, signZendesk(zendeskTicketEvent('ticket.priority_changed'), ZENDESK_SECRET), 'not_relevant');
  });

  test('Intercom: riskdesk’s own note and own tags are ignored; a customer reply is processed', async () => {
    await expectIgnored(IC, signIntercom(intercomAdminNoted({ adminId: INTERCOM_ADMIN }), INTERCOM_SECRET), 'own_update');
    await expectIgnored(IC, signIntercom(intercomTagCreated({ tagsAdded: ['riskdesk_high'] }), INTERCOM_SECRET), 'own_tags');
    await expectIgnored(IC, signIntercom(intercomAdminNoted({ adminId: '42' }), INTERCOM_SECRET), 'not_relevant');
    const reply = await intake.post(IC, signIntercom(intercomUserReplied(), INTERCOM_SECRET));
    expect(reply.status).toBe(202);
    expect(reply.body.id).toEqual(expect.stringMatching(/^intercom-/));
    const tagged = await intake.post(IC, signIntercom(intercomTagCreated({ tagsAdded: ['chargeback'] }), INTERCOM_SECRET));
    expect(tagged.body.ignored).toBeUndefined();
  });

  test('every outcome is reported to the counters hook', () => {
    const outcomes = intake.outcomes.map(([source, outcome]) => `${source}:${outcome}`);
    expect(outcomes).toEqual(expect.arrayContaining(['zendesk:ignored_own_update', 'zendesk:ignored_own_tags', 'zendesk:ignored_not_relevant', 'intercom:ignored_own_update', 'intercom:accepted']));
  });
});
