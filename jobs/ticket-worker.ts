/**
 * The BullMQ worker that runs TicketJob. Its connection must use `maxRetriesPerRequest: null`
 * (createRedisConnection(url, 'worker')). The limiter is set very high on purpose: BullMQ only
 * honours `queue.rateLimit()` (our 429 back-off) when a limiter is configured; real pacing is the
 * per-helpdesk request budget (src/ratelimit), not a jobs-per-second cap.
 */
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { ErrorLog } from '../src/logging/error-log';
import type { Logger } from '../src/logging/logger';
import type { IntakeJobData } from './intake-job';
import { INTAKE_QUEUE_NAME } from './intake-queue';
import type { TicketJob, TicketJobResult } from './ticket-job';

export interface TicketWorkerOptions {
  connection: Redis;
  prefix: string;
  concurrency: number;
  job: TicketJob;
  logger: Logger;
  /** Where the worker's errors go (rate-limited: a Redis outage reports every reconnect attempt). */
  errors: ErrorLog;
  /** Stalled-job check interval (ms); a job whose worker died returns to wait after it. */
  stalledIntervalMs?: number;
  lockDurationMs?: number;
}

export type TicketWorker = Worker<IntakeJobData, TicketJobResult, string>;

export function createTicketWorker(options: TicketWorkerOptions): TicketWorker {
  const worker: TicketWorker = new Worker<IntakeJobData, TicketJobResult, string>(INTAKE_QUEUE_NAME, (job, token) => options.job.run(job, token), {
    connection: options.connection,
    prefix: options.prefix,
    concurrency: options.concurrency,
    limiter: { max: 1_000_000, duration: 1000 },
    maxStalledCount: 5,
    ...(options.stalledIntervalMs ? { stalledInterval: options.stalledIntervalMs } : {}),
    ...(options.lockDurationMs ? { lockDuration: options.lockDurationMs } : {}),
  });
  options.errors.watch(worker, 'worker:intake');
  worker.on('completed', (job, result) => options.logger.debug({ jobId: job.id, outcome: result.outcome }, 'job done'));
  return worker;
}
