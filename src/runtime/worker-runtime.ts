/**
 * The worker side of a riskdesk process, composed: Redis connections, the intake queue (for
 * 429 back-off and metrics), the shared request pacer and ticket lock, the helpdesk adapters, the
 * TicketJob and its BullMQ worker. Several of these may run on several machines against one Redis
 * and one database: everything shared lives there.
 */
import type { Redis } from 'ioredis';
import { createIntakeQueue, type IntakeQueue } from '../../jobs/intake-queue';
import { queueStats } from '../../jobs/queue-stats';
import { TicketJob } from '../../jobs/ticket-job';
import { createTicketLock } from '../../jobs/ticket-lock';
import { createTicketWorker, type TicketWorker } from '../../jobs/ticket-worker';
import type { Config } from '../config/load-config';
import type { HelpdeskSource } from '../domain/ticket';
import { riskFields } from '../helpdesk/risk-fields';
import type { HelpdeskAdapter, RequestPacer } from '../helpdesk/types';
import type { Logger } from '../logging/logger';
import type { Metrics } from '../metrics/metrics';
import type { PipelineDeps, RulesProvider } from '../pipeline/types';
import { createRedisPacer } from '../ratelimit/redis-pacer';
import { createRedisConnection } from '../server/redis-connection';
import type { Db } from '../store/db';
import { detectCrisis } from '../triage/crisis';
import { decide } from '../triage/decide';
import { buildAdapters } from './adapters';
import { warmTriageModels } from '../triage/warm-models';

export interface WorkerRuntimeDeps {
  config: Config;
  logger: Logger;
  db: Db;
  metrics: Metrics;
  rules: RulesProvider;
  jobDataKey: Buffer;
  buildContext: PipelineDeps['buildContext'];
  /** Tests and the bench inject adapters; by default they are built from the config. */
  adapters?: (pacer: RequestPacer) => Partial<Record<HelpdeskSource, HelpdeskAdapter>>;
  /**
   * How long a dead worker's jobs and ticket locks stay locked before other workers take over
   * (BullMQ lockDuration and stalled-check interval, and the ticket lock's TTL). Default 30 s.
   */
  lockDurationMs?: number;
}

export interface WorkerRuntime {
  worker: TicketWorker;
  queue: IntakeQueue;
  pacer: RequestPacer;
  /** Waits for running jobs, then closes the worker, the queue and the Redis connections. */
  close(): Promise<void>;
}

export function startWorkerRuntime(deps: WorkerRuntimeDeps): WorkerRuntime {
  const { config, logger, metrics } = deps;
  warmTriageModels();
  const prefix = config.QUEUE_PREFIX;
  // Worker-role connections: maxRetriesPerRequest null, offline queue on (BullMQ requirement).
  const redisUrl = config.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const workerRedis: Redis = createRedisConnection(redisUrl, 'worker');
  const commandRedis: Redis = createRedisConnection(redisUrl, 'worker');
  const queue = createIntakeQueue(commandRedis, prefix, { attempts: config.JOB_ATTEMPTS });
  const pacer = createRedisPacer(commandRedis, {
    prefix,
    budgets: { zendesk: { maxRpm: config.ZENDESK_MAX_RPM }, intercom: { maxRpm: config.INTERCOM_MAX_RPM } },
  });
  const adapters = deps.adapters ? deps.adapters(pacer) : buildAdapters(config, pacer, logger);
  const pipeline: PipelineDeps = {
    db: deps.db,
    rules: deps.rules,
    adapters,
    mode: config.writebackMode,
    buildContext: deps.buildContext,
    decide: (ticket, context, rules) => decide(ticket, context, rules),
    detectCrisis,
    logger,
    metrics,
    riskFields: (source, risk) => riskFields(config, source, risk),
    snapshotKey: deps.jobDataKey,
  };
  const job = new TicketJob({ queue, logger, metrics, pipeline, lock: createTicketLock(commandRedis, prefix, deps.lockDurationMs ?? 30_000), jobDataKey: deps.jobDataKey });
  const worker = createTicketWorker({
    connection: workerRedis,
    prefix,
    concurrency: config.WORKER_CONCURRENCY,
    job,
    logger,
    stalledIntervalMs: deps.lockDurationMs,
    lockDurationMs: deps.lockDurationMs,
  });
  metrics.watchQueue(queueStats(queue));
  const live = Object.keys(adapters).join(', ') || 'none';
  logger.info({ mode: config.writebackMode, liveHelpdesks: live, concurrency: config.WORKER_CONCURRENCY }, 'worker started');
  let closing: Promise<void> | null = null;
  return {
    worker,
    queue,
    pacer,
    close() {
      closing ??= (async () => {
        await worker.close();
        await queue.close();
        await Promise.all([workerRedis.quit().catch(() => undefined), commandRedis.quit().catch(() => undefined)]);
      })();
      return closing;
    },
  };
}
