import { Redis } from 'ioredis';
import { createDeliveryDedupeStore, DEDUPE_TTL_SECONDS, PENDING_TTL_SECONDS, type DeliveryRef } from '../../webhooks/delivery-dedupe';
import { deletePrefix, TEST_REDIS_URL } from '../helpers/redis-cleanup';
import { testPrefix } from './support';

type Spied = Redis & { riskdeskClaimDeliveries: (...args: unknown[]) => Promise<unknown>; riskdeskConfirmDeliveries: (...args: unknown[]) => Promise<unknown> };

describe('delivery dedupe store: claims of one event-loop turn share one Redis call', () => {
  const prefix = testPrefix('dedupe');
  let redis: Redis;

  beforeAll(() => {
    redis = new Redis(TEST_REDIS_URL);
  });
  afterAll(async () => {
    await deletePrefix(prefix);
    await redis.quit();
  });

  const ref = (deliveryId: string, ticket?: string): DeliveryRef => ({
    source: 'zendesk',
    deliveryId,
    coalesce: ticket ? { id: `zendesk-ticket-${ticket}`, ttlMs: 2000 } : undefined,
  });

  test('ten claims made together are one script call, and each is claimed', async () => {
    const store = createDeliveryDedupeStore(redis, prefix);
    const spy = jest.spyOn(redis as Spied, 'riskdeskClaimDeliveries');
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => store.claim(ref(`batch-${i}`), `job-${i}`)));
    expect(spy).toHaveBeenCalledTimes(1);
    expect(results.every((result) => result.claimed)).toBe(true);
    spy.mockRestore();
  });

  test('two copies of one delivery in the same batch: exactly one wins, the other learns its job id', async () => {
    const store = createDeliveryDedupeStore(redis, prefix);
    const [first, second] = await Promise.all([store.claim(ref('twice'), 'job-first'), store.claim(ref('twice'), 'job-second')]);
    expect(first).toEqual({ claimed: true, deliveryIds: ['twice'] });
    expect(second).toEqual({ claimed: false, jobId: 'job-first' });
  });

  test('coalesced deliveries of one ticket in one batch see the ticket’s ids in arrival order', async () => {
    const store = createDeliveryDedupeStore(redis, prefix);
    const [a, b, c] = await Promise.all([
      store.claim(ref('t1-a', '501'), 'job-a'),
      store.claim(ref('t1-b', '501'), 'job-b'),
      store.claim(ref('other', '502'), 'job-other'),
    ]);
    expect(a).toEqual({ claimed: true, deliveryIds: ['t1-a'] });
    expect(b).toEqual({ claimed: true, deliveryIds: ['t1-a', 't1-b'] });
    expect(c).toEqual({ claimed: true, deliveryIds: ['other'] });
  });

  test('confirms of one turn are one call; a confirmed delivery is kept for days and reported as a duplicate', async () => {
    const store = createDeliveryDedupeStore(redis, prefix);
    await Promise.all([store.claim(ref('keep-1'), 'job-k1'), store.claim(ref('keep-2'), 'job-k2')]);
    const pendingTtl = await redis.ttl(`${prefix}:intake:delivery:zendesk:keep-1`);
    expect(pendingTtl).toBeLessThanOrEqual(PENDING_TTL_SECONDS);
    const spy = jest.spyOn(redis as Spied, 'riskdeskConfirmDeliveries');
    await Promise.all([store.confirm(ref('keep-1'), 'job-k1'), store.confirm(ref('keep-2'), 'job-k2')]);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    expect(await redis.ttl(`${prefix}:intake:delivery:zendesk:keep-2`)).toBeGreaterThan(DEDUPE_TTL_SECONDS - 60);
    expect(await store.claim(ref('keep-2'), 'job-again')).toEqual({ claimed: false, jobId: 'job-k2' });
  });

  test('a released claim lets the retry through', async () => {
    const store = createDeliveryDedupeStore(redis, prefix);
    expect((await store.claim(ref('retry', '777'), 'job-r1')).claimed).toBe(true);
    await store.release(ref('retry', '777'));
    expect(await store.claim(ref('retry', '777'), 'job-r2')).toEqual({ claimed: true, deliveryIds: ['retry'] });
  });

  test('when Redis refuses the call, every claim of the batch fails (none is silently treated as new)', async () => {
    // Nothing listens on port 1: the connection never becomes ready.
    const offline = new Redis('redis://127.0.0.1:1', { lazyConnect: true, enableOfflineQueue: false, retryStrategy: () => null });
    offline.on('error', () => undefined);
    const store = createDeliveryDedupeStore(offline, prefix);
    const outcomes = await Promise.allSettled([store.claim(ref('down-1'), 'j1'), store.claim(ref('down-2'), 'j2')]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    offline.disconnect();
  });
});
