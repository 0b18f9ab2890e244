import { openJobData } from '../../jobs/intake-job';
import {
  intercomContactCreated,
  intercomPing,
  intercomUserCreated,
  signIntercom,
  signZendesk,
  uniqueId,
  zendeskCommentAdded,
  zendeskTicketCreated,
  zendeskTimestamp,
  zendeskTriggerBody,
} from '../helpers/signing';
import { INTERCOM_SECRET, startTestIntake, ZENDESK_NEXT_SECRET, ZENDESK_SECRET, type TestIntake } from './support';

const ZD = '/webhooks/zendesk';
const IC = '/webhooks/intercom';

describe('intake: what each request gets', () => {
  let intake: TestIntake;
  beforeAll(async () => {
    intake = await startTestIntake({ ZENDESK_WEBHOOK_SECRET: `${ZENDESK_SECRET},${ZENDESK_NEXT_SECRET}` });
  });
  afterAll(async () => intake.close());

  test('valid new Zendesk event → 202 with the job id, job enqueued with sealed PII', async () => {
    const payload = zendeskTicketCreated({ description: 'Seller asked jane.doe@example.com to pay by wire' });
    const res = await intake.post(ZD, signZendesk(payload, ZENDESK_SECRET));
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ accepted: true, id: `zendesk-${String(payload.id)}` });
    const job = await intake.handle.queue.getJob(String(res.body.id));
    expect(job).toBeDefined();
    const raw = JSON.stringify(job?.data);
    expect(raw).not.toContain('jane.doe@example.com');
    expect(raw).not.toContain('Seller asked');
    const opened = openJobData(job?.data, intake.jobDataKey);
    expect(opened.event).toMatchObject({ source: 'zendesk', kind: 'ticket.created', deliveryId: payload.id, ticketId: (payload.detail as { id: string }).id });
    expect(opened.event.ticket.text).toContain('jane.doe@example.com');
    expect(opened.deliveryIds).toEqual([payload.id]);
  });

  test('redelivery of the same event id → 202 duplicate, nothing enqueued again', async () => {
    const payload = zendeskCommentAdded();
    const first = await intake.post(ZD, signZendesk(payload, ZENDESK_SECRET));
    const before = await intake.jobCount();
    const again = await intake.post(ZD, signZendesk(payload, ZENDESK_SECRET));
    expect(first.status).toBe(202);
    expect(again.status).toBe(202);
    expect(again.body).toMatchObject({ accepted: true, duplicate: true, id: first.body.id });
    expect(await intake.jobCount()).toBe(before);
  });

  test('duplicate detection outlives the job itself', async () => {
    const payload = zendeskCommentAdded();
    const first = await intake.post(ZD, signZendesk(payload, ZENDESK_SECRET));
    await (await intake.handle.queue.getJob(String(first.body.id)))?.remove();
    const again = await intake.post(ZD, signZendesk(payload, ZENDESK_SECRET));
    expect(again.body).toMatchObject({ duplicate: true });
    expect(await intake.handle.queue.getJob(String(first.body.id))).toBeUndefined();
  });

  test('signature rotation: both configured secrets are accepted, others are not', async () => {
    expect((await intake.post(ZD, signZendesk(zendeskCommentAdded(), ZENDESK_SECRET))).status).toBe(202);
    expect((await intake.post(ZD, signZendesk(zendeskCommentAdded(), ZENDESK_NEXT_SECRET))).status).toBe(202);
    expect((await intake.post(ZD, signZendesk(zendeskCommentAdded(), 'some-other-secret-9'))).status).toBe(401);
  });

  test.each([
    ['missing signature', (body: string) => ({ body, headers: { 'content-type': 'application/json' } })],
    ['wrong signature', (body: string) => signZendesk(body, 'wrong-secret-123')],
    ['stale timestamp', (body: string) => signZendesk(body, ZENDESK_SECRET, zendeskTimestamp(new Date(Date.now() - 301_000)))],
    ['future timestamp', (body: string) => signZendesk(body, ZENDESK_SECRET, zendeskTimestamp(new Date(Date.now() + 301_000)))],
    ['body changed after signing', (body: string) => ({ ...signZendesk(body, ZENDESK_SECRET), body: body.replace('5158', '5159') })],
  ])('Zendesk %s → 401, nothing enqueued', async (_name, build) => {
    const before = await intake.jobCount();
    const res = await intake.post(ZD, build(JSON.stringify(zendeskCommentAdded({ ticketId: '5158' }))));
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
    expect(await intake.jobCount()).toBe(before);
  });

  test('Intercom wrong or missing signature → 401', async () => {
    const body = JSON.stringify(intercomUserCreated());
    expect((await intake.post(IC, signIntercom(body, 'not-the-secret-1'))).status).toBe(401);
    expect((await intake.post(IC, { body, headers: { 'content-type': 'application/json' } })).status).toBe(401);
    expect((await intake.post(IC, { body, headers: { 'content-type': 'application/json', 'x-hub-signature': 'sha256=abc' } })).status).toBe(401);
  });

  test('signed but not JSON → 400 invalid_json', async () => {
    const res = await intake.post(ZD, signZendesk('{"ticket_id": 12', ZENDESK_SECRET));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'invalid_json' } });
  });

  test('signed JSON failing the schema → 400 naming the field', async () => {
    const payload = zendeskCommentAdded();
    (payload.detail as Record<string, unknown>).id = { nested: true };
    const res = await intake.post(ZD, signZendesk(payload, ZENDESK_SECRET));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'invalid_payload', fields: ['detail.id'] } });
    expect(String((res.body.error as { message: string }).message)).toContain('detail.id');
    const trigger = await intake.post(ZD, signZendesk(zendeskTriggerBody({ ticket_id: '{{ticket.id}}' }), ZENDESK_SECRET));
    expect(trigger.status).toBe(400);
    expect(trigger.body).toMatchObject({ error: { fields: ['ticket_id'] } });
    const intercom = await intake.post(IC, signIntercom({ ...intercomUserCreated(), created_at: 'yesterday' }, INTERCOM_SECRET));
    expect(intercom.body).toMatchObject({ error: { fields: ['created_at'] } });
  });

  test('wrong content type → 415', async () => {
    const signed = signZendesk(zendeskCommentAdded(), ZENDESK_SECRET);
    const res = await intake.post(ZD, { body: signed.body, headers: { ...signed.headers, 'content-type': 'text/plain' } });
    expect(res.status).toBe(415);
    expect(res.body).toMatchObject({ error: { code: 'unsupported_media_type' } });
  });

  test('JSON media types in any spelling are accepted; look-alikes are not', async () => {
    const statusFor = async (contentType: string): Promise<number> => {
      const signed = signZendesk(zendeskCommentAdded(), ZENDESK_SECRET);
      return (await intake.post(ZD, { body: signed.body, headers: { ...signed.headers, 'content-type': contentType } })).status;
    };
    expect(await statusFor('Application/JSON; charset=UTF-8')).toBe(202);
    expect(await statusFor('application/vnd.zendesk+json')).toBe(202);
    expect(await statusFor('application/jsonp')).toBe(415);
    expect(await statusFor('application/x-www-form-urlencoded')).toBe(415);
  });

  test('body over 1 MiB → 413 (before the signature is even checked)', async () => {
    const big = JSON.stringify({ ...zendeskTriggerBody(), latest_comment: 'x'.repeat(1024 * 1024) });
    const res = await intake.post(ZD, signZendesk(big, ZENDESK_SECRET));
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ error: { code: 'payload_too_large' } });
  });

  test('unknown path → 404 JSON; GET on a receiver → 405', async () => {
    const res = await fetch(`${intake.handle.url}/webhooks/freshdesk`, { method: 'POST' });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
    expect((await fetch(`${intake.handle.url}${ZD}`)).status).toBe(405);
  });

  test('Intercom ping → 200; unsupported topics → 202 ignored and counted; conversations → 202', async () => {
    const ping = await intake.post(IC, signIntercom(intercomPing(), INTERCOM_SECRET));
    expect(ping.status).toBe(200);
    const before = await intake.jobCount();
    const other = await intake.post(IC, signIntercom(intercomContactCreated(), INTERCOM_SECRET));
    expect(other).toMatchObject({ status: 202, body: { accepted: true, ignored: 'unsupported' } });
    expect(await intake.jobCount()).toBe(before);
    expect(intake.outcomes).toContainEqual(['intercom', 'ignored_unsupported']);
    const conversation = await intake.post(IC, signIntercom(intercomUserCreated(), INTERCOM_SECRET));
    expect(conversation.status).toBe(202);
    expect(String(conversation.body.id)).toMatch(/^intercom-notif_/);
  });

  test('Zendesk trigger body → 202, delivery id from the invocation header', async () => {
    const invocation = String(Date.now());
    const signed = signZendesk(zendeskTriggerBody(), ZENDESK_SECRET);
    const res = await intake.post(ZD, { body: signed.body, headers: { ...signed.headers, 'x-zendesk-webhook-invocation-id': invocation } });
    expect(res).toMatchObject({ status: 202, body: { id: `zendesk-inv-${invocation}` } });
    const again = await intake.post(ZD, { body: signed.body, headers: { ...signed.headers, 'x-zendesk-webhook-invocation-id': invocation } });
    expect(again.body).toMatchObject({ duplicate: true });
  });

  test('/healthz and /readyz answer 200 with Redis up', async () => {
    expect((await fetch(`${intake.handle.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${intake.handle.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', checks: { redis: 'up' } });
  });

  test('log lines carry the delivery id and never an email or a signature', async () => {
    const payload = zendeskTriggerBody({ requester_email: 'leaky.person@example.com' });
    const signed = signZendesk(payload, ZENDESK_SECRET);
    await intake.post(ZD, signed);
    const accepted = intake.logLines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line.msg === 'webhook accepted');
    expect(accepted.length).toBeGreaterThan(0);
    for (const line of accepted) expect(line.deliveryId).toEqual(expect.any(String));
    const all = intake.logLines.join('\n');
    expect(all).not.toContain('leaky.person@example.com');
    expect(all).not.toContain(signed.headers['x-zendesk-webhook-signature']);
  });
});

describe('intake: receivers without a secret', () => {
  let intake: TestIntake;
  beforeAll(async () => {
    intake = await startTestIntake({ INTERCOM_CLIENT_SECRET: '' });
  });
  afterAll(async () => intake.close());

  test('answer 404 and a warning is logged at start-up', async () => {
    const res = await intake.post(IC, signIntercom(intercomUserCreated({ notificationId: uniqueId('notif_') }), INTERCOM_SECRET));
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ error: { code: 'receiver_disabled' } });
    expect(intake.logLines.some((line) => line.includes('INTERCOM_CLIENT_SECRET') && line.includes('"level":40'))).toBe(true);
    expect(await intake.jobCount()).toBe(0);
  });
});
