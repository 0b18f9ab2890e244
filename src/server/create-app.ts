import express from 'express';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { IntakeQueue } from '../../jobs/intake-queue';
import type { DeliveryDedupeStore } from '../../webhooks/delivery-dedupe';
import type { TagChangeHook } from '../../webhooks/tag-change-hook';
import { mountWebhookRoutes, type WebhookConfig, type WebhookDeps } from '../../webhooks/router';
import type { IntakeCounters } from '../../webhooks/types';
import type { CrisisResult } from '../triage/types';
import { createHealthRouter, type ReadinessCheck } from './health';
import { useJsonFallbacks } from './json-fallbacks';
import { isRedisReady } from './redis-connection';
import type { ErrorLog, ErrorSource } from '../logging/error-log';

/** What mounted routers may share with intake: its queue and Redis connection (the dashboard's queue page). */
export interface MountContext {
  queue: IntakeQueue;
  redis: Redis;
  /** Logs a mounted queue's 'error' events like intake's own (else BullMQ prints them raw). */
  watchErrors(source: ErrorSource, component: string): void;
}

export interface AppDeps {
  config: WebhookConfig;
  logger: Logger;
  /** The producer connection the queue and the dedupe store use (its state drives fail-fast 503s). */
  redis: Redis;
  queue: IntakeQueue;
  dedupe: DeliveryDedupeStore;
  jobDataKey: Buffer;
  readinessChecks: ReadinessCheck[];
  counters?: IntakeCounters;
  ownTags?: ReadonlySet<string>;
  /** Composition code plugs in more routers (metrics, decisions API, sidebar API, dashboard) here. */
  mount?: (app: express.Express, ctx: MountContext) => void;
  /** Rate-limited Redis error log shared with intake's queue; absent → each error is logged. */
  redisErrors?: ErrorLog;
  isDraining?: () => boolean;
  now?: () => number;
  /** Defaults to src/triage/crisis `detectCrisis` (the benchmark swaps it to isolate intake's own cost). */
  detectCrisis?: (text: string) => CrisisResult;
  /** Learning: labels from agents' tag changes. */
  onTagChange?: TagChangeHook;
  /** Stops SLA clocks on agents' public replies (webhooks); absent → those are acknowledged only. */
  recordAgentReply?: WebhookDeps['recordAgentReply'];
}

export function createApp(deps: AppDeps): express.Express {
  const app = express();
  const isDraining = deps.isDraining ?? (() => false);
  app.disable('x-powered-by');
  // Webhooks first: they are nearly all the traffic, and each layer before them costs every request.
  mountWebhookRoutes(app, {
    config: deps.config,
    logger: deps.logger,
    queue: deps.queue,
    dedupe: deps.dedupe,
    jobDataKey: deps.jobDataKey,
    isRedisReady: () => isRedisReady(deps.redis),
    counters: deps.counters,
    ownTags: deps.ownTags,
    now: deps.now,
    detectCrisis: deps.detectCrisis,
    onTagChange: deps.onTagChange,
    recordAgentReply: deps.recordAgentReply,
  });
  app.use(createHealthRouter(deps.readinessChecks, isDraining));
  const watchErrors = (source: ErrorSource, component: string): void => {
    if (deps.redisErrors) deps.redisErrors.watch(source, component);
    else source.on('error', (error) => deps.logger.warn({ err: error.message, component }, 'Redis error'));
  };
  deps.mount?.(app, { queue: deps.queue, redis: deps.redis, watchErrors });
  useJsonFallbacks(app, deps.logger, 'webhooks are POST /webhooks/zendesk and POST /webhooks/intercom');
  return app;
}
