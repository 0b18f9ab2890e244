/**
 * COMPOSITION: which extra routers the HTTP server mounts next to intake (webhooks, health).
 * The lead plugs the sidebar routers in through `mountSidebar`; keep new routers here, in one place.
 */
import type express from 'express';
import type { Metrics } from '../metrics/metrics';
import { createDecisionsRouter } from '../server/routes/decisions';
import { createMetricsRouter } from '../server/routes/metrics';
import type { Db } from '../store/db';

export interface ComposeAppDeps {
  db: Db;
  metrics: Metrics;
  adminToken: string | undefined;
  /** METRICS_TOKEN: when set, /metrics wants it as a bearer token. */
  metricsToken?: string | undefined;
  /** Mounts the sidebar API/app routers (issue 6). */
  mountSidebar?: (app: express.Express) => void;
}

/** Returns the `mount` hook startServer() calls after the intake routes. */
export function composeApp(deps: ComposeAppDeps): (app: express.Express) => void {
  return (app) => {
    app.use(createMetricsRouter(deps.metrics, { token: deps.metricsToken }));
    app.use(createDecisionsRouter({ db: deps.db, adminToken: deps.adminToken }));
    deps.mountSidebar?.(app);
  };
}
