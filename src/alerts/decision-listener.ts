/**
 * What the worker does with each settled decision beyond recording it: a crisis or crisis-review
 * decision is kept as a dashboard signal (category, webhook → routed time) and raises its alert.
 * Both run in the background: the decision never waits for them, and their failures are logged.
 */
import type { HelpdeskSource } from '../domain/ticket';
import type { Logger } from '../logging/logger';
import { recordDecisionSignal } from '../dashboard/decision-signals';
import type { Queryable } from '../store/db';
import type { Decision } from '../triage/types';
import { alertForDecision, type TicketLinks } from './from-decision';
import type { RaiseAlert } from './raise-alert';

export interface DecisionListenerDeps {
  db: Queryable;
  raise: RaiseAlert;
  links: TicketLinks;
  includeReview: boolean;
  logger: Pick<Logger, 'warn' | 'info'>;
  now?: () => number;
}

export interface SettledDecision {
  source: HelpdeskSource;
  ticketId: string;
  decision: Pick<Decision, 'crisis' | 'crisisReview' | 'crisisCategory'>;
  receivedAt?: number;
}

export function createDecisionListener(deps: DecisionListenerDeps): (settled: SettledDecision) => void {
  const now = deps.now ?? Date.now;
  return ({ source, ticketId, decision, receivedAt }) => {
    if (!decision.crisis && !decision.crisisReview) return;
    const alert = alertForDecision(decision, source, ticketId, { includeReview: deps.includeReview, links: deps.links });
    if (alert) {
      deps.raise(alert).catch((error: unknown) => deps.logger.warn({ err: error instanceof Error ? error.message : String(error), ticketId }, 'alert not raised'));
    }
    const tier = decision.crisis ? 'crisis' : 'crisis_review';
    const routedMs = receivedAt === undefined ? null : now() - receivedAt;
    recordDecisionSignal(deps.db, { source, ticketId, tier, category: decision.crisisCategory ?? null, routedMs }).catch((error: unknown) =>
      deps.logger.warn({ err: error instanceof Error ? error.message : String(error), ticketId }, 'crisis signal not recorded for the dashboard: database unavailable'),
    );
  };
}
