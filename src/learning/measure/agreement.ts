/** Whether a label agrees with the decision it was made on (the agent confirmed rather than corrected). */
import type { StoredLabel } from '../labels/label-types';

export function labelAgrees(label: Pick<StoredLabel, 'kind' | 'intent' | 'decision'>): boolean {
  const d = label.decision;
  switch (label.kind) {
    case 'intent':
      return d.intent === label.intent;
    case 'crisis':
      return d.crisis || d.crisisReview;
    case 'not_crisis':
      return !d.crisis && !d.crisisReview;
    default:
      // "Risk too high / too low" always disagrees with the level decided.
      return false;
  }
}
