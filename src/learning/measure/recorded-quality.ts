/** Quality of the recorded decisions against the labels made on them (`model eval`, GET /api/model/quality). */
import type { Queryable } from '../../store/db';
import { listLabels } from '../labels/label-store';
import type { StoredLabel } from '../labels/label-types';
import { labelAgrees } from './agreement';
import { qualityOf, type Observation, type QualityReport } from './quality';

export function recordedObservation(label: Pick<StoredLabel, 'kind' | 'intent' | 'decision'>): Observation {
  return {
    kind: label.kind,
    intent: label.intent,
    predictedIntent: label.decision.intent,
    predictedFlag: label.decision.crisis || label.decision.crisisReview,
    agrees: labelAgrees(label),
  };
}

export interface RecordedQuality extends QualityReport {
  since: string | null;
  generatedAt: string;
}

export async function recordedQuality(db: Queryable, since: Date | null, now: Date = new Date()): Promise<RecordedQuality> {
  const labels = await listLabels(db, since);
  return { since: since ? since.toISOString() : null, generatedAt: now.toISOString(), ...qualityOf(labels.map(recordedObservation)) };
}
