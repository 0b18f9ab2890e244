/** How the dashboard answers HTML: its Content-Security-Policy and the security headers every page carries. */
import type { Response } from 'express';

/** Scripts, styles, images and API calls from this origin only; no inline code, no framing. */
export const DASHBOARD_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

export function securityHeaders(res: Response, csp: string): void {
  res.setHeader('Content-Security-Policy', csp);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'same-origin');
  res.setHeader('X-Frame-Options', 'DENY');
}

export function sendHtml(res: Response, status: number, html: string, csp: string): void {
  securityHeaders(res, csp);
  res.setHeader('Cache-Control', 'no-store');
  res.status(status).type('html').send(html);
}
