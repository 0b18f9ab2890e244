/**
 * Composition of the learning routers: `POST /api/feedback` (sidebar token) and
 * `GET /api/model/quality` (admin token), sharing the process's learning runtime.
 */
import type express from 'express';
import type { Config } from '../config/load-config';
import type { LearningRuntime } from '../learning/runtime/learning-runtime';
import type { Logger } from '../logging/logger';
import { createFeedbackRouter } from '../server/routes/feedback';
import { createModelQualityRouter } from '../server/routes/model-quality';
import type { Db } from '../store/db';

export interface LearningMountContext {
  db: Db;
  config: Config;
  logger: Logger;
  learning: LearningRuntime;
  snapshotKey: Buffer;
}

export function mountLearning(app: express.Express, ctx: LearningMountContext): void {
  app.use(
    createFeedbackRouter({
      db: ctx.db,
      token: ctx.config.SIDEBAR_TOKEN,
      ratePerMinute: ctx.config.SIDEBAR_RATE_LIMIT_PER_MIN,
      logger: ctx.logger,
      snapshotKey: ctx.snapshotKey,
      onRecorded: (result) => ctx.learning.onLabelRecorded(result),
    }),
  );
  app.use(createModelQualityRouter({ db: ctx.db, adminToken: ctx.config.ADMIN_TOKEN, logger: ctx.logger, liveVersion: () => ctx.learning.live.current().version }));
}
