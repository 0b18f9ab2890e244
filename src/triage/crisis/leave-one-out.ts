/**
 * Honest generalisation figures for the crisis model: for each labelled set, train on every OTHER
 * shipped set and score (patterns OR model) on the left-out one, next to patterns alone. Used by
 * bench/crisis-eval.ts and the tests; a T&S lead can rerun it after adding a set to data/.
 */
import { CRISIS_TRAINING_FILES, dataFile } from '../classify/bayes/data-files';
import { joinTicket, readTrainingLines } from '../classify/bayes/training';
import { detectCrisisWith } from './combined';
import { trainCrisisModel, type CrisisModel } from './model';
import { modelVerdict } from './model-check';
import { loadCrisisExamples } from './model-training';
import { boundCrisisInput } from './prefilter';

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface LeftOutScore {
  set: string;
  patterns: Confusion;
  /** The model alone at each threshold (gate + probability, no patterns): how far it generalises by itself. */
  modelAlone: Map<number, Confusion>;
  /** Keyed by threshold. */
  combined: Map<number, Confusion>;
}

export const recall = (c: Confusion): number => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));
export const precision = (c: Confusion): number => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));

function confusion(gold: boolean[], got: boolean[]): Confusion {
  const c: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  gold.forEach((g, i) => {
    const p = got[i] ?? false;
    if (g && p) c.tp += 1;
    else if (p) c.fp += 1;
    else if (g) c.fn += 1;
    else c.tn += 1;
  });
  return c;
}

/**
 * Score one set (an absolute path) with a model trained on every shipped training file except
 * that one (a file outside data/, e.g. the hold-out, is scored against the full training pool).
 */
export function leaveOneOut(path: string, thresholds: readonly number[]): LeftOutScore {
  const training = CRISIS_TRAINING_FILES.map((name) => dataFile(name)).filter((p) => p !== path);
  const model: CrisisModel = trainCrisisModel(training.flatMap(loadCrisisExamples));
  const tickets = readTrainingLines(path).map((t) => ({ text: joinTicket(t.subject, t.text), crisis: t.crisis ?? false }));
  const gold = tickets.map((t) => t.crisis);
  const patterns = confusion(gold, tickets.map((t) => detectCrisisWith(t.text, null).crisis));
  const combined = new Map<number, Confusion>();
  const modelAlone = new Map<number, Confusion>();
  for (const threshold of thresholds) {
    combined.set(threshold, confusion(gold, tickets.map((t) => detectCrisisWith(t.text, model, threshold).crisis)));
    modelAlone.set(threshold, confusion(gold, tickets.map((t) => modelVerdict(boundCrisisInput(t.text), model, threshold) !== null)));
  }
  return { set: path, patterns, modelAlone, combined };
}
