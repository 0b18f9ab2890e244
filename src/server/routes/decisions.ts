/**
 * GET /api/decisions?source=&ticket=&crisisReview=&limit= — the audit trail, newest first, for admins
 * (bearer ADMIN_TOKEN, compared in constant time). Without a configured token the API is closed.
 */
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { findDecisions } from '../../audit/decision-store';
import { HELPDESK_SOURCES } from '../../domain/ticket';
import { sendError } from '../../http/http-error';
import type { Queryable } from '../../store/db';
import { adminGuard } from './admin-auth';

export const decisionsQuerySchema = z.strictObject({
  source: z.enum(HELPDESK_SOURCES).optional(),
  ticket: z.string().trim().min(1).max(200).optional(),
  crisisReview: z
    .enum(['true', 'false'], { error: 'is true or false' })
    .transform((value) => value === 'true')
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export interface DecisionsRouterOptions {
  db: Queryable;
  adminToken: string | undefined;
}

export function createDecisionsRouter(options: DecisionsRouterOptions): Router {
  const router = Router();
  const admin = adminGuard(options.adminToken);
  router.get('/api/decisions', async (req: Request, res: Response) => {
    if (!admin(req, res)) return;
    const parsed = decisionsQuerySchema.safeParse(req.query);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') || '(query)';
      return sendError(res, 400, 'invalid_query', `invalid query: ${field} ${issue?.message ?? 'is invalid'} (parameters: source, ticket, crisisReview, limit)`, { fields: [field] });
    }
    const { source, ticket, limit, crisisReview } = parsed.data;
    try {
      const decisions = await findDecisions(options.db, source ?? null, ticket ?? null, limit, { crisisReview });
      res.json({ decisions });
    } catch {
      sendError(res, 503, 'database_unavailable', 'the audit database is unavailable: try again shortly');
    }
  });
  return router;
}
