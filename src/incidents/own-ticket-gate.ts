/**
 * The worker asks this before deciding a ticket: riskdesk's own problem tickets / trackers are
 * never triaged (no note, tags or fields on them); their status is applied to their incident
 * instead. One log line per change (ids only) and the metric
 * `riskdesk_incident_helpdesk_status_total{source, change}`.
 */
import type { HelpdeskSource } from '../domain/ticket';
import type { Logger } from '../logging/logger';
import type { Db } from '../store/db';
import { applyHelpdeskStatus, type StatusOutcome } from './helpdesk-status';

export interface OwnTicketEvent {
  source: HelpdeskSource;
  ticketId: string;
  status?: string;
  occurredAt: string;
  actorId?: string;
}

export interface OwnTicketGate {
  /** null: not one of riskdesk's own tickets, decide it as usual. */
  check(event: OwnTicketEvent): Promise<StatusOutcome | null>;
}

export interface OwnTicketGateDeps {
  db: Db;
  logger: Logger;
  count?(source: HelpdeskSource, change: 'resolved' | 'reopened'): void;
}

const MESSAGES = {
  resolved: 'incident resolved: its problem ticket / tracker was solved in the helpdesk',
  reopened: 'incident reopened: its problem ticket / tracker was reopened in the helpdesk',
} as const;

export function createOwnTicketGate(deps: OwnTicketGateDeps): OwnTicketGate {
  return {
    async check(event) {
      const outcome = await applyHelpdeskStatus(deps.db, {
        source: event.source,
        ticketId: event.ticketId,
        status: event.status,
        at: event.occurredAt,
        actorId: event.actorId,
      });
      if (!outcome) return null;
      const fields = { incident: outcome.incidentId, source: event.source, ticketId: event.ticketId };
      if (outcome.change === 'unchanged') deps.logger.debug({ ...fields, why: outcome.why }, 'own problem ticket / tracker: not triaged, incident unchanged');
      else {
        deps.logger.info(fields, MESSAGES[outcome.change]);
        deps.count?.(event.source, outcome.change);
      }
      return outcome;
    },
  };
}
