/**
 * Entry-point wiring for `riskdesk start` (server + worker) and `riskdesk work` (worker only):
 * config → logger → database (+ demo seed when embedded) → rules → risk context → worker (Redis,
 * adapters, pacer) → HTTP server with readiness checks and the composed routers.
 * close(): stop the server, let the worker finish its jobs, close queue, Redis and database.
 */
import type express from 'express';
import type { Config } from '../config/load-config';
import type { Logger } from '../logging/logger';
import { createMetrics, type Metrics } from '../metrics/metrics';
import { resolveJobDataKey } from '../security/job-data-key';
import { startServer, type ServerHandle } from '../server/start-server';
import type { Db } from '../store/db';
import { noopPacer } from '../helpdesk/types';
import { settledWithin } from '../concurrency/settled-within';
import { createAlertQueue } from '../../jobs/alert-queue';
import { recordFirstReply } from '../dashboard/sla';
import { buildAdapters } from './adapters';
import { createIncidents } from './incidents';
import { composeApp } from './compose-app';
import type { SidebarContext } from './mount-sidebar';
import { openStore } from './open-store';
import { createRiskContextBuilder, seedDemoData } from './risk-context';
import { createRulesProvider } from './rules-provider';
import { loadHelplines } from '../triage/helplines/load-helplines';
import { startWorkerRuntime, type WorkerRuntime, type WorkerRuntimeDeps } from './worker-runtime';
import { startLearningRuntime, type LearningRuntime } from '../learning/runtime/learning-runtime';
import { recordTagLabels } from '../learning/implicit/record-tag-labels';
import { mountLearning } from './mount-learning';
import { createCanvasFeedback } from '../learning/canvas/canvas-feedback';

const DB_CLOSE_MS = 1500;

export interface ServiceOptions {
  config: Config;
  logger: Logger;
  server: boolean;
  worker: boolean;
  /** The sidebar routers — mounted after metrics and decisions. */
  mountSidebar?: (app: express.Express, ctx: SidebarContext) => void;
  port?: number;
  /** Tests and the bench: adapters against fakes, faster stall detection. */
  adapters?: WorkerRuntimeDeps['adapters'];
  /** See WorkerRuntimeDeps.lockDurationMs. */
  lockDurationMs?: number;
  metrics?: Metrics;
  /** Named to other processes that find the embedded database in use (default from server/worker). */
  command?: string;
}

export interface ServiceHandle {
  db: Db;
  metrics: Metrics;
  server: ServerHandle | null;
  worker: WorkerRuntime | null;
  learning: LearningRuntime | null;
  close(): Promise<void>;
}

export async function startService(options: ServiceOptions): Promise<ServiceHandle> {
  const { config, logger } = options;
  const metrics = options.metrics ?? createMetrics();
  const command = options.command ?? (options.server ? 'riskdesk start' : 'riskdesk work');
  // Before anything opens: a bad helplines file stops start-up with every problem listed.
  const helplines = loadHelplines(config.HELPLINES_FILE);
  const db = await openStore(config, logger, { seed: seedDemoData, command });
  let worker: WorkerRuntime | null = null;
  let server: ServerHandle | null = null;
  let learning: LearningRuntime | null = null;
  try {
    const rules = createRulesProvider(config.RULES_FILE, logger);
    const jobDataKey = resolveJobDataKey(config);
    const buildContext = await createRiskContextBuilder(config, db);
    const learned = await startLearningRuntime({ db, logger, metrics, pollMs: config.MODEL_POLL_SECONDS * 1000, retentionDays: config.LABEL_RETENTION_DAYS });
    learning = learned;
    if (options.worker) {
      worker = startWorkerRuntime({
        config,
        logger,
        db,
        metrics,
        rules,
        helplines,
        jobDataKey,
        buildContext,
        incidents: (pacer, raise) => createIncidents({ config, logger, db, metrics, pacer, raise }),
        adapters: options.adapters,
        lockDurationMs: options.lockDurationMs,
        decide: learned.decide,
        detectCrisis: learned.detectCrisis,
      });
    }
    if (options.server) {
      server = await startServer({
        config,
        logger,
        jobDataKey,
        port: options.port,
        readinessChecks: [{ name: 'database', check: () => db.ping() }],
        counters: { onOutcome: (source, outcome) => metrics.webhookReceived(source, outcome) },
        ownTags: new Set(rules.initial?.ownTags() ?? []),
        onTagChange: async (change) => {
          const labelTags = rules.initial?.labelTags ?? {};
          await recordTagLabels(db, change, labelTags, { snapshotKey: jobDataKey, onRecorded: (result) => learned.onLabelRecorded(result) });
        },
        recordAgentReply: (reply) => recordFirstReply(db, reply),
        mount: composeApp({
          db,
          metrics,
          adminToken: config.ADMIN_TOKEN,
          logger,
          metricsToken: config.METRICS_TOKEN,
          mountLearning: (app) => mountLearning(app, { db, config, logger, learning: learned, snapshotKey: jobDataKey }),
          feed: { secrets: config.MARKETPLACE_FEED_SECRET, toleranceSeconds: config.WEBHOOK_TOLERANCE_SECONDS },
          extraQueues: (ctx) => {
            const alertQueue = createAlertQueue(ctx.redis, config.QUEUE_PREFIX);
            ctx.watchErrors(alertQueue, 'queue:alerts');
            return [alertQueue];
          },
          mountSidebar: options.mountSidebar
            ? (app) =>
                options.mountSidebar?.(app, {
                  db,
                  rules,
                  helplines,
                  config,
                  logger,
                  buildContext,
                  // Sidebar reads share the worker's helpdesk budget when the worker runs here.
                  adapters: buildAdapters(config, worker?.pacer ?? noopPacer, logger),
                  snapshotKey: jobDataKey,
                  decide: learned.decide,
                  canvasFeedback: createCanvasFeedback(db, { snapshotKey: jobDataKey, onRecorded: (result) => learned.onLabelRecorded(result) }),
                })
            : undefined,
        }),
      });
    }
  } catch (error) {
    learning?.close();
    await worker?.close().catch(() => undefined);
    await db.close().catch(() => undefined);
    throw error;
  }
  let closing: Promise<void> | null = null;
  return {
    db,
    metrics,
    server,
    worker,
    learning,
    close() {
      closing ??= (async () => {
        // Both drain at once, each within its own budget (src/server/start-server.ts, worker-runtime.ts).
        await Promise.all([server?.close(), worker?.close()]);
        learning?.close();
        if (!(await settledWithin(db.close(), DB_CLOSE_MS))) logger.warn('the database did not close in time: moving on');
        logger.info('riskdesk stopped');
      })();
      return closing;
    },
  };
}
