/**
 * The /metrics-only port of the commands without an HTTP server (`work --metrics-port`,
 * `backfill --metrics-port`): serves the registry (behind METRICS_TOKEN when set), answers
 * anything else with the JSON error body, says what to do when the port is taken, and closes
 * even while a scraper holds a keep-alive connection.
 */
import { createLogger } from '../../src/logging/logger';
import { createMetrics } from '../../src/metrics/metrics';
import { listenMetrics, MetricsPortError } from '../../src/server/metrics-server';

const TOKEN = 'metrics-token-0123456789';

describe('metrics port', () => {
  it('serves /metrics, refuses a taken port saying what to do, and closes with a connection open', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    metrics.backfillRun?.('zendesk', 'started');
    const logger = createLogger('silent');
    const server = await listenMetrics(metrics, { port: 0, host: '127.0.0.1', token: TOKEN, logger });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
      const scraped = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(scraped.status).toBe(200);
      expect(await scraped.text()).toContain('riskdesk_backfill_runs_total{source="zendesk",event="started"} 1');
      const other = await fetch(`${server.url}/api/decisions`);
      expect(other.status).toBe(404);
      expect(await other.json()).toMatchObject({ error: { code: 'not_found', message: expect.stringContaining('GET /metrics only') } });

      const port = Number(new URL(server.url).port);
      const taken = listenMetrics(metrics, { port, host: '127.0.0.1', logger });
      await expect(taken).rejects.toBeInstanceOf(MetricsPortError);
      await expect(taken).rejects.toThrow(new RegExp(`127\\.0\\.0\\.1:${port} \\(EADDRINUSE\\): choose another --metrics-port`));
    } finally {
      await server.close();
    }
    await expect(fetch(`${server.url}/metrics`)).rejects.toThrow();
  });
});
