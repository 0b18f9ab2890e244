import { expectErrorBody } from '../helpers/error-body';
import { signZendesk, zendeskCommentAdded } from '../helpers/signing';
import { TcpSwitch } from '../helpers/tcp-switch';
import { deletePrefix, startTestIntake, testPrefix, waitFor, ZENDESK_SECRET, type TestIntake } from './support';

describe('intake: Redis unreachable', () => {
  const prefix = testPrefix('down');
  let redis: TcpSwitch;
  let intake: TestIntake;

  beforeAll(async () => {
    redis = await TcpSwitch.onFreePort(6379);
    intake = await startTestIntake({ REDIS_URL: `redis://127.0.0.1:${redis.port}`, LOG_LEVEL: 'silent' }, { queuePrefix: prefix });
  });
  afterAll(async () => {
    await intake.close();
    await redis.down();
    await deletePrefix(prefix);
  });

  test('the server starts; /healthz 200, /readyz 503 naming redis', async () => {
    expect((await fetch(`${intake.handle.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${intake.handle.url}/readyz`);
    expect(ready.status).toBe(503);
    const body: unknown = await ready.json();
    expect(body).toMatchObject({ status: 'not_ready', down: ['redis'], checks: { redis: 'down' } });
    expectErrorBody(body, 'not_ready', /Redis is down: start it or fix REDIS_URL/);
  });

  test('a valid webhook gets 503 within 2 s, with Retry-After', async () => {
    const res = await intake.post('/webhooks/zendesk', signZendesk(zendeskCommentAdded(), ZENDESK_SECRET));
    expect(res.status).toBe(503);
    expect(res.ms).toBeLessThan(2000);
    expect(res.body).toMatchObject({ error: { code: 'queue_unavailable' } });
    expect(res.headers.get('retry-after')).toBe('10');
  });

  test('recovers by itself when Redis comes back, and fails fast again when it goes away', async () => {
    const refused = zendeskCommentAdded();
    await intake.post('/webhooks/zendesk', signZendesk(refused, ZENDESK_SECRET));
    await redis.up();
    await waitFor(() => intake.handle.redis.status === 'ready', 8000);
    const accepted = await intake.post('/webhooks/zendesk', signZendesk(zendeskCommentAdded(), ZENDESK_SECRET));
    expect(accepted.status).toBe(202);
    // The delivery refused while Redis was down was not half-stored: its retry is accepted as new.
    const retried = await intake.post('/webhooks/zendesk', signZendesk(refused, ZENDESK_SECRET));
    expect(retried.status).toBe(202);
    expect(retried.body.duplicate).toBeUndefined();
    expect(await intake.jobCount()).toBe(2);
    expect((await fetch(`${intake.handle.url}/readyz`)).status).toBe(200);

    await redis.down();
    await waitFor(() => intake.handle.redis.status !== 'ready', 3000);
    const res = await intake.post('/webhooks/zendesk', signZendesk(zendeskCommentAdded(), ZENDESK_SECRET));
    expect(res.status).toBe(503);
    expect(res.ms).toBeLessThan(2000);
  });
});
