import type { DecisionIncident } from '../../incidents/types';
import { incidentSentence } from '../../incidents/summary';
import { text, title } from './html';

/** The incident section: one sentence, the severity, and that the wave is worked once. */
export function incidentSection(incident: DecisionIncident): string {
  return `${title('Incident')}<p>${text(incidentSentence(incident), 400)} · severity <b>${text(incident.severity, 20)}</b></p>`;
}
