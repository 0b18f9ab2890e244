/** The one sentence an agent reads about an incident (note, CLI, sidebar). */
import type { DecisionIncident } from './types';

const HOUR_MS = 3_600_000;

export function spanText(firstSeen: string, lastSeen: string): string {
  const hours = Math.max(0, (Date.parse(lastSeen) - Date.parse(firstSeen)) / HOUR_MS);
  if (!Number.isFinite(hours) || hours < 1) return 'under 1 h';
  if (hours < 48) return `${Math.round(hours)} h`;
  return `${Math.round(hours / 24)} days`;
}

export function moneyText(cents: number, currency: string | null): string {
  const amount = cents / 100;
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency ?? 'USD', minimumFractionDigits: 0, maximumFractionDigits: amount % 1 === 0 ? 0 : 2 }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency ?? ''}`.trim();
  }
}

/** "6 tickets in 18 h about @seller's show 'Friday Night Breaks', $4,120 at stake — INC-00012". */
export function incidentSentence(incident: DecisionIncident): string {
  const tickets = incident.ticketCount === 1 ? '1 ticket' : `${incident.ticketCount} tickets`;
  const stake = incident.amountCents > 0 ? `, ${moneyText(incident.amountCents, incident.currency)} at stake` : '';
  return `${tickets} in ${spanText(incident.firstSeen, incident.lastSeen)} about ${incident.entity.label}${stake} — ${incident.id}`;
}

/** Tags a member ticket carries: `riskdesk_incident` and `riskdesk_incident_inc_00012`. */
export function incidentTags(incident: DecisionIncident): string[] {
  return ['riskdesk_incident', `riskdesk_incident_${incident.id.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`];
}
