/**
 * The dashboard's incidents page: recent incidents (merged-away ones left out) with what an
 * agent scans — entity, status, severity, size, first/last seen, how it ended — and their member
 * tickets.
 */
import { endingLabel } from '../incidents/ending';
import { listIncidents } from '../incidents/incident-store';
import type { EntityType, IncidentSeverity, IncidentStatus, IncidentTicketRef, ResolveReason } from '../incidents/types';
import type { Queryable } from '../store/db';

export interface DashboardIncident {
  id: string;
  entity: { type: EntityType; label: string };
  status: IncidentStatus;
  severity: IncidentSeverity;
  ticketCount: number;
  firstSeen: string;
  lastSeen: string;
  /** How and when it ended (null while open); see docs/incidents.md "When an incident ends". */
  resolvedReason: ResolveReason | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
  /**
   * The ending in the words the CLI uses, without its time ("solved in the helpdesk by helpdesk
   * user 7700"); null while open. Sent so the page does not word endings itself: it only shows
   * resolvedAt in the reader's time zone.
   */
  endingLabel: string | null;
  tickets: IncidentTicketRef[];
}

export interface IncidentsView {
  available: true;
  incidents: DashboardIncident[];
  message: string | null;
}

export async function loadIncidentsView(db: Queryable, limit: number): Promise<IncidentsView> {
  const incidents = await listIncidents(db, { limit });
  return {
    available: true,
    incidents: incidents.map((i) => ({
      id: i.id,
      entity: { type: i.entity.type, label: i.entity.label },
      status: i.status,
      severity: i.severity,
      ticketCount: i.ticketCount,
      firstSeen: i.firstSeen,
      lastSeen: i.lastSeen,
      resolvedReason: i.resolvedReason,
      resolvedAt: i.resolvedAt,
      resolvedBy: i.resolvedBy,
      endingLabel: endingLabel(i),
      tickets: i.tickets,
    })),
    message: incidents.length === 0 ? 'No incidents recorded: one forms when several tickets point at the same seller, show, tracking number or contact.' : null,
  };
}
