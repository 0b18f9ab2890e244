/**
 * The alert an incident spike raises: the link to the incident on the dashboard, the entity's
 * type as the category and a severity from the incident's — never the entity's id or label
 * (they name sellers, handles, tracking numbers). One alert per entity and spike window: the
 * subject is the entity type, a hash of its key and the window's number.
 */
import { createHash } from 'node:crypto';
import type { IncidentSeverity } from '../incidents/types';
import type { RaiseAlert } from './raise-alert';
import type { Alert, AlertSeverity } from './types';

export interface SpikeForAlert {
  entityKey: string;
  entityType: string;
  windowHours: number;
  /** When the spike was recorded (ISO). */
  at: string;
}

// A spike is worth a look whatever the incident's size: never below warning.
const SEVERITY: Record<IncidentSeverity, AlertSeverity> = { critical: 'critical', high: 'error', medium: 'warning', low: 'warning' };

export function spikeSubject(spike: SpikeForAlert): string {
  const hash = createHash('sha256').update(spike.entityKey).digest('hex').slice(0, 16);
  const window = Math.floor(Date.parse(spike.at) / (Math.max(1, spike.windowHours) * 3_600_000));
  return `${spike.entityType}-${hash}-${window}`;
}

export function alertForSpike(spike: SpikeForAlert, incident: { id: string; severity: IncidentSeverity } | null, dashboardUrl: string): Alert {
  const base = `${dashboardUrl.replace(/\/+$/, '')}/dashboard/incidents`;
  return {
    kind: 'incident_spike',
    subject: spikeSubject(spike),
    link: incident ? `${base}?incident=${encodeURIComponent(incident.id)}` : base,
    category: spike.entityType,
    severity: incident ? SEVERITY[incident.severity] : 'warning',
  };
}

/** The spike sink's `alert` for a worker: raises the spike's alert (raiseAlert never throws, waits ≤ 2 s). */
export const spikeAlerter =
  (raise: RaiseAlert, dashboardUrl: string) =>
  (spike: SpikeForAlert, incident: { id: string; severity: IncidentSeverity } | null): Promise<unknown> =>
    raise(alertForSpike(spike, incident, dashboardUrl));
