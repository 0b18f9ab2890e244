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
import { createOwnTicketGate } from '../incidents/own-ticket-gate';
import type { Logger } from '../logging/logger';
import type { Metrics } from '../metrics/metrics';
import type { PipelineDeps, RulesProvider } from '../pipeline/types';
import { createRedisPacer } from '../ratelimit/redis-pacer';
import { createRedisConnection } from '../server/redis-connection';
import type { Db } from '../store/db';
import { detectCrisis } from '../triage/crisis';
import { decide } from '../triage/decide';
import type { HelplineDirectory } from '../triage/helplines/schema';
import { buildAdapters } from './adapters';
import type { CrisisSecondOpinion } from '../crisis-provider/guarded-opinion';
import { crisisSecondOpinionFromConfig } from '../crisis-provider/from-config';
import { warmTriageModels } from '../triage/warm-models';
import { settledWithin } from '../concurrency/settled-within';
import { createErrorLog } from '../logging/error-log';
import { timedStepSync } from '../logging/step';
import { watchRedisConnection } from '../server/redis-log';
import type { RaiseAlert } from '../alerts/raise-alert';
import { startAlertRuntime, type AlertRuntime } from './alert-runtime';

export interface WorkerRuntimeDeps {
  config: Config;
  logger: Logger;
  db: Db;
  metrics: Metrics;
  rules: RulesProvider;
  /** Crisis lines for the notes (config/helplines.yaml); without it notes give emergency-number advice only. */
  helplines?: HelplineDirectory;
  jobDataKey: Buffer;
  buildContext: PipelineDeps['buildContext'];
  /** Incident formation (src/incidents), given the shared pacer for native linking; composed in runtime/incidents.ts. */
  incidents?: (pacer: RequestPacer, raise: RaiseAlert) => PipelineDeps['incidents'];
  /** Tests and the bench inject adapters; by default they are built from the config. */
  adapters?: (pacer: RequestPacer) => Partial<Record<HelpdeskSource, HelpdeskAdapter>>;
  /**
   * How long a dead worker's jobs and ticket locks stay locked before other workers take over
   * (BullMQ lockDuration and stalled-check interval, and the ticket lock's TTL). Default 30 s.
   */
  lockDurationMs?: number;
  /** How long close() lets running jobs finish before it stops waiting (default 5 s). */
  drainMs?: number;
  /** Tests inject a second opinion; by default it is built from CRISIS_PROVIDER (null = none). */
  crisisSecondOpinion?: CrisisSecondOpinion | null;
  /** The live model and label memory (src/learning); default: decide() with the corpus model. */
  decide?: PipelineDeps['decide'];
  detectCrisis?: PipelineDeps['detectCrisis'];
}

/** Closing budgets: at most ~7.5 s in all, beside the HTTP drain, so a SIGTERM ends well under 10 s. */
const JOB_DRAIN_MS = 5000;
const CLOSE_STEP_MS = 500;

export interface WorkerRuntime {
  worker: TicketWorker;
  queue: IntakeQueue;
  pacer: RequestPacer;
  /** Crisis and SLA-breach alerts; `alerts.raise` is how other modules raise one. */
  alerts: AlertRuntime;
  /** Waits for running jobs, then closes the worker, the queue and the Redis connections. */
  close(): Promise<void>;
}

