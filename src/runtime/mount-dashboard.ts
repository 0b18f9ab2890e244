/**
 * Composition of the dashboard: sign-in, pages, JSON APIs and the bull-board queue page (the
 * intake queue and whatever other queues the caller shares, e.g. the alerts queue).
 */
import type { Queue } from 'bullmq';
import type express from 'express';
import type { Logger } from '../logging/logger';
import { createDashboardApiRouter } from '../server/routes/dashboard-api';
import { createDashboardAuth } from '../server/routes/dashboard-auth';
import { createDashboardPagesRouter } from '../server/routes/dashboard-pages';
import { createDashboardQueueRouter } from '../server/routes/dashboard-queue';
import type { Db } from '../store/db';

export interface DashboardMount {
  db: Db;
  adminToken: string | undefined;
  logger?: Logger;
  queues: readonly Queue[];
}

export function mountDashboard(app: express.Express, deps: DashboardMount): void {
  const auth = createDashboardAuth(deps.adminToken);
  app.use(auth.router);
  app.use(createDashboardPagesRouter(auth));
  app.use(createDashboardApiRouter({ db: deps.db, auth, logger: deps.logger }));
  app.use(createDashboardQueueRouter(auth, deps.queues));
}
