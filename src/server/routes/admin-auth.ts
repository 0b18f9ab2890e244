/**
 * The admin APIs' bearer check: ADMIN_TOKEN, compared in constant time (http/bearer.ts); without
 * a configured token the admin APIs are closed. A refused request gets its 401 here.
 */
import type { Request, Response } from 'express';
import { bearerChecker } from '../../http/bearer';
import { sendError } from '../../http/http-error';

/** Returns a guard: true when the request may go on; otherwise the 401 is already sent. */
export function adminGuard(adminToken: string | undefined): (req: Request, res: Response) => boolean {
  const authorized = bearerChecker(adminToken);
  return (req, res) => {
    if (authorized(req)) return true;
    const headers = { 'WWW-Authenticate': 'Bearer' };
    if (!adminToken) sendError(res, 401, 'api_disabled', 'ADMIN_TOKEN is not set: the admin APIs are disabled until it is', { headers });
    else sendError(res, 401, 'unauthorized', 'missing or wrong bearer token: send Authorization: Bearer <ADMIN_TOKEN>', { headers });
    return false;
  };
}
