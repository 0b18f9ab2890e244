import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { createBackgroundPacer } from '../../src/ratelimit/background-pacer';
import { createRedisPacer, pacingPlan } from '../../src/ratelimit/redis-pacer';

const redis = new Redis('redis://127.0.0.1:6379');
const prefixes: string[] = [];
const newPrefix = (): string => {
  const prefix = `test-bgpacer-${randomBytes(4).toString('hex')}`;
  prefixes.push(prefix);
  return prefix;
};

afterAll(async () => {
  for (const prefix of prefixes) {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
  }
  await redis.quit();
});

type Reserving = Redis & { riskdeskGcraReserve(key: string, interval: string, tolerance: string, count: string): Promise<number> };

/** The wait (µs) the live pacer's reservation would get right now, taking that slot. */
async function liveWaitMicros(prefix: string, rpm: number): Promise<number> {
  createRedisPacer(redis, { prefix, budgets: { zendesk: { maxRpm: rpm }, intercom: { maxRpm: rpm } } }); // defines the command
  const { intervalMs, toleranceMs } = pacingPlan(rpm);
  return (redis as Reserving).riskdeskGcraReserve(`${prefix}:pace:zendesk`, intervalMs.toFixed(6), toleranceMs.toFixed(6), '1');
}

class Stop extends Error {}

describe('backfill pacer (low priority in the shared budget)', () => {
  it('takes nothing while live requests are scheduled ahead: it waits for the schedule instead', async () => {
    const prefix = newPrefix();
    const rpm = 600;
    const live = createRedisPacer(redis, { prefix, budgets: { zendesk: { maxRpm: rpm }, intercom: { maxRpm: rpm } } });
    await Promise.all(Array.from({ length: 3 }, () => live.acquire('zendesk'))); // within the burst: at once
    for (let i = 0; i < 4; i += 1) void live.acquire('zendesk'); // these wait: the schedule runs ahead
    await new Promise((r) => setTimeout(r, 20));
    const before = await redis.get(`${prefix}:pace:zendesk`);
    const waits: number[] = [];
    const background = createBackgroundPacer(redis, {
      prefix,
      budgets: { zendesk: { maxRpm: rpm }, intercom: { maxRpm: rpm } },
      sleep: async (ms) => {
        waits.push(ms);
        throw new Stop();
      },
    });
    await expect(background.acquire('zendesk')).rejects.toThrow(Stop);
    expect(waits[0]).toBeGreaterThan(pacingPlan(rpm).intervalMs);
    expect(await redis.get(`${prefix}:pace:zendesk`)).toBe(before); // reserved nothing
  });

  it('a live request arriving after the backfill took a slot waits at most one slot (budget below 100/min: no burst)', async () => {
    const prefix = newPrefix();
    const rpm = 60; // interval ≈ 1.02 s, burst 1
    const background = createBackgroundPacer(redis, { prefix, budgets: { zendesk: { maxRpm: rpm }, intercom: { maxRpm: rpm } } });
    await background.acquire('zendesk');
    const wait = await liveWaitMicros(prefix, rpm);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(Math.ceil(pacingPlan(rpm).intervalMs * 1000));
  });

  it('with a burst allowance, the live request does not wait at all behind a busy backfill', async () => {
    const prefix = newPrefix();
    const rpm = 30_000; // interval ≈ 2 ms, burst 300
    const background = createBackgroundPacer(redis, { prefix, budgets: { zendesk: { maxRpm: rpm }, intercom: { maxRpm: rpm } } });
    for (let i = 0; i < 30; i += 1) await background.acquire('zendesk');
    expect(await liveWaitMicros(prefix, rpm)).toBeLessThanOrEqual(0);
  });

  it('stays inside the budget: backfill slots are at least one interval apart, also beside live traffic', async () => {
    const prefix = newPrefix();
    const rpm = 3000; // interval ≈ 20 ms: large beside timer and round-trip jitter
    const { intervalMs } = pacingPlan(rpm);
    const budgets = { zendesk: { maxRpm: rpm }, intercom: { maxRpm: rpm } };
    const background = createBackgroundPacer(redis, { prefix, budgets });
    const live = createRedisPacer(redis, { prefix, budgets });
    const grants: number[] = [];
    const backfill = (async () => {
      for (let i = 0; i < 12; i += 1) {
        await background.acquire('zendesk');
        grants.push(performance.now());
      }
    })();
    await Promise.all(Array.from({ length: 10 }, () => live.acquire('zendesk')));
    await backfill;
    // Slots are ≥ one interval apart on Redis's clock; measuring here adds jitter to each endpoint only.
    expect((grants.at(-1) ?? 0) - (grants[0] ?? 0)).toBeGreaterThanOrEqual((grants.length - 1) * intervalMs - 10);
  });
});
