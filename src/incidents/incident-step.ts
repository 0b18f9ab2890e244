/**
 * The pipeline's incident step, composed: classify (the same classifier decide() uses), place
 * the ticket, report spikes. Incidents are an aid, never a gate: any failure is logged and the
 * ticket is decided without one.
 */
import type { Ticket } from '../domain/ticket';
import type { Logger } from '../logging/logger';
import type { RiskContext } from '../risk/types';
import type { Db } from '../store/db';
import { classifyIntents } from '../triage/classify';
import type { IncidentsConfig } from './config';
import { placeTicket } from './place-ticket';
import { onSpike, type SpikeSink } from './spikes';
import type { DecisionIncident } from './types';

export interface IncidentStepDeps {
  db: Db;
  config: IncidentsConfig;
  logger: Logger;
  countSpike?: SpikeSink['countSpike'];
  /** Raises a spike's alert (bounded wait, never throws); spikes are rare, so the ticket waits for it. */
  alertSpike?: SpikeSink['alert'];
  /** Called with the incident of each placed ticket (native linking); its failures are logged, never thrown. */
  afterPlace?(ticket: Ticket, incident: DecisionIncident): Promise<void>;
}

async function linkQuietly(deps: IncidentStepDeps, ticket: Ticket, incident: DecisionIncident): Promise<void> {
  try {
    await deps.afterPlace?.(ticket, incident);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    deps.logger.warn({ ticketId: ticket.id, source: ticket.source, incident: incident.id, err: reason }, 'incident linking failed: the next ticket of the incident retries it');
  }
}

export function createIncidentStep(deps: IncidentStepDeps): { place(ticket: Ticket, context: RiskContext | null, at: Date): Promise<DecisionIncident | null> } {
  return {
    async place(ticket, context, at) {
      try {
        const classification = classifyIntents(ticket.text ?? '', ticket.subject ?? '');
        const placement = await placeTicket(deps.db, { ticket, context, classification, at }, deps.config);
        for (const spike of placement.spikes) await onSpike(spike, { logger: deps.logger, countSpike: deps.countSpike, alert: deps.alertSpike }, placement.incident);
        if (placement.incident && deps.afterPlace) await linkQuietly(deps, ticket, placement.incident);
        return placement.incident;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        deps.logger.error({ ticketId: ticket.id, source: ticket.source, err: reason }, 'incident lookup failed: deciding without an incident');
        return null;
      }
    },
  };
}
