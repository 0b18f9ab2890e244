/**
 * COMPOSITION: which extra routers the HTTP server mounts next to intake (webhooks, health).
 * The lead plugs the sidebar routers in through `mountSidebar`; keep new routers here, in one place.
 */
import type { Queue } from 'bullmq';
import type express from 'express';
import type { Logger } from '../logging/logger';
import type { Metrics } from '../metrics/metrics';
import { createDecisionDetailRouter } from '../server/routes/decision-detail';
import { createDecisionsRouter } from '../server/routes/decisions';
import { createMarketplaceEventsRouter } from '../server/routes/marketplace-events';
import { createIncidentsRouter } from '../server/routes/incidents';
import { createMetricsRouter } from '../server/routes/metrics';
import type { Db } from '../store/db';
import type { MountContext } from '../server/create-app';
import { mountDashboard } from './mount-dashboard';

export interface ComposeAppDeps {
  db: Db;
  metrics: Metrics;
  adminToken: string | undefined;
  /** Logs what the client is not told (e.g. why the audit database failed). */
  logger?: Logger;
  /** METRICS_TOKEN: when set, /metrics wants it as a bearer token. */
  metricsToken?: string | undefined;
  /** Mounts the learning routers (feedback, model quality). */
  mountLearning?: (app: express.Express) => void;
  /** The marketplace feed (POST /api/marketplace/events); absent → not mounted. */
  feed?: { secrets: readonly string[] | undefined; toleranceSeconds: number };
  /** Queues besides intake the dashboard's queue page shows (the alerts queue), made on the server's connection. */
  extraQueues?: (ctx: MountContext) => Queue[];
  /** Mounts the sidebar API/app routers. */
  mountSidebar?: (app: express.Express) => void;
}

/** Returns the `mount` hook startServer() calls after the intake routes. */
export function composeApp(deps: ComposeAppDeps): (app: express.Express, ctx?: MountContext) => void {
  return (app, ctx) => {
    if (deps.feed) app.use(createMarketplaceEventsRouter({ db: deps.db, ...deps.feed, logger: deps.logger, metrics: deps.metrics }));
    app.use(createMetricsRouter(deps.metrics, { token: deps.metricsToken }));
    app.use(createDecisionsRouter({ db: deps.db, adminToken: deps.adminToken }));
    app.use(createDecisionDetailRouter({ db: deps.db, adminToken: deps.adminToken, logger: deps.logger }));
    deps.mountLearning?.(app);
    app.use(createIncidentsRouter({ db: deps.db, adminToken: deps.adminToken, logger: deps.logger }));
    deps.mountSidebar?.(app);
    mountDashboard(app, { db: deps.db, adminToken: deps.adminToken, logger: deps.logger, queues: ctx ? [ctx.queue, ...(deps.extraQueues?.(ctx) ?? [])] : [] });
  };
}
