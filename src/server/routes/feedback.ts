/**
 * `POST /api/feedback` — an agent's correction from a sidebar, stored as a label against the
 * latest decision on the ticket. Bearer SIDEBAR_TOKEN (constant-time). 201 with the stored label
 * (200 when the same label was already stored: idempotent per source, ticket, agent and kind),
 * 400 naming the field, 401 without the token, 404 for a ticket riskdesk never decided.
 */
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { bearerChecker } from '../../http/bearer';
import { sendError, sendJson } from '../../http/http-error';
import type { Logger } from '../../logging/logger';
import { feedbackBodySchema } from '../../learning/labels/label-types';
import type { UpsertResult } from '../../learning/labels/label-store';
import { recordLabel, type RecordLabelDeps } from '../../learning/labels/record-label';
import type { Db } from '../../store/db';
import { createSlidingWindowLimiter } from '../../sidebar/rate-limiter';

export interface FeedbackRouterDeps extends RecordLabelDeps {
  db: Db;
  /** SIDEBAR_TOKEN; unset → 503 saying how to configure it. */
  token?: string;
  /** SIDEBAR_RATE_LIMIT_PER_MIN (shared budget per token, like the context API's); default 120. */
  ratePerMinute?: number;
  logger: Logger;
}

const NO_STORE = { 'Cache-Control': 'no-store' };

export function createFeedbackRouter(deps: FeedbackRouterDeps): Router {
  const router = Router();
  const authorized = bearerChecker(deps.token);
  const rate = deps.ratePerMinute ?? 120;
  const limiter = createSlidingWindowLimiter(rate, 60_000);
  const guard = (req: Request, res: Response, next: NextFunction): void => {
    if (!deps.token) return sendError(res, 503, 'not_configured', 'feedback API not configured: set SIDEBAR_TOKEN and restart', { headers: NO_STORE });
    if (!authorized(req)) {
      return sendError(res, 401, 'unauthorized', 'missing or wrong bearer token: send Authorization: Bearer <SIDEBAR_TOKEN>', {
        headers: { ...NO_STORE, 'WWW-Authenticate': 'Bearer realm="riskdesk-sidebar"' },
      });
    }
    const hit = limiter.hit('feedback');
    if (!hit.allowed) {
      return sendError(res, 429, 'rate_limited', `rate limit of ${rate} feedback requests per minute reached: retry in ${hit.retryAfterSeconds} s`, {
        headers: { ...NO_STORE, 'Retry-After': String(hit.retryAfterSeconds) },
      });
    }
    next();
  };
  const parseJson = express.json({ limit: '16kb', type: () => true });
  const badJson = (error: unknown, _req: Request, res: Response, next: NextFunction): void => {
    if (!error) return next();
    sendError(res, 400, 'invalid_json', 'the body is not JSON (at most 16 KB): send {"source","ticket","kind","agent", …} as application/json', { headers: NO_STORE });
  };

  router.post('/api/feedback', guard, parseJson, badJson, async (req: Request, res: Response) => {
    const parsed = feedbackBodySchema.safeParse(req.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.map(String).join('.') || 'body';
      const fields = [...new Set(parsed.error.issues.map((i) => i.path.map(String).join('.') || 'body'))];
      return sendError(res, 400, 'invalid_feedback', `invalid feedback: ${field} ${issue?.message ?? 'is invalid'}`, { headers: NO_STORE, fields });
    }
    const body = parsed.data;
    let result: UpsertResult | null;
    try {
      result = await recordLabel(
        deps.db,
        { source: body.source, ticketId: body.ticket, agent: body.agent, kind: body.kind, intent: body.intent, comment: body.comment || undefined, origin: 'sidebar' },
        deps,
      );
    } catch (error) {
      deps.logger.error({ err: error instanceof Error ? error.message : String(error), source: body.source, ticket: body.ticket }, 'storing feedback failed');
      return sendError(res, 503, 'unavailable', 'could not store the feedback right now; retry in a moment', { headers: NO_STORE });
    }
    if (!result) {
      return sendError(res, 404, 'unknown_ticket', `unknown ticket: riskdesk has no decision for ${body.source} ticket ${body.ticket}, so there is nothing to correct`, { headers: NO_STORE });
    }
    deps.logger.info({ source: body.source, ticket: body.ticket, kind: body.kind, created: result.created }, 'feedback label recorded');
    sendJson(res, result.created ? 201 : 200, { label: result.label }, NO_STORE);
  });
  router.all('/api/feedback', (_req, res) => sendError(res, 405, 'method_not_allowed', 'use POST on /api/feedback', { headers: { Allow: 'POST' } }));
  return router;
}
