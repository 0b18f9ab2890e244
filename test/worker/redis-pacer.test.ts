import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { createRedisPacer, pacingPlan } from '../../src/ratelimit/redis-pacer';

/**
 * No assertion here depends on when a timer callback fires. The pacer's contract is the SCHEDULE it
 * reserves in Redis (GCRA on Redis's own clock) plus "acquire resolves when its slot is due":
 * - every real reservation is bracketed by Redis TIME before and after it, so each reserved slot's
 *   absolute time on the Redis clock is known within a measured uncertainty (after − before);
 * - waiting is checked with fake timers: acquire must not resolve a millisecond before its slot.
 */

const prefix = `test-pacer-${randomBytes(4).toString('hex')}`;
const machines: [Redis, Redis] = [new Redis('redis://127.0.0.1:6379'), new Redis('redis://127.0.0.1:6379')];

/** Rounding slack of the script (µs ceil on the wait, %.3f on the stored TAT) and of float sums, in ms. */
const EPSILON_MS = 0.01;

/** The budget semantics, restated independently of the pacer: pace at 98% of maxRpm, burst of 1% (at least one). */
function budgetPlan(rpm: number): { intervalMs: number; burst: number; toleranceMs: number } {
  const intervalMs = 60_000 / (rpm * 0.98);
  const burst = Math.max(1, Math.floor(rpm * 0.01));
  return { intervalMs, burst, toleranceMs: (burst - 1) * intervalMs };
}

type Reserve = (key: string, intervalMs: string, toleranceMs: string, count: string) => Promise<number>;
interface GcraClient {
  riskdeskGcraReserve: Reserve;
}

/** One real call of the GCRA script, as seen from outside it. */
interface Reservation {
  machine: number;
  key: string;
  count: number;
  /** The first slot's wait (ms) relative to Redis TIME inside the script; slot k is due at wait + k·interval. */
  waitMs: number;
  /** Redis TIME (ms) just before the call was sent and just after its reply arrived: the script ran in between. */
  before: number;
  after: number;
}

async function redisNowMs(redis: Redis): Promise<number> {
  const [seconds, micros] = await redis.time();
  return Number(seconds) * 1000 + Number(micros) / 1000;
}

/** Lets every pending microtask run, and whatever I/O has arrived (setImmediate stays real under the fake timers used here). */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await nextTurn();
  await nextTurn(); // the reply's continuation (batcher → acquire → waitForSlot) has run
}

/** Wraps the pacer's script command on `redis` (define it first: create a pacer) and records every call. */
function recordReservations(redis: Redis, machine: number, into: Reservation[]): jest.SpiedFunction<Reserve> {
  const client = redis as unknown as GcraClient;
  const real = client.riskdeskGcraReserve.bind(client);
  return jest.spyOn(client, 'riskdeskGcraReserve').mockImplementation(async (key, intervalMs, toleranceMs, count) => {
    const before = await redisNowMs(redis);
    const waitMicros = await real(key, intervalMs, toleranceMs, count);
    const after = await redisNowMs(redis);
    into.push({ machine, key, count: Number(count), waitMs: waitMicros / 1000, before, after });
    return waitMicros;
  });
}

