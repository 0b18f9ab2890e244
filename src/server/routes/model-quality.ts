/**
 * `GET /api/model/quality[?since=DATE]` — the recorded decisions' quality against agent labels
 * (the JSON of `riskdesk model eval --json`), with the live model's version. Admin token.
 */
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { sendError, sendJson } from '../../http/http-error';
import { recordedQuality } from '../../learning/measure/recorded-quality';
import type { Logger } from '../../logging/logger';
import type { Db } from '../../store/db';
import { adminGuard } from './admin-auth';

export interface ModelQualityRouterDeps {
  db: Db;
  adminToken: string | undefined;
  logger: Logger;
  /** The version deciding in this process. */
  liveVersion: () => string;
}

export const sinceSchema = z
  .string()
  .trim()
  .refine((value) => !Number.isNaN(Date.parse(value)), 'must be a date, e.g. 2026-11-01 or 2026-11-01T08:00:00Z')
  .transform((value) => new Date(value));

const querySchema = z.strictObject({ since: sinceSchema.optional() });

export function createModelQualityRouter(deps: ModelQualityRouterDeps): Router {
  const router = Router();
  const guard = adminGuard(deps.adminToken);
  router.get('/api/model/quality', async (req: Request, res: Response) => {
    if (!guard(req, res)) return;
    const query = querySchema.safeParse(req.query);
    if (!query.success) {
      const issue = query.error.issues[0];
      const field = issue?.path.map(String).join('.') || 'query';
      return sendError(res, 400, 'invalid_query', `invalid query: ${field} ${issue?.message ?? 'is invalid'}`, { fields: [field] });
    }
    try {
      const report = await recordedQuality(deps.db, query.data.since ?? null);
      sendJson(res, 200, { liveModel: deps.liveVersion(), ...report }, { 'Cache-Control': 'no-store' });
    } catch (error) {
      deps.logger.error({ err: error instanceof Error ? error.message : String(error) }, 'model quality failed');
      sendError(res, 503, 'quality_unavailable', 'the label store did not answer; retry shortly');
    }
  });
  return router;
}
