/**
 * `riskdesk model train`: the intent and crisis models trained on the shipped corpus plus the
 * deployment's labels (all but the newest share, held out), stored as a new version with its
 * training counts and held-out figures. Training never changes the live model: promote does.
 */
import { randomBytes } from 'node:crypto';
import { INTENT_TRAINING_FILES, dataFile } from '../../triage/classify/bayes/data-files';
import { train } from '../../triage/classify/bayes/model';
import { loadExamples } from '../../triage/classify/bayes/training';
import type { Queryable } from '../../store/db';
import { corpusCrisisExamples, trainCrisis } from '../crisis-model-adapter';
import { listLabels } from '../labels/label-store';
import { activate, type LearnedModel } from '../model/learned-model';
import { saveModel, type ModelMetadata } from '../model/model-store';
import { crisisExamples, intentExamples, timeSplit, withText } from './label-examples';
import { modelQualityOnLabels } from './model-quality';

export const DEFAULT_HOLDOUT = 0.2;

export interface TrainOptions {
  /** Share of the newest labels held out (0 ≤ share < 1). */
  holdout?: number;
  now?: Date;
}

export function newVersion(now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
  return `m-${stamp}-${randomBytes(2).toString('hex')}`;
}

export async function trainModel(db: Queryable, options: TrainOptions = {}): Promise<{ model: LearnedModel; metadata: ModelMetadata }> {
  const now = options.now ?? new Date();
  const labels = withText(await listLabels(db));
  const split = timeSplit(labels, options.holdout ?? DEFAULT_HOLDOUT);
  const corpusIntent = INTENT_TRAINING_FILES.flatMap((name) => loadExamples(dataFile(name)));
  const corpusCrisis = corpusCrisisExamples();
  const labelIntent = intentExamples(split.train);
  const labelCrisis = crisisExamples(split.train);
  const model: LearnedModel = {
    version: newVersion(now),
    intent: train([...corpusIntent, ...labelIntent]),
    crisis: trainCrisis([...corpusCrisis, ...labelCrisis]),
  };
  const report = modelQualityOnLabels(activate(model), split.heldOut);
  const intentRows = report.intents.reduce((sum, i) => sum + i.support, 0);
  const intentHits = report.confusion.matrix.reduce((sum, row, i) => sum + (row[i] ?? 0), 0);
  const metadata: ModelMetadata = {
    version: model.version,
    created: now.toISOString(),
    training: {
      corpusIntent: corpusIntent.length,
      corpusCrisis: corpusCrisis.length,
      labelIntent: split.train.filter((l) => l.kind === 'intent').length,
      labelCrisis: split.train.filter((l) => l.kind === 'crisis' || l.kind === 'not_crisis').length,
      labelsHeldOut: split.heldOut.length,
    },
    heldOutFrom: split.heldOutFrom,
    heldOut: {
      labels: split.heldOut.length,
      intentAccuracy: intentRows === 0 ? null : Math.round((intentHits / intentRows) * 10_000) / 10_000,
      crisisRecall: report.crisis.recall,
      crisisPrecision: report.crisis.precision,
    },
  };
  await saveModel(db, model, metadata);
  return { model, metadata };
}
