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

interface Waiter {
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** Waits for slot k of a reservation whose first slot is due after `firstWaitMs` (negative: already due). */
function releaseAt(waiter: Waiter, firstWaitMs: number, k: number, intervalMs: number): void {
  const waitMs = firstWaitMs + k * intervalMs;
  if (waitMs <= 0) waiter.resolve();
  else setTimeout(waiter.resolve, Math.ceil(waitMs));
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
  const waiting: Record<HelpdeskSource, Waiter[]> = { zendesk: [], intercom: [] };

  async function reserve(source: HelpdeskSource): Promise<void> {
    const batch = waiting[source];
    waiting[source] = [];
    const plan = plans[source];
    try {
      const firstWaitMicros = await client.riskdeskGcraReserve(keyFor(source), plan.intervalMs.toFixed(6), plan.toleranceMs.toFixed(6), String(batch.length));
      batch.forEach((waiter, k) => releaseAt(waiter, firstWaitMicros / 1000, k, plan.intervalMs));
    } catch (error) {
      for (const waiter of batch) waiter.reject(error);
    }
  }

  return {
    keyFor,
    acquire(source: HelpdeskSource): Promise<void> {
      return new Promise((resolve, reject) => {
        if (waiting[source].push({ resolve, reject }) === 1) setImmediate(() => void reserve(source));
      });
    },
  };
}
