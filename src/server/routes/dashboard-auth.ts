/**
 * Dashboard sign-in: POST /dashboard/login with the form field `token` (ADMIN_TOKEN) sets an
 * HttpOnly, SameSite=Strict session cookie (Secure over HTTPS) and answers 303 to /dashboard;
 * a wrong token answers 401 with the form again. A cross-site login post is refused (login CSRF).
 * Pages without a session redirect to the sign-in page; the JSON APIs take the session or the
 * bearer token. Wrong tokens are throttled per client address: after `maxFailedLogins` failures
 * in `failureWindowMs` every sign-in from that address answers 429 until the window passes, so
 * the token cannot be guessed by brute force.
 */
import { createHash } from 'node:crypto';
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { z } from 'zod';
import { bearerChecker } from '../../http/bearer';
import { sendError } from '../../http/http-error';
import { clearedSessionCookie, cookieValue, SESSION_COOKIE, sessionCookie, sessionSigner } from '../../dashboard/session';
import { renderLogin } from '../../dashboard/html';
import { safeEqual } from '../../security/hmac';
import { DASHBOARD_CSP, sendHtml } from './dashboard-html';

export interface DashboardAuth {
  router: Router;
  /** For pages: a signed-in request goes on, others are sent to the sign-in page. */
  requirePage(req: Request, res: Response, next: NextFunction): void;
  /** For the JSON APIs: the session cookie or `Authorization: Bearer <ADMIN_TOKEN>`. */
  requireApi(req: Request, res: Response, next: NextFunction): void;
}

const loginSchema = z.object({ token: z.string().min(1).max(4096) });

export interface LoginThrottle {
  /** Wrong tokens allowed per client address and window (default 10). */
  maxFailedLogins: number;
  /** Default 15 minutes. */
  failureWindowMs: number;
}

const DEFAULT_THROTTLE: LoginThrottle = { maxFailedLogins: 10, failureWindowMs: 15 * 60_000 };

/** Counts only refused sign-ins (status ≥ 400): a team signing in all day never hits it. */
function loginThrottle({ maxFailedLogins, failureWindowMs }: LoginThrottle): express.RequestHandler {
  return rateLimit({
    windowMs: failureWindowMs,
    limit: maxFailedLogins,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    // Its start-up checks write to the console; riskdesk's logs are JSON only.
    validate: false,
    handler: (_req, res) => {
      const minutes = Math.max(1, Math.ceil(failureWindowMs / 60_000));
      sendHtml(res, 429, renderLogin(`Too many wrong tokens from this address: sign-in is paused for up to ${minutes} minutes.`), DASHBOARD_CSP);
    },
  });
}

const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');
const isHttps = (req: Request): boolean => req.secure;

/**
 * Same-origin posts only. Browsers say where a request came from: Sec-Fetch-Site when they send
 * it, else Origin. A request with neither (curl, scripts) is not a browser's cross-site post.
 */
export function crossSite(req: Request): boolean {
  const site = req.get('sec-fetch-site');
  if (site) return site !== 'same-origin' && site !== 'none';
  const origin = req.get('origin');
  if (!origin) return false;
  try {
    return origin === 'null' || new URL(origin).host !== req.get('host');
  } catch {
    return true;
  }
}

export function createDashboardAuth(adminToken: string | undefined, throttle: LoginThrottle = DEFAULT_THROTTLE): DashboardAuth {
  const signer = adminToken ? sessionSigner(adminToken) : null;
  const bearer = bearerChecker(adminToken);
  const signedIn = (req: Request): boolean => signer?.verify(cookieValue(req.headers.cookie, SESSION_COOKIE)) ?? false;
  const router = Router();

  router.get('/dashboard/login', (_req, res) => {
    sendHtml(res, 200, renderLogin(adminToken ? null : 'ADMIN_TOKEN is not set: the dashboard is closed until it is.'), DASHBOARD_CSP);
  });
  router.post('/dashboard/login', loginThrottle(throttle), express.urlencoded({ extended: false, limit: '8kb' }), (req, res) => {
    if (crossSite(req)) return sendHtml(res, 403, renderLogin('This sign-in came from another site and was refused: open the dashboard directly.'), DASHBOARD_CSP);
    const parsed = loginSchema.safeParse(req.body);
    const presented = parsed.success ? parsed.data.token.trim() : '';
    // Both sides hashed before the constant-time compare: neither length nor content shows in the timing.
    const ok = adminToken !== undefined && presented.length > 0 && safeEqual(sha256(adminToken), sha256(presented));
    if (!ok || !signer) {
      const why = adminToken ? 'Wrong token: enter the ADMIN_TOKEN the service runs with.' : 'ADMIN_TOKEN is not set: the dashboard is closed until it is.';
      return sendHtml(res, 401, renderLogin(why), DASHBOARD_CSP);
    }
    res.setHeader('Set-Cookie', sessionCookie(signer.issue(), isHttps(req)));
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(303, '/dashboard');
  });
  router.post('/dashboard/logout', (req, res) => {
    res.setHeader('Set-Cookie', clearedSessionCookie(isHttps(req)));
    res.redirect(303, '/dashboard/login');
  });

  return {
    router,
    requirePage(req, res, next) {
      if (signedIn(req)) return next();
      res.setHeader('Cache-Control', 'no-store');
      res.redirect(303, '/dashboard/login');
    },
    requireApi(req, res, next) {
      if (signedIn(req) || bearer(req)) return next();
      const headers = { 'WWW-Authenticate': 'Bearer' };
      if (!adminToken) return sendError(res, 401, 'api_disabled', 'ADMIN_TOKEN is not set: the dashboard APIs are disabled until it is', { headers });
      sendError(res, 401, 'unauthorized', 'sign in at /dashboard/login, or send Authorization: Bearer <ADMIN_TOKEN>', { headers });
    },
  };
}
