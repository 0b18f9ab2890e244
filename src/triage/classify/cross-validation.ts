/**
 * k-fold cross-validation of the whole classifier (lexicon + naive Bayes) on labelled training
 * files: each fold is classified with a model trained on the other folds only, so the figure says
 * how the model generalises to tickets it has not counted. The lexicon was written with these
 * files in view, so the figure is optimistic; it guards against regressions, and independently
 * written batches give the honest one (see docs/intents.md).
 */
import { normalizeText } from '../text/normalize';
import { INTENTS, type Intent } from '../types';
import { train, type TrainingExample } from './bayes/model';
import { joinTicket, readTrainingLines } from './bayes/training';
import { classifyIntentsWith } from './index';

export interface LabelledText {
  subject: string;
  text: string;
  intent: Intent;
}

export interface CrossValidation {
  folds: number;
  total: number;
  accuracy: number;
  perIntent: Record<Intent, { precision: number; recall: number; support: number }>;
  /** The primary intent named for each ticket, in input order. */
  predicted: Intent[];
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

/** Every labelled ticket of the given files (paths), in file order. */
export function loadLabelledTexts(paths: readonly string[]): LabelledText[] {
  return paths.flatMap((path) => readTrainingLines(path).map(({ subject, text, intent }) => ({ subject, text, intent })));
}

const example = (t: LabelledText): TrainingExample => ({ text: normalizeText(joinTicket(t.subject, t.text)).text, intent: t.intent });

/**
 * Ticket i belongs to fold i mod k: deterministic, and every fold mixes every file. `alsoTrainOn`
 * joins every fold's training set without being scored (how much a new file helps on the old ones).
 */
export function crossValidate(tickets: readonly LabelledText[], folds = 5, alsoTrainOn: readonly LabelledText[] = []): CrossValidation {
  const predicted: Intent[] = new Array<Intent>(tickets.length).fill('other');
  const extra = alsoTrainOn.map(example);
  for (let fold = 0; fold < folds; fold += 1) {
    const model = train([...tickets.filter((_t, i) => i % folds !== fold).map(example), ...extra]);
    tickets.forEach((t, i) => {
      if (i % folds === fold) predicted[i] = classifyIntentsWith(model, t.text, t.subject).intent;
    });
  }
  const perIntent = {} as CrossValidation['perIntent'];
  for (const intent of INTENTS) {
    const support = tickets.filter((t) => t.intent === intent).length;
    const named = predicted.filter((p) => p === intent).length;
    const hits = tickets.filter((t, i) => t.intent === intent && predicted[i] === intent).length;
    perIntent[intent] = { precision: ratio(hits, named), recall: ratio(hits, support), support };
  }
  const correct = tickets.filter((t, i) => predicted[i] === t.intent).length;
  return { folds, total: tickets.length, accuracy: ratio(correct, tickets.length), perIntent, predicted };
}
