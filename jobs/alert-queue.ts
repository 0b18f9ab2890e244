/**
 * The alerts queue: one job per (channel, kind, subject). The job id is the dedupe — BullMQ
 * refuses a second job with an existing id, and completed jobs are kept a day — so a ticket
 * re-decided ten times pages once. Retries: 6 attempts, exponential from 2 s (about a minute in all).
 */
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { alertJobId, type Alert, type AlertChannel } from '../src/alerts/types';

export const ALERT_QUEUE_NAME = 'alerts';
export const SLA_SWEEP_JOB = 'sla-sweep';

export interface AlertJobData {
  channel: AlertChannel;
  alert: Alert;
}

export type AlertQueue = Queue<AlertJobData | Record<string, never>, unknown, string>;

export function createAlertQueue(connection: Redis, prefix: string): AlertQueue {
  return new Queue<AlertJobData | Record<string, never>, unknown, string>(ALERT_QUEUE_NAME, {
    connection,
    prefix,
    defaultJobOptions: {
      attempts: 6,
      backoff: { type: 'exponential', delay: 2000, jitter: 0.3 },
      removeOnComplete: { age: 86_400 },
      removeOnFail: { age: 7 * 86_400 },
    },
  });
}

/** True when a new job was added; false when one with the same id already exists (deduplicated). */
export async function enqueueAlert(queue: AlertQueue, channel: AlertChannel, alert: Alert): Promise<boolean> {
  const jobId = alertJobId(channel, alert);
  if (await queue.getJob(jobId)) return false;
  const job = await queue.add(`${channel}:${alert.kind}`, { channel, alert }, { jobId, priority: alert.severity === 'critical' ? 1 : 5 });
  return job.id === jobId;
}
