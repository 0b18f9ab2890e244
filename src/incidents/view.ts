/** The incident card the sidebars show: bounded (at most 10 other tickets listed). */
import type { HelpdeskSource } from '../domain/ticket';
import type { Queryable } from '../store/db';
import { endingText } from './ending';
import { incidentOfTicket } from './incident-store';
import { incidentSentence } from './summary';
import type { EntityRef, IncidentSeverity, IncidentStatus, IncidentTicketRef } from './types';

export interface ViewIncident {
  id: string;
  status: IncidentStatus;
  severity: IncidentSeverity;
  entity: EntityRef;
  ticketCount: number;
  firstSeen: string;
  lastSeen: string;
  /** "6 tickets in 18 h about …, $4,120 at stake — INC-00012". */
  summary: string;
  /** How it ended ("solved in the helpdesk at … by helpdesk user 7700"); null while open. */
  ending: string | null;
  /** The other member tickets, oldest first. */
  otherTickets: IncidentTicketRef[];
  /** Member tickets not listed in otherTickets. */
  moreTickets: number;
}

const MAX_LISTED = 10;

export async function incidentViewOf(db: Queryable, source: HelpdeskSource, ticketId: string): Promise<ViewIncident | null> {
  const incident = await incidentOfTicket(db, source, ticketId);
  if (!incident) return null;
  const others = incident.tickets.filter((t) => !(t.source === source && t.ticket === ticketId));
  return {
    id: incident.id,
    status: incident.status,
    severity: incident.severity,
    entity: { ...incident.entity, label: incident.entity.label.slice(0, 200) },
    ticketCount: incident.ticketCount,
    firstSeen: incident.firstSeen,
    lastSeen: incident.lastSeen,
    summary: incidentSentence(incident).slice(0, 400),
    // resolvedBy is the helpdesk's id, not ours: bounded like the label.
    ending: endingText(incident)?.slice(0, 200) ?? null,
    otherTickets: others.slice(0, MAX_LISTED),
    moreTickets: Math.max(0, others.length - MAX_LISTED),
  };
}
