/**
 * The incident contract: what a ticket can point at (an entity), the incident a wave of such
 * tickets forms, and the summary a decision carries. Extend by adding fields.
 */
import type { HelpdeskSource } from '../domain/ticket';

export const ENTITY_TYPES = ['seller', 'show', 'tracking', 'contact', 'linked_cluster'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const INCIDENT_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type IncidentSeverity = (typeof INCIDENT_SEVERITIES)[number];

export type IncidentStatus = 'open' | 'resolved';

/** Why a resolved incident ended (`incidents.resolved_reason`). */
export const RESOLVE_REASONS = ['expired', 'merged', 'solved_in_helpdesk'] as const;
export type ResolveReason = (typeof RESOLVE_REASONS)[number];

export interface EntityRef {
  type: EntityType;
  /** Stable id: a user id, show id, upper-cased tracking number, `venmo:@handle`, cluster id. */
  id: string;
  /** What an agent reads: `@seller`, `@seller's show 'Friday Night Breaks'`, `Venmo @x`. */
  label: string;
}

/** An entity as found on one ticket: `group` ties entities that come from the same order or party. */
export interface TicketEntity extends EntityRef {
  group: string;
}

export const entityKey = (entity: { type: EntityType; id: string }): string => `${entity.type}:${entity.id}`;

/** What a decision carries (Decision.incident). */
export interface DecisionIncident {
  id: string;
  entity: EntityRef;
  ticketCount: number;
  firstSeen: string;
  lastSeen: string;
  severity: IncidentSeverity;
  /** Money at stake: the orders the member tickets name, in minor units of `currency`. */
  amountCents: number;
  currency: string | null;
}

export interface IncidentTicketRef {
  source: HelpdeskSource;
  ticket: string;
}

export interface Incident extends DecisionIncident {
  status: IncidentStatus;
  requesterCount: number;
  intents: string[];
  /** Every entity the incident covers (more than one after a merge), as keys `type:id`. */
  entities: string[];
  tickets: IncidentTicketRef[];
  mergedInto: string | null;
  /** How it ended; null while open (or for a reason this version does not know). */
  resolvedReason: ResolveReason | null;
  /** When it ended, ISO 8601; null while open or when not recorded. */
  resolvedAt: string | null;
  /** The helpdesk user who solved its problem ticket / tracker, when the webhook named one. */
  resolvedBy: string | null;
}
