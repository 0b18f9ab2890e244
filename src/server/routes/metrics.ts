/**
 * GET /metrics — Prometheus text format from the process's registry. With METRICS_TOKEN set it
 * answers only `Authorization: Bearer <METRICS_TOKEN>` (compared in constant time).
 */
import { Router } from 'express';
import { bearerChecker } from '../../http/bearer';
import { sendError } from '../../http/http-error';
import type { Metrics } from '../../metrics/metrics';

export interface MetricsRouterOptions {
  /** METRICS_TOKEN; unset → /metrics is open (bind it to a private network). */
  token?: string;
}

export function createMetricsRouter(metrics: Metrics, options: MetricsRouterOptions = {}): Router {
  const router = Router();
  const authorized = options.token ? bearerChecker(options.token) : () => true;
  router.get('/metrics', async (req, res) => {
    if (!authorized(req)) {
      sendError(res, 401, 'unauthorized', 'missing or wrong bearer token: send Authorization: Bearer <METRICS_TOKEN>', { headers: { 'WWW-Authenticate': 'Bearer realm="riskdesk-metrics"' } });
      return;
    }
    try {
      const body = await metrics.registry.metrics();
      res.setHeader('Content-Type', metrics.registry.contentType);
      res.send(body);
    } catch (error) {
      sendError(res, 500, 'metrics_failed', `collecting the metrics failed (${error instanceof Error ? error.message : String(error)}): see the server logs, then retry`);
    }
  });
  return router;
}