/** Fakes only setTimeout (the pacer's wait); Redis I/O and setImmediate (the turn batcher) stay real. */
function fakeTheWaits(): void {
  jest.useFakeTimers({
    doNotFake: ['Date', 'hrtime', 'nextTick', 'performance', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval'],
  });
}

beforeAll(async () => {
  await Promise.all(machines.map((m) => m.ping())); // connected before any test fakes timers
});

afterEach(() => {
  jest.useRealTimers();
  jest.restoreAllMocks();
});

afterAll(async () => {
  const keys = await machines[0].keys(`${prefix}*`);
  if (keys.length > 0) await machines[0].del(...keys);
  await Promise.all(machines.map((m) => m.quit()));
});

describe('Redis-shared GCRA pacer', () => {
  it('derives interval and burst from the budget', () => {
    const plan = pacingPlan(6000);
    expect(plan.intervalMs).toBeCloseTo(60_000 / 5880, 6);
    expect(plan.toleranceMs).toBeCloseTo(59 * plan.intervalMs, 6);
    expect(pacingPlan(50).toleranceMs).toBe(0); // burst of one below 100 rpm
  });

  it('two "machines" sharing one budget reserve one GCRA schedule on the Redis clock: never ahead of it, no gaps while backlogged', async () => {
    const rpm = 12_000;
    const budgets = { zendesk: { maxRpm: rpm }, intercom: { maxRpm: 600_000 } };
    const pacers = machines.map((redis) => createRedisPacer(redis, { prefix: `${prefix}-shared`, budgets }));
    const reservations: Reservation[] = [];
    machines.forEach((redis, machine) => recordReservations(redis, machine, reservations));
    const { intervalMs, burst } = budgetPlan(rpm);
    const n = 360;

    // Requests arrive over many turns on both machines, so many small reservations interleave in Redis.
    const acquired: Promise<void>[] = [];
    for (let i = 0; i < n; i += 1) {
      const pacer = pacers[i % 2];
      if (pacer) acquired.push(pacer.acquire('zendesk'));
      if (i % 5 === 4 || i % 7 === 6) await nextTurn();
    }
    await Promise.all(acquired);

    expect(reservations.reduce((sum, r) => sum + r.count, 0)).toBe(n);
    for (const machine of [0, 1]) {
      const own = reservations.filter((r) => r.machine === machine);
      expect(own.length).toBeGreaterThan(10);
      expect(own.reduce((sum, r) => sum + r.count, 0)).toBe(n / 2);
    }

    // Each slot's grant time on the Redis clock: script time + max(0, wait + k·interval), the script
    // time estimated by `before` (so the estimate is at most `after − before` early).
    const slots = reservations
      .flatMap((r) => Array.from({ length: r.count }, (_, k) => ({ at: r.before + Math.max(0, r.waitMs + k * intervalMs), uncertainty: r.after - r.before })))
      .sort((a, b) => a.at - b.at);

    // GCRA: any burst + k consecutive slots span at least k intervals. Slack: the largest measured
    // uncertainty among the slots in the window (their true times are within [at, at + uncertainty]).
    const violations: string[] = []; // the first few, for the failure message
    for (let i = 0; i < slots.length; i += 1) {
      let uncertainty = 0;
      for (let j = i; j < slots.length; j += 1) {
        uncertainty = Math.max(uncertainty, slots[j]?.uncertainty ?? Infinity);
        const k = j - i + 1 - burst;
        if (k < 1) continue;
        const span = (slots[j]?.at ?? 0) - (slots[i]?.at ?? 0);
        if (span < k * intervalMs - uncertainty - EPSILON_MS && violations.length < 5) violations.push(`slots ${i}..${j} span ${span.toFixed(3)} ms < ${k} intervals (${(k * intervalMs).toFixed(3)} ms) − ${uncertainty.toFixed(3)} ms`);
      }
    }
    expect(violations).toEqual([]);

    // The whole schedule drains near its pace: the span is the minimum drain time, give or take how
    // long the reservations themselves took (measured on the Redis clock) and one call's uncertainty.
    const first = slots[0]?.at ?? NaN;
    const last = slots[slots.length - 1]?.at ?? NaN;
    const maxUncertainty = Math.max(...slots.map((s) => s.uncertainty));
    const reservingWindow = Math.max(...reservations.map((r) => r.after)) - Math.min(...reservations.map((r) => r.before));
    const minimum = (n - burst) * intervalMs;
    expect(last - first).toBeGreaterThanOrEqual(minimum - maxUncertainty - EPSILON_MS);
    expect(last - first).toBeLessThanOrEqual(minimum + reservingWindow + maxUncertainty + EPSILON_MS);
  });

  it('requests asking in the same turn share one Redis round trip, get consecutive slots, and each resolves exactly when its slot is due', async () => {
    const redis = machines[0];
    const rpm = 6000;
    const pacer = createRedisPacer(redis, { prefix: `${prefix}-batch`, budgets: { zendesk: { maxRpm: rpm }, intercom: { maxRpm: rpm } } });
    const reservations: Reservation[] = [];
    const reserve = recordReservations(redis, 0, reservations);
    const { intervalMs, burst, toleranceMs } = budgetPlan(rpm);
    const n = burst + 40;

    fakeTheWaits();
    const resolved = Array.from({ length: n }, () => false);
    const acquired = Array.from({ length: n }, (_, i) =>
      pacer.acquire('zendesk').then(() => {
        resolved[i] = true;
      }),
    );
    await until(() => reservations.length > 0);
    expect(reserve).toHaveBeenCalledTimes(1);
    expect(reserve.mock.calls[0]?.[3]).toBe(String(n));
    const [reservation] = reservations;
    if (!reservation) throw new Error('no reservation recorded');

    // A fresh schedule: the first slot is a full burst tolerance in the past.
    expect(reservation.waitMs).toBeCloseTo(-toleranceMs, 2);
    // Redis holds n consecutive slots: TAT = script time + wait + tolerance + n·interval, with the
    // script time inside the measured bracket.
    const tat = Number(await redis.get(pacer.keyFor('zendesk')));
    const scriptTime = tat - n * intervalMs - toleranceMs - reservation.waitMs;
    expect(scriptTime).toBeGreaterThanOrEqual(reservation.before - EPSILON_MS);
    expect(scriptTime).toBeLessThanOrEqual(reservation.after + EPSILON_MS);

    // Walk the (fake) clock one millisecond at a time: at every instant exactly the requests whose
    // slot is due have resolved — the burst at once, then one per interval, in request order.
    const due = (k: number): number => reservation.waitMs + k * intervalMs;
    const expectedAt = (t: number): boolean[] => Array.from({ length: n }, (_, k) => due(k) <= t);
    expect(expectedAt(0).filter(Boolean).length).toBeGreaterThanOrEqual(burst - 1);
    const lastDue = Math.ceil(due(n - 1));
    expect(lastDue).toBeGreaterThan(300);
    for (let t = 0; t <= lastDue; t += 1) {
      if (t > 0) {
        jest.advanceTimersByTime(1);
        await nextTurn();
      }
      expect({ t, resolved }).toEqual({ t, resolved: expectedAt(t) });
    }
    await Promise.all(acquired);
    expect(reserve).toHaveBeenCalledTimes(1);
  });

  it('keeps separate schedules per helpdesk, and acquire waits for its slot', async () => {
    const redis = machines[0];
    // 1 rpm: a 61.2 s interval, longer than the test timeout, so no event-loop stall between the
    // calls below can let the zendesk schedule go idle; the fake timers mean nobody actually waits.
    const rpm = 1;
    const pacer = createRedisPacer(redis, { prefix: `${prefix}-sep`, budgets: { zendesk: { maxRpm: rpm }, intercom: { maxRpm: rpm } } });
    const reservations: Reservation[] = [];
    recordReservations(redis, 0, reservations);
    const { intervalMs, burst } = budgetPlan(rpm);
    expect(burst).toBe(1);

    fakeTheWaits();
    const done = { zendesk1: false, intercom1: false, zendesk2: false };
    const zendesk1 = pacer.acquire('zendesk').then(() => (done.zendesk1 = true));
    await until(() => reservations.length === 1);
    const intercom1 = pacer.acquire('intercom').then(() => (done.intercom1 = true));
    await until(() => reservations.length === 2);
    const zendesk2 = pacer.acquire('zendesk').then(() => (done.zendesk2 = true));
    await until(() => reservations.length === 3);
    const [z1, i1, z2] = reservations;
    if (!z1 || !i1 || !z2) throw new Error('reservations missing');

    // First requests on fresh schedules are due at once, and resolve without any timer.
    expect(z1.waitMs).toBe(0);
    expect(i1.waitMs).toBe(0); // zendesk's full schedule does not delay intercom
    expect(done).toEqual({ zendesk1: true, intercom1: true, zendesk2: false });
    expect(jest.getTimerCount()).toBe(1);

    // Intercom's schedule holds one slot from its own reservation; zendesk's holds two.
    const intercomTat = Number(await redis.get(pacer.keyFor('intercom')));
    expect(intercomTat).toBeGreaterThanOrEqual(i1.before + intervalMs - EPSILON_MS);
    expect(intercomTat).toBeLessThanOrEqual(i1.after + intervalMs + EPSILON_MS);

    // Zendesk's second slot on the Redis clock is max(its script time, first slot + one interval):
    // the measured [before, after] + wait must overlap the interval that allows.
    const secondSlot = { earliest: z2.before + z2.waitMs, latest: z2.after + z2.waitMs };
    const allowed = { earliest: Math.max(z2.before, z1.before + intervalMs), latest: Math.max(z2.after, z1.after + intervalMs) };
    expect(secondSlot.latest).toBeGreaterThanOrEqual(allowed.earliest - EPSILON_MS);
    expect(secondSlot.earliest).toBeLessThanOrEqual(allowed.latest + EPSILON_MS);
    expect(z2.waitMs).toBeGreaterThan(intervalMs - (z2.after - z1.before) - EPSILON_MS); // ≈ one interval ahead

    // acquire() resolves when that slot is due, not a millisecond before.
    jest.advanceTimersByTime(Math.ceil(z2.waitMs) - 1);
    await nextTurn();
    expect(done.zendesk2).toBe(false);
    jest.advanceTimersByTime(1);
    await nextTurn();
    expect(done.zendesk2).toBe(true);
    await Promise.all([zendesk1, intercom1, zendesk2]);
  });
});
