/**
 * `GET /api/context?source=zendesk|intercom&ticket=ID` — the read-only view both sidebar apps
 * render. Bearer SIDEBAR_TOKEN (constant-time), per-token rate limit, short private caching with
 * ETag revalidation, bounded body. Loading is injected (see src/sidebar/view-loader.ts).
 */
import { createHash } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { HELPDESK_SOURCES } from '../../domain/ticket';
import { bearerToken } from '../../http/bearer';
import { sendError } from '../../http/http-error';
import type { Logger } from '../../logging/logger';
import { safeEqual } from '../../security/hmac';
import { MAX_VIEW_BYTES, type ContextView } from '../../sidebar/context-view';
import type { LoadView } from '../../sidebar/view-loader';
import { createSlidingWindowLimiter } from '../../sidebar/rate-limiter';

export interface SidebarContextRouterDeps {
  /** SIDEBAR_TOKEN; unset → every request answers 503 saying how to configure it. */
  token?: string;
  /** SIDEBAR_RATE_LIMIT_PER_MIN. */
  ratePerMinute: number;
  loadView: LoadView;
  logger: Logger;
  /** Injected clock (ms) for the rate limiter's window. */
  now?: () => number;
}

export const contextQuerySchema = z.object({
  source: z.enum(HELPDESK_SOURCES, { error: 'must be zendesk or intercom' }),
  ticket: z
    .string({ error: 'is required (the helpdesk ticket or conversation id)' })
    .trim()
    .min(1, 'is required (the helpdesk ticket or conversation id)')
    .max(64, 'is at most 64 characters')
    .regex(/^[A-Za-z0-9._:-]+$/, 'may contain letters, digits, ".", "_", ":" and "-" only'),
});

const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

function fail(res: Response, status: number, code: string, message: string): void {
  res.set('Cache-Control', 'no-store');
  sendError(res, status, code, message);
}

/** Same facts → same tag: `generatedAt` changes on every build, so it is left out. */
function etagOf(view: ContextView): string {
  const { generatedAt: _generatedAt, ...facts } = view;
  return `W/"${createHash('sha256').update(JSON.stringify(facts)).digest('base64url').slice(0, 32)}"`;
}

function matchesEtag(req: Request, etag: string): boolean {
  const header = req.get('if-none-match');
  if (!header) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed === etag || `W/${trimmed}` === etag;
  });
}

export function createSidebarContextRouter(deps: SidebarContextRouterDeps): Router {
  const router = Router();
  const limiter = createSlidingWindowLimiter(deps.ratePerMinute, 60_000, deps.now);
  const expectedHash = deps.token ? sha256(deps.token) : null;

  router.get('/api/context', async (req: Request, res: Response) => {
    if (!expectedHash) return fail(res, 503, 'not_configured', 'sidebar API not configured: set SIDEBAR_TOKEN and restart');
    const presented = bearerToken(req);
    // Hash both sides so the comparison is constant-time whatever the presented length.
    if (!presented || !safeEqual(expectedHash, sha256(presented))) {
      res.set('WWW-Authenticate', 'Bearer realm="riskdesk-sidebar"');
      return fail(res, 401, 'unauthorized', 'missing or wrong bearer token: send Authorization: Bearer <SIDEBAR_TOKEN>');
    }
    const rate = limiter.hit(expectedHash.slice(0, 16));
    if (!rate.allowed) {
      res.set('Retry-After', String(rate.retryAfterSeconds));
      return fail(res, 429, 'rate_limited', `rate limit of ${deps.ratePerMinute} requests per minute reached: retry in ${rate.retryAfterSeconds} s`);
    }
    const query = contextQuerySchema.safeParse(req.query);
    if (!query.success) {
      const issue = query.error.issues[0];
      return fail(res, 400, 'invalid_query', `invalid query: ${issue?.path.join('.') || 'query'} ${issue?.message ?? 'is invalid'}`);
    }
    const { source, ticket } = query.data;
    let view: ContextView | null;
    try {
      view = await deps.loadView(source, ticket);
    } catch (error) {
      deps.logger.error({ err: error instanceof Error ? error.message : String(error), source, ticket }, 'sidebar context failed');
      return fail(res, 503, 'unavailable', 'could not load the ticket context right now; retry in a moment');
    }
    if (!view) return fail(res, 404, 'unknown_ticket', `unknown ticket: riskdesk has no decision for ${source} ticket ${ticket} and could not read it from the helpdesk`);
    const body = JSON.stringify(view);
    if (Buffer.byteLength(body, 'utf8') > MAX_VIEW_BYTES) {
      deps.logger.error({ source, ticket }, 'sidebar context view exceeds its size bound');
      return fail(res, 503, 'view_too_large', 'ticket context too large to show: the details are in the server log');
    }
    const etag = etagOf(view);
    res.set({ 'Cache-Control': 'private, max-age=15', ETag: etag, Vary: 'Authorization' });
    if (matchesEtag(req, etag)) return void res.status(304).end();
    res.status(200).type('application/json').send(body);
  });

  return router;
}
