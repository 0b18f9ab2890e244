import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { expectErrorBody } from '../helpers/error-body';
import { signZendesk, zendeskCommentAdded } from '../helpers/signing';
import { deletePrefix, startTestIntake, testPrefix, waitFor, ZENDESK_SECRET, type TestIntake } from './support';

/** A TCP proxy to the real Redis that the test opens and closes, to play "Redis down / back". */
class RedisSwitch {
  private server: Server | undefined;
  private sockets = new Set<Socket>();
  constructor(readonly port: number) {}

  static async onFreePort(): Promise<RedisSwitch> {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    return new RedisSwitch(port);
  }

  async up(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(6379, '127.0.0.1');
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('error', () => undefined);
        socket.on('close', () => this.sockets.delete(socket));
      }
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server?.listen(this.port, '127.0.0.1', resolve));
  }

  async down(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => (this.server ? this.server.close(resolve) : resolve(undefined)));
    this.server = undefined;
  }
}

describe('intake: Redis unreachable', () => {
  const prefix = testPrefix('down');
  let redis: RedisSwitch;
  let intake: TestIntake;

  beforeAll(async () => {
    redis = await RedisSwitch.onFreePort();
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
