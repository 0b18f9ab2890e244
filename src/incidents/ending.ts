/** How an incident ended, as stored (`resolved_reason`, `resolved_at`, `resolved_by`) and as the CLI words it. */
import { RESOLVE_REASONS, type Incident, type ResolveReason } from './types';

const KNOWN: ReadonlySet<string> = new Set(RESOLVE_REASONS);
const isResolveReason = (value: string): value is ResolveReason => KNOWN.has(value);

/** A stored reason, or null: a reason written by a newer version is shown as no reason rather than guessed at. */
export function parseResolveReason(value: unknown): ResolveReason | null {
  return typeof value === 'string' && isResolveReason(value) ? value : null;
}

export type IncidentEnding = Pick<Incident, 'status' | 'mergedInto' | 'resolvedReason' | 'resolvedAt' | 'resolvedBy'>;

const atText = (at: string | null): string => (at ? ` at ${at}` : '');

/** "solved in the helpdesk at 2026-11-20T10:30:00.000Z by helpdesk user 7700"; null while open. */
export function endingText(incident: IncidentEnding): string | null {
  if (incident.status === 'open') return null;
  switch (incident.resolvedReason) {
    case 'solved_in_helpdesk':
      return `solved in the helpdesk${atText(incident.resolvedAt)}${incident.resolvedBy ? ` by helpdesk user ${incident.resolvedBy}` : ''}`;
    case 'expired':
      return `expired${atText(incident.resolvedAt)} (no new ticket within the window)`;
    case 'merged':
      return `merged into ${incident.mergedInto ?? 'another incident'}${atText(incident.resolvedAt)}`;
    default:
      return `resolved${atText(incident.resolvedAt)}`;
  }
}
