/**
 * The shared request budget per helpdesk: every API request, from every worker on every machine,
 * first reserves a slot on one Redis-held GCRA schedule (see gcra-script.ts) and waits for it.
 *
 * Budget semantics: `maxRpm` is never exceeded in any 60-second window. The pacer keeps a burst
 * allowance of 1% of the budget (so an idle service answers at once) and paces the rest at 98% of
 * the budget, which leaves room for network jitter and keeps a long burst within ~1.02× of the
 * budget's minimum drain time.
 */
import type { Redis } from 'ioredis';
import type { HelpdeskSource } from '../domain/ticket';
import { createTurnBatcher, type TurnBatcher } from '../concurrency/turn-batcher';
import type { RequestPacer } from '../helpdesk/types';
import { GCRA_RESERVE_SCRIPT } from './gcra-script';

export interface PacerBudget {
  /** Requests per minute this helpdesk allows riskdesk. */
  maxRpm: number;
}

export interface RedisPacerOptions {
  /** Key prefix (QUEUE_PREFIX): tests and tenants isolate their schedules with it. */
  prefix: string;
  budgets: Record<HelpdeskSource, PacerBudget>;
  /** Share of the budget paced steadily (default 0.98). */
  steadyShare?: number;
  /** Share of the budget allowed back to back when idle (default 0.01). */
  burstShare?: number;
}

interface PacingPlan {
  intervalMs: number;
  toleranceMs: number;
}

export function pacingPlan(maxRpm: number, steadyShare = 0.98, burstShare = 0.01): PacingPlan {
  const intervalMs = 60_000 / (maxRpm * steadyShare);
  const burst = Math.max(1, Math.floor(maxRpm * burstShare));
  return { intervalMs, toleranceMs: (burst - 1) * intervalMs };
}

type GcraRedis = Redis & { riskdeskGcraReserve(key: string, interval: string, tolerance: string, count: string): Promise<number> };

/** Resolves when a slot due in `waitMs` is due (at once when it already is). */
function waitForSlot(waitMs: number): Promise<void> {
  return waitMs <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, Math.ceil(waitMs)));
}

/**
 * Requests that ask for a slot in the same event-loop turn (a job's parallel reads, several jobs
 * at once) reserve consecutive slots in ONE Redis call instead of one call each: the same schedule,
 * a fraction of the round trips.
 */
export function createRedisPacer(redis: Redis, options: RedisPacerOptions): RequestPacer & { keyFor(source: HelpdeskSource): string } {
  if (!('riskdeskGcraReserve' in redis)) {
    redis.defineCommand('riskdeskGcraReserve', { numberOfKeys: 1, lua: GCRA_RESERVE_SCRIPT });
  }
  const client = redis as GcraRedis;
  const plans = {
    zendesk: pacingPlan(options.budgets.zendesk.maxRpm, options.steadyShare, options.burstShare),
    intercom: pacingPlan(options.budgets.intercom.maxRpm, options.steadyShare, options.burstShare),
  };
  const keyFor = (source: HelpdeskSource): string => `${options.prefix}:pace:${source}`;
  /** One batcher per helpdesk: the k-th request of a reservation waits for its first slot plus k intervals. */
  const reservations = (source: HelpdeskSource): TurnBatcher<HelpdeskSource, number> =>
    createTurnBatcher(async (requests) => {
      const plan = plans[source];
      const firstWaitMicros = await client.riskdeskGcraReserve(keyFor(source), plan.intervalMs.toFixed(6), plan.toleranceMs.toFixed(6), String(requests.length));
      return requests.map((_, k) => firstWaitMicros / 1000 + k * plan.intervalMs);
    });
  const batchers = { zendesk: reservations('zendesk'), intercom: reservations('intercom') };

  return {
    keyFor,
    async acquire(source: HelpdeskSource): Promise<void> {
      await waitForSlot(await batchers[source].add(source));
    },
  };
}
