import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { createRedisPacer, pacingPlan } from '../../src/ratelimit/redis-pacer';

const prefix = `test-pacer-${randomBytes(4).toString('hex')}`;
const machines = [new Redis('redis://127.0.0.1:6379'), new Redis('redis://127.0.0.1:6379')];

afterAll(async () => {
  const keys = await machines[0]?.keys(`${prefix}*`);
  if (keys && keys.length > 0) await machines[0]?.del(...keys);
  await Promise.all(machines.map((m) => m.quit()));
});

describe('Redis-shared GCRA pacer', () => {
  it('derives interval and burst from the budget', () => {
    const plan = pacingPlan(6000);
    expect(plan.intervalMs).toBeCloseTo(60_000 / 5880, 6);
    expect(plan.toleranceMs).toBeCloseTo(59 * plan.intervalMs, 6);
    expect(pacingPlan(50).toleranceMs).toBe(0); // burst of one below 100 rpm
  });

  it('two "machines" sharing one budget never get ahead of the schedule, and drain near its pace', async () => {
    const rpm = 12_000;
    const budgets = { zendesk: { maxRpm: rpm }, intercom: { maxRpm: 600_000 } };
    const pacers = machines.map((redis) => createRedisPacer(redis, { prefix, budgets }));
    const { intervalMs, toleranceMs } = pacingPlan(rpm);
    const burst = Math.round(toleranceMs / intervalMs) + 1;
    const grants: number[] = [];
    const n = 360;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: n }, async (_, i) => {
        await pacers[i % 2]?.acquire('zendesk');
        grants.push(performance.now());
      }),
    );
    const elapsed = performance.now() - started;
    grants.sort((a, b) => a - b);
    // GCRA bound: any k+burst consecutive grants span at least k intervals (slack: a grant's timer can fire late).
    for (let i = 0; i + burst < grants.length; i += 7) {
      for (const k of [1, 10, 50, 150]) {
        const j = i + burst - 1 + k;
        if (j >= grants.length) break;
        expect((grants[j] ?? 0) - (grants[i] ?? 0)).toBeGreaterThanOrEqual(k * intervalMs - 10);
      }
    }
    const minimum = (n - burst) * intervalMs;
    expect(elapsed).toBeGreaterThanOrEqual(minimum - 5);
    expect(elapsed).toBeLessThan(minimum * 1.5 + 500);
  });

  it('requests asking in the same turn share one Redis round trip and still get consecutive slots', async () => {
    const redis = machines[0] as Redis;
    const rpm = 6000;
    const pacer = createRedisPacer(redis, { prefix: `${prefix}-batch`, budgets: { zendesk: { maxRpm: rpm }, intercom: { maxRpm: rpm } } });
    const reserve = jest.spyOn(redis as unknown as { riskdeskGcraReserve: (...args: string[]) => Promise<number> }, 'riskdeskGcraReserve');
    const { intervalMs, toleranceMs } = pacingPlan(rpm);
    const burst = Math.round(toleranceMs / intervalMs) + 1;
    const n = burst + 40;
    const started = performance.now();
    const grants = await Promise.all(Array.from({ length: n }, () => pacer.acquire('zendesk').then(() => performance.now() - started)));
    expect(reserve).toHaveBeenCalledTimes(1);
    expect(reserve.mock.calls[0]?.[3]).toBe(String(n));
    grants.sort((a, b) => a - b);
    // The burst goes at once; the rest follow the schedule, one interval apart.
    expect(grants[burst - 2] ?? Infinity).toBeLessThan(50);
    expect(grants[n - 1] ?? 0).toBeGreaterThanOrEqual((n - burst) * intervalMs - 5);
    reserve.mockRestore();
  });

  it('keeps separate schedules per helpdesk', async () => {
    const pacer = createRedisPacer(machines[0] as Redis, { prefix: `${prefix}-sep`, budgets: { zendesk: { maxRpm: 60 }, intercom: { maxRpm: 60 } } });
    await pacer.acquire('zendesk');
    const t0 = performance.now();
    await pacer.acquire('intercom'); // first intercom request: no wait despite zendesk's
    expect(performance.now() - t0).toBeLessThan(200);
    const t1 = performance.now();
    await pacer.acquire('zendesk'); // second zendesk request at 60 rpm waits ~1 s
    expect(performance.now() - t1).toBeGreaterThan(900);
  });
});
