/**
 * GET /api/decisions?source=&ticket=&limit= — the audit trail, newest first, for admins
 * (bearer ADMIN_TOKEN, compared in constant time). Without a configured token the API is closed.
 */
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { findDecisions } from '../../audit/decision-store';
import { HELPDESK_SOURCES } from '../../domain/ticket';
import type { Queryable } from '../../store/db';
import { isAdminRequest } from './admin-auth';

export const decisionsQuerySchema = z.strictObject({
  source: z.enum(HELPDESK_SOURCES).optional(),
  ticket: z.string().trim().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export interface DecisionsRouterOptions {
  db: Queryable;
  adminToken: string | undefined;
}

export function createDecisionsRouter(options: DecisionsRouterOptions): Router {
  const router = Router();
  router.get('/api/decisions', async (req: Request, res: Response) => {
    if (!isAdminRequest(req, options.adminToken)) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      res.status(401).json({ error: options.adminToken ? 'missing or wrong bearer token' : 'ADMIN_TOKEN is not set: the decisions API is disabled' });
      return;
    }
    const parsed = decisionsQuerySchema.safeParse(req.query);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      res.status(400).json({ error: 'invalid query', field: issue?.path.join('.') || '(query)', message: issue?.message });
      return;
    }
    const { source, ticket, limit } = parsed.data;
    try {
      const decisions = await findDecisions(options.db, source ?? null, ticket ?? null, limit);
      res.json({ decisions });
    } catch {
      res.status(503).json({ error: 'the audit database is unavailable; try again shortly' });
    }
  });
  return router;
}
