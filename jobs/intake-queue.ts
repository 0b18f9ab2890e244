import { createHash } from 'node:crypto';
import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { HelpdeskSource } from '../src/domain/ticket';
import type { IntakeJobData } from './intake-job';

export const INTAKE_QUEUE_NAME = 'intake';

/**
 * BullMQ serves jobs WITHOUT a priority (the wait list) before prioritized ones, so every intake
 * job gets an explicit priority: crisis 1 (served first), review (possible danger) 2, everything
 * else NORMAL_PRIORITY. Intake only has its own quick crisis check on the delivered text; the
 * worker decides the tier for real, so a ticket intake did not flag still gets its banner and route.
 */
export const CRISIS_PRIORITY = 1;
export const REVIEW_PRIORITY = 2;
export const NORMAL_PRIORITY = 10;

/**
 * Coalesced jobs wait this much longer than their deduplication window lasts, so the window has
 * closed before a worker can pick the job up: an event arriving while the job is already running
 * starts a new job instead of being absorbed by one that no longer reads its data (clock skew margin).
 */
export const COALESCE_GRACE_MS = 100;

export type IntakeQueue = Queue<IntakeJobData, unknown, string>;

export function createIntakeQueue(connection: Redis, prefix: string, options: { attempts?: number } = {}): IntakeQueue {
  return new Queue<IntakeJobData, unknown, string>(INTAKE_QUEUE_NAME, {
    connection,
    prefix,
    defaultJobOptions: {
      attempts: options.attempts ?? 8,
      backoff: { type: 'exponential', delay: 2000, jitter: 0.5 },
      removeOnComplete: { age: 86_400, count: 10_000 },
      removeOnFail: { age: 14 * 86_400 },
    },
  });
}

/**
 * BullMQ ids must not contain ':' nor be all digits. Ids are `<source>-<delivery id>`; any other
 * character becomes '_' and a short hash of the original keeps two different ids from colliding.
 */
export function toBullmqId(source: HelpdeskSource, rawId: string): string {
  const cleaned = rawId.replace(/[^A-Za-z0-9_.-]/g, '_');
  const needsHash = cleaned !== rawId || cleaned.length > 120;
  const base = cleaned.length > 120 ? cleaned.slice(0, 120) : cleaned;
  const suffix = needsHash ? `-${createHash('sha256').update(rawId).digest('hex').slice(0, 12)}` : '';
  return `${source}-${base}${suffix}`;
}

export const intakeJobId = (source: HelpdeskSource, deliveryId: string): string => toBullmqId(source, deliveryId);
export const coalesceId = (source: HelpdeskSource, ticketId: string): string => toBullmqId(source, `ticket-${ticketId}`);

export interface EnqueuePlan {
  crisis: boolean;
  /** Possible danger by intake's check: served right after crisis jobs (still coalesced per ticket). */
  review?: boolean;
  /** 0 disables coalescing. */
  coalesceMs: number;
}

/**
 * Crisis: no delay, no coalescing, highest priority. Otherwise debounce per ticket: BullMQ
 * deduplication with `replace` + `extend` replaces the still-delayed job of the same ticket with
 * this one (latest data wins) and restarts the window.
 */
export function intakeJobOptions(data: IntakeJobData, plan: EnqueuePlan): JobsOptions {
  const jobId = intakeJobId(data.source, data.deliveryId);
  if (plan.crisis) return { jobId, priority: CRISIS_PRIORITY };
  const priority = plan.review ? REVIEW_PRIORITY : NORMAL_PRIORITY;
  if (plan.coalesceMs <= 0) return { jobId, priority };
  return {
    jobId,
    priority,
    delay: plan.coalesceMs + COALESCE_GRACE_MS,
    deduplication: { id: coalesceId(data.source, data.ticketId), ttl: plan.coalesceMs, extend: true, replace: true },
  };
}

/** Adds the job; returns the id of the job that carries the event (another one's when BullMQ deduplicated it). */
export async function enqueueIntakeJob(queue: IntakeQueue, data: IntakeJobData, plan: EnqueuePlan): Promise<string> {
  const job = await queue.add(data.kind, data, intakeJobOptions(data, plan));
  return job.id ?? intakeJobId(data.source, data.deliveryId);
}
