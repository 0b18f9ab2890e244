/**
 * GET /api/decisions/{id} — one decision of the audit trail with its write plan: the note, tags,
 * priority, route, macros and fields riskdesk wrote (or, in shadow mode, would have written).
 * Admins only (bearer ADMIN_TOKEN). Errors answer `{"error":{"code","message"}}`.
 */
import { Router, type Request, type Response } from 'express';
import { findDecisionById } from '../../audit/decision-store';
import { decisionIdSchema } from '../../audit/decision-id';
import type { DecisionDetail } from '../../audit/types';
import type { Logger } from '../../logging/logger';
import type { Queryable } from '../../store/db';
import { sendError } from '../../http/http-error';
import { adminGuard } from './admin-auth';

export interface DecisionDetailRouterOptions {
  db: Queryable;
  adminToken: string | undefined;
  logger?: Logger;
}

export function createDecisionDetailRouter(options: DecisionDetailRouterOptions): Router {
  const router = Router();
  const admin = adminGuard(options.adminToken);
  const fail = (res: Response, status: number, code: string, message: string): void => sendError(res, status, code, message, { headers: { 'Cache-Control': 'no-store' } });
  router.get('/api/decisions/:id', async (req: Request, res: Response) => {
    if (!admin(req, res)) return;
    const id = decisionIdSchema.safeParse(req.params.id);
    if (!id.success) return fail(res, 400, 'invalid_decision_id', `decision id ${id.error.issues[0]?.message ?? 'is invalid'}`);
    let decision: DecisionDetail | null;
    try {
      decision = await findDecisionById(options.db, id.data);
    } catch (error) {
      options.logger?.error({ err: error instanceof Error ? error.message : String(error) }, 'decision detail: audit database failed');
      return fail(res, 503, 'audit_unavailable', 'the audit database is unavailable; try again shortly');
    }
    if (!decision) return fail(res, 404, 'decision_not_found', `no decision with id ${id.data}: list recent ones with GET /api/decisions`);
    res.set('Cache-Control', 'no-store').json(decision);
  });
  return router;
}
