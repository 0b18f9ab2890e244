/**
 * The Queue page: bull-board (BullMQ adapter) under /dashboard/queue, behind the dashboard's
 * sign-in. Its UI needs inline styles, so it gets its own CSP (still no inline script, no
 * third-party origin: its web-font link is blocked and the system font is used). State-changing
 * calls (retry, clean) must come from this origin.
 */
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Router, type NextFunction, type Request, type Response } from 'express';
import type { Queue } from 'bullmq';
import { sendError } from '../../http/http-error';
import { crossSite, type DashboardAuth } from './dashboard-auth';
import { securityHeaders } from './dashboard-html';

export const QUEUE_BASE_PATH = '/dashboard/queue';

const QUEUE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'";

export function createDashboardQueueRouter(auth: DashboardAuth, queues: readonly Queue[]): Router {
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(QUEUE_BASE_PATH);
  createBullBoard({
    queues: queues.map((queue) => new BullMQAdapter(queue, { readOnlyMode: false, allowRetries: true })),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'riskdesk queues' } },
  });
  const router = Router();
  const sameOriginWrites = (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD' && crossSite(req)) {
      return sendError(res, 403, 'cross_site_refused', 'queue actions must come from the dashboard itself');
    }
    securityHeaders(res, QUEUE_CSP);
    next();
  };
  router.use(QUEUE_BASE_PATH, auth.requirePage, sameOriginWrites, serverAdapter.getRouter() as Router);
  return router;
}
