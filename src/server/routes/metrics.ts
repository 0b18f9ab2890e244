/** GET /metrics — Prometheus text format from the process's registry. */
import { Router } from 'express';
import type { Metrics } from '../../metrics/metrics';

export function createMetricsRouter(metrics: Metrics): Router {
  const router = Router();
  router.get('/metrics', async (_req, res) => {
    try {
      const body = await metrics.registry.metrics();
      res.setHeader('Content-Type', metrics.registry.contentType);
      res.send(body);
    } catch (error) {
      res.status(500).send(`# metrics collection failed: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  });
  return router;
}
