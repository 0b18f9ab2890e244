import type express from 'express';
import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { sendError } from '../http/http-error';

/**
 * The last handlers of every riskdesk HTTP app: an unknown route and an unexpected error answer
 * the one JSON error shape too, never Express's HTML pages. `routes` says what the app serves.
 */
export function useJsonFallbacks(app: express.Express, logger: Logger, routes: string): void {
  app.use((req, res) => {
    sendError(res, 404, 'not_found', `no route for ${req.method} ${req.path}: ${routes}`);
  });
  const onError: ErrorRequestHandler = (error: { status?: unknown } | undefined, _req, res, _next) => {
    if (res.headersSent) return;
    const status = typeof error?.status === 'number' ? error.status : 500;
    if (status >= 400 && status < 500) {
      sendError(res, status, 'bad_request', 'the request could not be read (malformed URL or headers): fix it and retry');
      return;
    }
    logger.error({ err: error }, 'unhandled error while answering a request');
    sendError(res, 500, 'internal_error', 'unexpected error: see the server logs');
  };
  app.use(onError);
}
