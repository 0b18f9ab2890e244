import type { IncidentsConfig } from './config';
import type { IncidentSeverity } from './types';

type Ladder = IncidentsConfig['severity']['tickets'];

const points = (value: number, ladder: Ladder): number => (value >= ladder.critical ? 3 : value >= ladder.high ? 2 : value >= ladder.medium ? 1 : 0);

/**
 * Severity from the size of the wave, the money at stake (major units, no FX) and the riskiest
 * member ticket: each gives 0–3 points, the sum picks the level.
 */
export function incidentSeverity(config: IncidentsConfig, wave: { ticketCount: number; amountCents: number; maxRiskScore: number }): IncidentSeverity {
  const s = config.severity;
  const total = points(wave.ticketCount, s.tickets) + points(wave.amountCents / 100, s.amount) + points(wave.maxRiskScore, s.riskScore);
  return total >= s.levels.critical ? 'critical' : total >= s.levels.high ? 'high' : total >= s.levels.medium ? 'medium' : 'low';
}
