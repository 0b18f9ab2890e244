/**
 * How a model does on labelled text: on agent labels (its own predictions on the label's masked
 * text, not the recorded decision) and on labelled ticket files (the shipped sets, or any export).
 */
import type { Intent } from '../../triage/types';
import type { ActiveModel } from '../model/learned-model';
import { labelAgrees } from '../measure/agreement';
import { qualityOf, type QualityReport } from '../measure/quality';
import type { TextLabel } from './label-examples';

export function modelQualityOnLabels(model: ActiveModel, labels: readonly TextLabel[]): QualityReport {
  return qualityOf(
    labels.map((label) => {
      const intent = model.classify(label.text).intent;
      const crisis = model.detectCrisis(label.text);
      const flagged = crisis.crisis || crisis.crisisReview;
      const decision = { ...label.decision, intent, crisis: crisis.crisis, crisisReview: crisis.crisisReview };
      return { kind: label.kind, intent: label.intent, predictedIntent: intent, predictedFlag: flagged, agrees: labelAgrees({ ...label, decision }) };
    }),
  );
}

export interface LabelledText {
  subject: string;
  text: string;
  intent: Intent;
  crisis?: boolean;
}

export interface SetQuality {
  tickets: number;
  intentAccuracy: number | null;
  crisisRecall: number | null;
  crisisPrecision: number | null;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : Math.round((a / b) * 10_000) / 10_000);

export function modelQualityOnSet(model: ActiveModel, tickets: readonly LabelledText[]): SetQuality {
  let right = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const t of tickets) {
    if (model.classify(t.text, t.subject).intent === t.intent) right += 1;
    if (t.crisis === undefined) continue;
    const verdict = model.detectCrisis(t.subject ? `${t.subject}\n${t.text}` : t.text);
    const flagged = verdict.crisis || verdict.crisisReview;
    if (flagged && t.crisis) tp += 1;
    if (flagged && !t.crisis) fp += 1;
    if (!flagged && t.crisis) fn += 1;
  }
  return { tickets: tickets.length, intentAccuracy: ratio(right, tickets.length), crisisRecall: ratio(tp, tp + fn), crisisPrecision: ratio(tp, tp + fp) };
}
