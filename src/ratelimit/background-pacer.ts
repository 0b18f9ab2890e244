/**
 * The backfill's side of the shared request budget: it uses the SAME Redis schedule as the live
 * pacer (redis-pacer.ts), but only takes a slot when the schedule is idle — nobody has reserved
 * ahead and the burst allowance is untouched — and otherwise waits and asks again. So the backfill
 * never holds more than one slot, never touches the burst a live ticket gets at once, and a live
 * request waits at most one slot behind it; the budget (every request of both) is never exceeded.
 */
import type { Redis } from 'ioredis';
import type { HelpdeskSource } from '../domain/ticket';
import type { RequestPacer } from '../helpdesk/types';
import { pacingPlan, type PacerBudget } from './redis-pacer';

/**
 * KEYS[1] the helpdesk's schedule key; ARGV[1] emission interval T in ms.
 * Takes one slot only when the stored theoretical arrival time is not in the future (idle
 * schedule) and returns 0; otherwise reserves nothing and returns the microseconds until it is.
 */
export const GCRA_IDLE_SLOT_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local interval = tonumber(ARGV[1])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat > now then return math.ceil((tat - now) * 1000) end
local nextTat = now + interval
redis.call('SET', KEYS[1], string.format('%.3f', nextTat), 'PX', math.ceil(interval) + 1000)
return 0
`;

type IdleRedis = Redis & { riskdeskGcraIdleSlot(key: string, interval: string): Promise<number> };

export interface BackgroundPacerOptions {
  /** QUEUE_PREFIX: the same as the live pacer's, or the two would not share a schedule. */
  prefix: string;
  budgets: Record<HelpdeskSource, PacerBudget>;
  /** Waits between polls of a busy schedule (tests shorten them). */
  sleep?: (ms: number) => Promise<void>;
  /** Told of every slot taken and how long it waited for it (the backfill's metrics). */
  onAcquired?: (source: HelpdeskSource, waitedMs: number) => void;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function createBackgroundPacer(redis: Redis, options: BackgroundPacerOptions): RequestPacer {
  if (!('riskdeskGcraIdleSlot' in redis)) redis.defineCommand('riskdeskGcraIdleSlot', { numberOfKeys: 1, lua: GCRA_IDLE_SLOT_SCRIPT });
  const client = redis as IdleRedis;
  const sleep = options.sleep ?? defaultSleep;
  const intervals = { zendesk: pacingPlan(options.budgets.zendesk.maxRpm).intervalMs, intercom: pacingPlan(options.budgets.intercom.maxRpm).intervalMs };
  return {
    async acquire(source: HelpdeskSource): Promise<void> {
      // The sleeps, not the wall clock: Redis round trips are not time spent yielding to live tickets.
      let waitedMs = 0;
      for (;;) {
        const waitMicros = await client.riskdeskGcraIdleSlot(`${options.prefix}:pace:${source}`, intervals[source].toFixed(6));
        if (waitMicros <= 0) {
          options.onAcquired?.(source, waitedMs);
          return;
        }
        const ms = Math.max(1, Math.ceil(waitMicros / 1000));
        await sleep(ms);
        waitedMs += ms;
      }
    },
  };
}
