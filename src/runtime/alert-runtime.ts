/**
 * The alerts side of a worker process: the alerts queue (producer), its worker (senders and the
 * SLA sweep) on its own Redis connection, and the `raiseAlert` function other modules call.
 * Without a configured channel, raising does nothing and no alerts worker runs.
 */
import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { createAlertQueue, enqueueAlert, type AlertQueue } from '../../jobs/alert-queue';
import { createAlertWorker, scheduleSlaSweep } from '../../jobs/alert-worker';
import { alertSenders } from '../alerts/channels';
import { createDecisionListener } from '../alerts/decision-listener';
import type { TicketLinks } from '../alerts/from-decision';
import { createAlertRaiser, noAlerts, type RaiseAlert } from '../alerts/raise-alert';
import type { AlertChannel } from '../alerts/types';
import type { Config } from '../config/load-config';
import { settledWithin } from '../concurrency/settled-within';
import type { ErrorLog } from '../logging/error-log';
import type { Logger } from '../logging/logger';
import type { PipelineDeps } from '../pipeline/types';
import { createRedisConnection } from '../server/redis-connection';
import type { Db } from '../store/db';

export interface AlertRuntime {
  raise: RaiseAlert;
  onDecided: NonNullable<PipelineDeps['onDecided']>;
  close(): Promise<void>;
}

export function alertLinks(config: Pick<Config, 'DASHBOARD_URL' | 'ZENDESK_SUBDOMAIN' | 'PORT'>): TicketLinks {
  return { zendeskSubdomain: config.ZENDESK_SUBDOMAIN, dashboardUrl: config.DASHBOARD_URL ?? `http://localhost:${config.PORT}` };
}

export function startAlertRuntime(deps: { config: Config; logger: Logger; db: Db; commandRedis: Redis; errors: ErrorLog }): AlertRuntime {
  const { config, logger, db } = deps;
  const senders = alertSenders(config);
  const channels = Object.keys(senders) as AlertChannel[];
  const links = alertLinks(config);
  let queue: AlertQueue | null = null;
  let worker: Worker | null = null;
  let workerRedis: Redis | null = null;
  let raise: RaiseAlert = noAlerts;
  if (channels.length > 0) {
    const q = createAlertQueue(deps.commandRedis, config.QUEUE_PREFIX);
    queue = q;
    deps.errors.watch(q, 'queue:alerts');
    raise = createAlertRaiser({ channels, enqueue: (channel, alert) => enqueueAlert(q, channel, alert), logger });
    workerRedis = createRedisConnection(config.REDIS_URL ?? 'redis://127.0.0.1:6379', 'worker');
    deps.errors.watch(workerRedis, 'redis:alerts');
    worker = createAlertWorker({ connection: workerRedis, prefix: config.QUEUE_PREFIX, db, senders, raise, links, logger, errors: deps.errors });
    scheduleSlaSweep(q).catch((error: unknown) => logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'SLA sweep not scheduled: SLA-breach alerts wait until Redis answers'));
    logger.info({ channels }, 'alerts enabled');
  }
  const listener = createDecisionListener({ db, raise, links, includeReview: config.ALERT_ON_CRISIS_REVIEW, logger });
  return {
    raise,
    onDecided: (input, result) => listener({ source: input.source, ticketId: input.ticketId, decision: result.decision, receivedAt: input.receivedAt }),
    async close() {
      if (worker) await settledWithin(worker.close(), 1000);
      if (queue) await settledWithin(queue.close(), 500);
      workerRedis?.disconnect();
    },
  };
}
