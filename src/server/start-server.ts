import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type express from 'express';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Config } from '../config/load-config';
import { createIntakeQueue, type IntakeQueue } from '../../jobs/intake-queue';
import { createDeliveryDedupeStore } from '../../webhooks/delivery-dedupe';
import { warnAboutDisabledReceivers } from '../../webhooks/router';
import type { IntakeCounters } from '../../webhooks/types';
import type { CrisisResult } from '../triage/types';
import { resolveJobDataKey } from '../security/job-data-key';
import { settledWithin } from '../concurrency/settled-within';
import { logDashboardUrl } from '../dashboard/demo-url';
import { createApp, type AppDeps } from './create-app';
import { logGeneratedSecrets } from './generated-secrets-notice';
import { redisReadinessCheck, type ReadinessCheck } from './health';
import { createRedisConnection } from './redis-connection';
import { watchRedisConnection } from './redis-log';
import { createErrorLog } from '../logging/error-log';
import { timedStepSync } from '../logging/step';
import { warmIntakeModels } from '../triage/warm-models';
import type { TagChangeHook } from '../../webhooks/tag-change-hook';

export interface StartServerOptions {
  config: Config;
  logger: Logger;
  /** Checks besides Redis (which is always checked), e.g. the database. */
  readinessChecks?: ReadinessCheck[];
  mount?: AppDeps['mount'];
  counters?: IntakeCounters;
  ownTags?: ReadonlySet<string>;
  /** Defaults to config.QUEUE_PREFIX (tests and the benchmark pass their own). */
  queuePrefix?: string;
  /** Defaults to JOB_DATA_KEY or the key file under RISKDESK_DATA_DIR. */
  jobDataKey?: Buffer;
  /** Port override (0 = ephemeral); defaults to config.PORT. */
  port?: number;
  /** Stop waiting for in-flight requests after this long on close (default 5 s). */
  drainTimeoutMs?: number;
  /** Defaults to src/triage/crisis `detectCrisis`. */
  detectCrisis?: (text: string) => CrisisResult;
  /** Learning: labels from agents' tag changes. */
  onTagChange?: TagChangeHook;
  recordAgentReply?: AppDeps['recordAgentReply'];
}

export interface ServerHandle {
  app: express.Express;
  server: Server;
  port: number;
  url: string;
  redis: Redis;
  queue: IntakeQueue;
  /** Stop accepting, drain in-flight requests, close the queue and Redis. Idempotent. */
  close(): Promise<void>;
}

/** Closing budgets: at most ~6 s in all, beside the worker's, so a SIGTERM ends well under 10 s. */
const HTTP_DRAIN_MS = 5000;
const CLOSE_STEP_MS = 500;

function closeHttp(server: Server, drainTimeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), drainTimeoutMs);
    force.unref();
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}

export async function startServer(options: StartServerOptions): Promise<ServerHandle> {
  const { config, logger } = options;
  const prefix = options.queuePrefix ?? config.QUEUE_PREFIX;
  const jobDataKey = options.jobDataKey ?? resolveJobDataKey(config);
  // The default crisis detector's model trains once here, not on the first webhook.
  if (!options.detectCrisis) warmIntakeModels((train) => timedStepSync(logger, 'training the models', train));
  const redis = createRedisConnection(config.REDIS_URL ?? 'redis://127.0.0.1:6379', 'producer');
  const redisErrors = createErrorLog(logger, { what: 'Redis error', hint: 'webhooks answer 503 until Redis answers again: check Redis and REDIS_URL' });
  watchRedisConnection(redis, logger, redisErrors, 'producer');
  const queue = createIntakeQueue(redis, prefix, { attempts: config.JOB_ATTEMPTS });
  redisErrors.watch(queue, 'queue:intake');
  let draining = false;
  logGeneratedSecrets(config, logger);
  warnAboutDisabledReceivers(config, logger);
  const app = createApp({
    config,
    logger,
    redis,
    redisErrors,
    queue,
    dedupe: createDeliveryDedupeStore(redis, prefix),
    jobDataKey,
    readinessChecks: [redisReadinessCheck(redis), ...(options.readinessChecks ?? [])],
    counters: options.counters,
    ownTags: options.ownTags,
    mount: options.mount,
    detectCrisis: options.detectCrisis,
    onTagChange: options.onTagChange,
    recordAgentReply: options.recordAgentReply,
    isDraining: () => draining,
  });
  const server = createServer((req, res) => {
    // While draining, finish the request and drop the keep-alive connection.
    if (draining) res.setHeader('Connection', 'close');
    app(req, res);
  });
  server.listen(options.port ?? config.PORT, config.HOST);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  logger.info({ port, host: config.HOST, prefix }, 'riskdesk HTTP server listening');
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      draining = true;
      await closeHttp(server, options.drainTimeoutMs ?? HTTP_DRAIN_MS);
      // Each step is bounded: a Redis that is down must not hold the shutdown.
      if (!(await settledWithin(queue.close(), CLOSE_STEP_MS))) logger.warn('the intake queue did not close in time: moving on');
      // QUIT only makes sense on a live connection; otherwise just drop it (no reconnect, no pending timers).
      if (redis.status === 'ready') await settledWithin(redis.quit(), CLOSE_STEP_MS);
      redis.disconnect();
      logger.info('riskdesk HTTP server stopped');
    })();
    return closing;
  };
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? '127.0.0.1' : config.HOST;
  if (options.mount) logDashboardUrl(`http://${host}:${port}`, config, logger);
  return { app, server, port, url: `http://${host}:${port}`, redis, queue, close };
}
