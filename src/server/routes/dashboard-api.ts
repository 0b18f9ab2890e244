/**
 * The dashboard's JSON APIs (session cookie or bearer ADMIN_TOKEN): overview, SLA, decision
 * search and detail, rules and model, incidents. Every answer is `no-store`; a database failure
 * is a 503 with the one error body.
 */
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { findDecisionById } from '../../audit/decision-store';
import { decisionIdSchema } from '../../audit/decision-id';
import { decisionSearchSchema, searchDecisions } from '../../dashboard/decision-search';
import { loadIncidentsView } from '../../dashboard/incidents-view';
import { loadOverview } from '../../dashboard/overview';
import { loadRulesView } from '../../dashboard/rules-view';
import { loadSlaView } from '../../dashboard/sla';
import { sendError } from '../../http/http-error';
import type { Logger } from '../../logging/logger';
import type { Queryable } from '../../store/db';
import type { DashboardAuth } from './dashboard-auth';

export interface DashboardApiOptions {
  db: Queryable;
  auth: DashboardAuth;
  logger?: Logger;
}

const hoursSchema = z.strictObject({ hours: z.coerce.number().int().min(1).max(168).default(24) });
const incidentsLimitSchema = z.strictObject({ limit: z.coerce.number().int().min(1).max(500).default(200) });
const daysSchema = (fallback: number) => z.strictObject({ days: z.coerce.number().int().min(1).max(90).default(fallback) });

function badQuery(res: Response, error: z.ZodError, allowed: string): void {
  const issue = error.issues[0];
  const field = issue?.path.join('.') || '(query)';
  sendError(res, 400, 'invalid_query', `invalid query: ${field} ${issue?.message ?? 'is invalid'} (parameters: ${allowed})`, { fields: [field] });
}

export function createDashboardApiRouter(options: DashboardApiOptions): Router {
  const router = Router();
  const { db, auth } = options;
  const answer = async (res: Response, what: string, load: () => Promise<unknown>): Promise<void> => {
    try {
      const body = await load();
      res.setHeader('Cache-Control', 'no-store');
      res.json(body);
    } catch (error) {
      options.logger?.error({ err: error instanceof Error ? error.message : String(error), what }, 'dashboard query failed');
      sendError(res, 503, 'database_unavailable', 'the dashboard database is unavailable: try again shortly');
    }
  };
  router.use('/api/dashboard', auth.requireApi);
  router.get('/api/dashboard/overview', async (req: Request, res: Response) => {
    const parsed = hoursSchema.safeParse(req.query);
    if (!parsed.success) return badQuery(res, parsed.error, 'hours');
    await answer(res, 'overview', () => loadOverview(db, parsed.data.hours));
  });
  router.get('/api/dashboard/sla', async (req: Request, res: Response) => {
    // First-response percentiles sort every reply in the window: a day by default keeps this fast at any size.
    const parsed = daysSchema(1).safeParse(req.query);
    if (!parsed.success) return badQuery(res, parsed.error, 'days');
    await answer(res, 'sla', () => loadSlaView(db, parsed.data.days));
  });
  router.get('/api/dashboard/decisions', async (req: Request, res: Response) => {
    const parsed = decisionSearchSchema.safeParse(req.query);
    if (!parsed.success) return badQuery(res, parsed.error, 'ticket, requester, intent, level, rule, limit');
    await answer(res, 'decisions', async () => ({ decisions: await searchDecisions(db, parsed.data) }));
  });
  router.get('/api/dashboard/decisions/:id', async (req: Request, res: Response) => {
    const id = decisionIdSchema.safeParse(req.params.id);
    if (!id.success) return sendError(res, 400, 'invalid_decision_id', 'the decision id must be a positive whole number');
    try {
      const detail = await findDecisionById(db, id.data);
      if (!detail) return sendError(res, 404, 'decision_not_found', `no decision has id ${id.data}: search for it on the decisions page`);
      res.setHeader('Cache-Control', 'no-store');
      res.json(detail);
    } catch {
      sendError(res, 503, 'database_unavailable', 'the dashboard database is unavailable: try again shortly');
    }
  });
  router.get('/api/dashboard/rules', async (req: Request, res: Response) => {
    const parsed = daysSchema(30).safeParse(req.query);
    if (!parsed.success) return badQuery(res, parsed.error, 'days');
    await answer(res, 'rules', () => loadRulesView(db, parsed.data.days));
  });
  router.get('/api/dashboard/incidents', async (req: Request, res: Response) => {
    const parsed = incidentsLimitSchema.safeParse(req.query);
    if (!parsed.success) return badQuery(res, parsed.error, 'limit');
    await answer(res, 'incidents', () => loadIncidentsView(db, parsed.data.limit));
  });
  return router;
}
