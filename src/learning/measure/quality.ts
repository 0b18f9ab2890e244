/**
 * Quality against agent labels: per-intent precision and recall and a confusion matrix (from
 * intent labels), crisis recall and precision (from crisis / not-a-crisis labels; a decision
 * "flags" a ticket when it is crisis or crisisReview), and the agreement rate (labels that
 * confirm the decision rather than correct it). The predictions are those recorded with each
 * decision — or, for `model compare`, a model's own on the label's text.
 */
import { INTENTS, type Intent } from '../../triage/types';
import { LABEL_KINDS, type LabelKind } from '../labels/label-types';

export interface Observation {
  kind: LabelKind;
  /** The agent's intent (intent labels). */
  intent: Intent | null;
  /** What was predicted: the primary intent and whether the ticket was flagged (crisis or crisisReview). */
  predictedIntent: string | null;
  predictedFlag: boolean;
  /** The label agreed with the prediction (see agreement.ts). */
  agrees: boolean;
}

export interface IntentQuality {
  intent: Intent;
  /** Intent labels naming this intent. */
  support: number;
  /** Intent-labelled tickets predicted as this intent. */
  predicted: number;
  precision: number | null;
  recall: number | null;
}

export interface QualityReport {
  labels: number;
  agreement: { rate: number | null; agree: number; total: number; byKind: Record<LabelKind, { agree: number; total: number; rate: number | null }> };
  intents: IntentQuality[];
  /** rows: the agent's intent; columns: the predicted intent (same order as `labels`). */
  confusion: { labels: Intent[]; matrix: number[][] };
  crisis: { recall: number | null; precision: number | null; truePositives: number; falsePositives: number; falseNegatives: number; trueNegatives: number };
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : Math.round((a / b) * 10_000) / 10_000);

export function qualityOf(observations: readonly Observation[]): QualityReport {
  const byKind = Object.fromEntries(LABEL_KINDS.map((kind) => [kind, { agree: 0, total: 0, rate: null as number | null }])) as QualityReport['agreement']['byKind'];
  const index = new Map<string, number>(INTENTS.map((intent, i) => [intent, i]));
  const matrix = INTENTS.map(() => INTENTS.map(() => 0));
  const crisis = { truePositives: 0, falsePositives: 0, falseNegatives: 0, trueNegatives: 0 };
  let agree = 0;
  for (const o of observations) {
    const kind = byKind[o.kind];
    kind.total += 1;
    if (o.agrees) {
      kind.agree += 1;
      agree += 1;
    }
    if (o.kind === 'intent' && o.intent) {
      const row = matrix[index.get(o.intent) ?? -1];
      const col = index.get(o.predictedIntent ?? 'other') ?? index.get('other') ?? 0;
      if (row) row[col] = (row[col] ?? 0) + 1;
    }
    if (o.kind === 'crisis' && o.predictedFlag) crisis.truePositives += 1;
    if (o.kind === 'crisis' && !o.predictedFlag) crisis.falseNegatives += 1;
    if (o.kind === 'not_crisis' && o.predictedFlag) crisis.falsePositives += 1;
    if (o.kind === 'not_crisis' && !o.predictedFlag) crisis.trueNegatives += 1;
  }
  for (const kind of LABEL_KINDS) byKind[kind].rate = ratio(byKind[kind].agree, byKind[kind].total);
  const intents = INTENTS.map((intent, i): IntentQuality => {
    const row = matrix[i] ?? [];
    const support = row.reduce((sum, n) => sum + n, 0);
    const predicted = matrix.reduce((sum, r) => sum + (r[i] ?? 0), 0);
    const hits = row[i] ?? 0;
    return { intent, support, predicted, precision: ratio(hits, predicted), recall: ratio(hits, support) };
  });
  return {
    labels: observations.length,
    agreement: { rate: ratio(agree, observations.length), agree, total: observations.length, byKind },
    intents,
    confusion: { labels: [...INTENTS], matrix },
    crisis: { ...crisis, recall: ratio(crisis.truePositives, crisis.truePositives + crisis.falseNegatives), precision: ratio(crisis.truePositives, crisis.truePositives + crisis.falsePositives) },
  };
}