export function startWorkerRuntime(deps: WorkerRuntimeDeps): WorkerRuntime {
  const { config, logger, metrics } = deps;
  warmTriageModels((train) => timedStepSync(logger, 'training the models', train));
  const prefix = config.QUEUE_PREFIX;
  // Worker-role connections: maxRetriesPerRequest null, offline queue on (BullMQ requirement).
  const redisUrl = config.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const redisErrors = createErrorLog(logger, { what: 'Redis error', hint: 'queued tickets wait in Redis until it answers again: check Redis and REDIS_URL' });
  const workerRedis: Redis = createRedisConnection(redisUrl, 'worker');
  const commandRedis: Redis = createRedisConnection(redisUrl, 'worker');
  watchRedisConnection(workerRedis, logger, redisErrors, 'worker');
  watchRedisConnection(commandRedis, logger, redisErrors, 'worker-commands');
  const queue = createIntakeQueue(commandRedis, prefix, { attempts: config.JOB_ATTEMPTS });
  redisErrors.watch(queue, 'queue:intake');
  const pacer = createRedisPacer(commandRedis, {
    prefix,
    budgets: { zendesk: { maxRpm: config.ZENDESK_MAX_RPM }, intercom: { maxRpm: config.INTERCOM_MAX_RPM } },
  });
  const adapters = deps.adapters ? deps.adapters(pacer) : buildAdapters(config, pacer, logger);
  const crisisSecondOpinion = deps.crisisSecondOpinion !== undefined ? deps.crisisSecondOpinion : crisisSecondOpinionFromConfig(config, logger, metrics);
  const alerts = startAlertRuntime({ config, logger, db: deps.db, commandRedis, errors: redisErrors });
  const pipeline: PipelineDeps = {
    db: deps.db,
    rules: deps.rules,
    adapters,
    mode: config.writebackMode,
    buildContext: deps.buildContext,
    decide: (ticket, context, rules, options) => (deps.decide ?? decide)(ticket, context, rules, { ...options, helplines: deps.helplines }),
    detectCrisis: deps.detectCrisis ?? detectCrisis,
    ...(crisisSecondOpinion ? { crisisSecondOpinion } : {}),
    ...(deps.incidents ? { incidents: deps.incidents(pacer, alerts.raise) } : {}),
    logger,
    metrics,
    riskFields: (source, risk) => riskFields(config, source, risk),
    snapshotKey: deps.jobDataKey,
    onDecided: alerts.onDecided,
  };
  const ownTickets = createOwnTicketGate({ db: deps.db, logger, count: (source, change) => metrics.incidentHelpdeskStatus?.(source, change) });
  const job = new TicketJob({ queue, logger, metrics, pipeline, lock: createTicketLock(commandRedis, prefix, deps.lockDurationMs ?? 30_000), jobDataKey: deps.jobDataKey, ownTickets });
  const worker = createTicketWorker({
    connection: workerRedis,
    prefix,
    concurrency: config.WORKER_CONCURRENCY,
    job,
    logger,
    errors: redisErrors,
    stalledIntervalMs: deps.lockDurationMs,
    lockDurationMs: deps.lockDurationMs,
  });
  metrics.watchQueue(queueStats(queue));
  const live = Object.keys(adapters).join(', ') || 'none';
  logger.info({ mode: config.writebackMode, liveHelpdesks: live, concurrency: config.WORKER_CONCURRENCY, crisisProvider: crisisSecondOpinion ? config.CRISIS_PROVIDER : 'none' }, 'worker started');
  let closing: Promise<void> | null = null;
  return {
    worker,
    queue,
    pacer,
    alerts,
    close() {
      closing ??= (async () => {
        // Take no new job, give the running ones a bounded time, then close. BullMQ's graceful close
        // waits for Redis for ever while it is down; a job cut short returns to the queue when its lock
        // expires, and note memory keeps its retry from writing twice.
        await settledWithin(worker.pause(true), CLOSE_STEP_MS);
        const idle = await job.whenIdle(deps.drainMs ?? JOB_DRAIN_MS);
        const redisUp = workerRedis.status === 'ready' && commandRedis.status === 'ready';
        if (!idle) logger.warn({ waitedMs: deps.drainMs ?? JOB_DRAIN_MS }, 'jobs still running at shutdown: they return to the queue when their lock expires');
        if (!redisUp) logger.warn('Redis is down at shutdown: closing the worker without waiting for it');
        const closed = await settledWithin(worker.close(!(idle && redisUp)), CLOSE_STEP_MS * 2);
        if (!closed) logger.warn('the worker did not close in time: moving on');
        await settledWithin(queue.close(), CLOSE_STEP_MS);
        await settledWithin(alerts.close(), CLOSE_STEP_MS * 2);
        await Promise.all(
          [workerRedis, commandRedis].map(async (connection) => {
            if (connection.status === 'ready') await settledWithin(connection.quit(), CLOSE_STEP_MS);
            connection.disconnect();
          }),
        );
      })();
      return closing;
    },
  };
}
