/**
 * Composition of the sidebar routers: the context API and the Intercom Canvas Kit app share one
 * view loader — stored decisions from the audit trail (with their masked reasons and parties and
 * the sealed ticket snapshot), a fresh risk context, and an on-the-spot decision (never written
 * back) for a ticket riskdesk has not decided yet.
 */
import { incidentViewOf } from '../incidents/view';
import type express from 'express';
import { findAuditedDecisions } from '../audit/decision-store';
import { openTicketSnapshot } from '../audit/ticket-snapshot';
import type { AuditedDecision } from '../audit/types';
import type { Config } from '../config/load-config';
import type { HelpdeskSource, Ticket } from '../domain/ticket';
import { PermanentHelpdeskError } from '../helpdesk/errors';
import type { HelpdeskAdapter } from '../helpdesk/types';
import type { Logger } from '../logging/logger';
import type { RulesProvider } from '../pipeline/types';
import type { RiskContext } from '../risk/types';
import { createSidebarCanvasRouter } from '../server/routes/sidebar-canvas';
import { createSidebarContextRouter } from '../server/routes/sidebar-context';
import { storedFromAuditRecord } from '../sidebar/from-audit';
import { cacheViews } from '../sidebar/view-cache';
import { createViewLoader, type StoredDecision } from '../sidebar/view-loader';
import type { Db } from '../store/db';
import { decide, type DecideOptions } from '../triage/decide';
import type { HelplineDirectory } from '../triage/helplines/schema';
import type { Rules } from '../triage/rules/types';
import type { Decision } from '../triage/types';
import type { CanvasFeedback } from '../learning/canvas/canvas-feedback';

const HISTORY_LIMIT = 20;

export interface SidebarContext {
  db: Db;
  rules: RulesProvider;
  /** Crisis lines shown in the sidebars' safety banner. */
  helplines?: HelplineDirectory;
  config: Config;
  logger: Logger;
  buildContext: (ticket: Ticket) => Promise<RiskContext>;
  adapters: Partial<Record<HelpdeskSource, HelpdeskAdapter>>;
  /** The job-data key the worker seals ticket snapshots with; without it snapshots are not read. */
  snapshotKey?: Buffer;
  /** decide() with the live model and label memory (src/learning); default: the corpus model. */
  decide?: (ticket: Ticket, context: RiskContext | null, rules: Rules, options?: DecideOptions) => Decision;
  /** The Canvas Kit app's "Teach riskdesk" section (src/learning). */
  canvasFeedback?: CanvasFeedback;
}

async function hydrateOrNull(adapter: HelpdeskAdapter | undefined, ticketId: string): Promise<Ticket | null> {
  if (!adapter) return null;
  try {
    return await adapter.hydrate(ticketId);
  } catch (error) {
    // The helpdesk saying "no such ticket" (404, or a malformed id) is an unknown ticket, not an outage.
    if (error instanceof PermanentHelpdeskError) return null;
    throw error;
  }
}

function storedOf(audited: AuditedDecision, key: Buffer | undefined): StoredDecision {
  const { record, reasons, parties, sealedTicket } = audited;
  const ticket = key && sealedTicket ? openTicketSnapshot(sealedTicket, key, record.source, record.ticketId) : null;
  return storedFromAuditRecord(record, { reasons, parties, ticket });
}

export function mountSidebar(app: express.Express, ctx: SidebarContext): void {
  const { config, logger } = ctx;
  const loadView = cacheViews(
    createViewLoader({
      findDecisions: async (source, ticketId) => (await findAuditedDecisions(ctx.db, source, ticketId, HISTORY_LIMIT)).map((a) => storedOf(a, ctx.snapshotKey)),
      hydrate: (source, ticketId) => hydrateOrNull(ctx.adapters[source], ticketId),
      buildContext: async (ticket) => ctx.buildContext(ticket),
      decide: (ticket, context) => (ctx.decide ?? decide)(ticket, context, ctx.rules.current(), { helplines: ctx.helplines }),
      findIncident: (source, ticketId) => incidentViewOf(ctx.db, source, ticketId),
      // The worker's rule: nothing is written without credentials, whatever WRITEBACK_MODE says.
      mode: (source) => (config.writebackMode === 'shadow' || !ctx.adapters[source] ? 'shadow' : 'live'),
      onWarning: (message, error) => logger.warn({ err: error instanceof Error ? error.message : String(error) }, message),
    }),
  );
  app.use(createSidebarCanvasRouter({ secrets: config.INTERCOM_CLIENT_SECRET ?? [], loadView, logger, feedback: ctx.canvasFeedback }));
  app.use(createSidebarContextRouter({ token: config.SIDEBAR_TOKEN, ratePerMinute: config.SIDEBAR_RATE_LIMIT_PER_MIN, loadView, logger }));
}
