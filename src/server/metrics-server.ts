/**
 * A port serving GET /metrics only, for the commands that have no HTTP server of their own
 * (`riskdesk work --metrics-port`, `riskdesk backfill --metrics-port`).
 */
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Logger } from '../logging/logger';
import type { Metrics } from '../metrics/metrics';
import { useJsonFallbacks } from './json-fallbacks';
import { createMetricsRouter } from './routes/metrics';

export interface MetricsServer {
  /** `http://<host>:<port>` as bound (port 0 → the port the system chose). */
  url: string;
  close(): Promise<void>;
}

export interface MetricsServerOptions {
  port: number;
  host: string;
  /** METRICS_TOKEN: when set, /metrics wants it as a bearer token. */
  token?: string;
  logger: Logger;
}

export class MetricsPortError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MetricsPortError';
  }
}

export function listenMetrics(metrics: Metrics, options: MetricsServerOptions): Promise<MetricsServer> {
  const app = express();
  app.use(createMetricsRouter(metrics, { token: options.token }));
  useJsonFallbacks(app, options.logger, 'this port serves GET /metrics only');
  return new Promise((resolve, reject) => {
    const server = app.listen(options.port, options.host);
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(new MetricsPortError(`cannot serve /metrics on ${options.host}:${options.port} (${error.code ?? error.message}): choose another --metrics-port, or set HOST to an address of this machine`));
    });
    server.once('listening', () => {
      const { port } = server.address() as AddressInfo;
      const host = options.host.includes(':') ? `[${options.host}]` : options.host;
      resolve({
        url: `http://${host}:${port}`,
        close: () =>
          new Promise<void>((done) => {
            // A scrape in flight, or a scraper's keep-alive connection, must not hold the command open once its work is done.
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
