import express, { type ErrorRequestHandler } from 'express';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { IntakeQueue } from '../../jobs/intake-queue';
import type { DeliveryDedupeStore } from '../../webhooks/delivery-dedupe';
import { mountWebhookRoutes, type WebhookConfig } from '../../webhooks/router';
import type { IntakeCounters } from '../../webhooks/types';
import type { CrisisResult } from '../triage/types';
import { createHealthRouter, type ReadinessCheck } from './health';
import { isRedisReady } from './redis-connection';

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
  /** Composition code plugs in more routers (metrics, decisions API, sidebar API) here. */
  mount?: (app: express.Express) => void;
  isDraining?: () => boolean;
  now?: () => number;
  /** Defaults to src/triage/crisis `detectCrisis` (the benchmark swaps it to isolate intake's own cost). */
  detectCrisis?: (text: string) => CrisisResult;
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
  });
  app.use(createHealthRouter(deps.readinessChecks, isDraining));
  deps.mount?.(app);
  app.use((req, res) => {
    res.status(404).json({ error: { code: 'not_found', message: `no route for ${req.method} ${req.path}: webhooks are POST /webhooks/zendesk and POST /webhooks/intercom` } });
  });
  const onError: ErrorRequestHandler = (error: { status?: unknown } | undefined, _req, res, _next) => {
    if (res.headersSent) return;
    const status = typeof error?.status === 'number' ? error.status : 500;
    if (status >= 400 && status < 500) {
      res.status(status).json({ error: { code: 'bad_request', message: 'the request could not be read (malformed URL or headers): fix it and retry' } });
      return;
    }
    deps.logger.error({ err: error }, 'unhandled error while answering a request');
    res.status(500).json({ error: { code: 'internal_error', message: 'unexpected error: see the server logs' } });
  };
  app.use(onError);
  return app;
}
