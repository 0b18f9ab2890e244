/**
 * GET /api/incidents?open=true&limit= and GET /api/incidents/{id} — incidents for admins (bearer
 * ADMIN_TOKEN). Each incident lists its member tickets as {source, ticket} and how it ended
 * (resolvedReason, resolvedAt, resolvedBy; null while open).
 */
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { sendError } from '../../http/http-error';
import { findIncident, listIncidents } from '../../incidents/incident-store';
import type { Logger } from '../../logging/logger';
import type { Queryable } from '../../store/db';
import { adminGuard } from './admin-auth';

export const incidentsQuerySchema = z.strictObject({
  open: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const incidentId = z.string().regex(/^INC-\d{1,12}$/, 'an incident id looks like INC-00012');

export interface IncidentsRouterOptions {
  db: Queryable;
  adminToken: string | undefined;
  logger?: Logger;
}

export function createIncidentsRouter(options: IncidentsRouterOptions): Router {
  const router = Router();
  const admin = adminGuard(options.adminToken);
  const unavailable = (res: Response, error: unknown): void => {
    options.logger?.error({ err: error instanceof Error ? error.message : String(error) }, 'incidents API: database query failed');
    sendError(res, 503, 'database_unavailable', 'the incidents database is unavailable: try again shortly');
  };
  router.get('/api/incidents', async (req: Request, res: Response) => {
    if (!admin(req, res)) return;
    const parsed = incidentsQuerySchema.safeParse(req.query);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') || '(query)';
      return sendError(res, 400, 'invalid_query', `invalid query: ${field} ${issue?.message ?? 'is invalid'} (parameters: open=true|false, limit)`, { fields: [field] });
    }
    try {
      res.json({ incidents: await listIncidents(options.db, { openOnly: parsed.data.open === 'true', limit: parsed.data.limit }) });
    } catch (error) {
      unavailable(res, error);
    }
  });
  router.get('/api/incidents/:id', async (req: Request, res: Response) => {
    if (!admin(req, res)) return;
    const id = incidentId.safeParse(req.params.id);
    if (!id.success) return sendError(res, 400, 'invalid_id', `invalid incident id: ${id.error.issues[0]?.message ?? 'malformed'}`, { fields: ['id'] });
    try {
      const incident = await findIncident(options.db, id.data);
      if (!incident) return sendError(res, 404, 'not_found', `no incident ${id.data}: list them with GET /api/incidents`);
      res.json({ incident });
    } catch (error) {
      unavailable(res, error);
    }
  });
  return router;
}
