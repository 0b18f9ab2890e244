/**
 * Leave-one-set-out evaluation of the crisis decision (patterns OR model).
 *   npm run build && node dist/bench/crisis-eval.js        (from the repo root)
 * For each crisis-labelled set: the model is trained on every OTHER shipped set, then recall and
 * precision on the left-out set are printed for patterns alone and for patterns OR model at
 * several thresholds; the last block sums all sets. The threshold in model-check.ts is picked here.
 */
import { join } from 'node:path';
import { CRISIS_SETS, dataFile } from '../src/triage/classify/bayes/data-files';
import { leaveOneOut, precision, recall, type Confusion } from '../src/triage/crisis/leave-one-out';
import { CRISIS_THRESHOLD } from '../src/triage/crisis/model-check';

const THRESHOLDS = [0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];
const SETS: Array<[string, string]> = [
  ...CRISIS_SETS.map((name): [string, string] => [name, dataFile(name)]),
  ['labelled-tickets.jsonl (dev)', dataFile('labelled-tickets.jsonl')],
  ['labelled-tickets-holdout.jsonl', join(process.cwd(), 'test', 'fixtures', 'labelled-tickets-holdout.jsonl')],
];
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const cell = (c: Confusion): string => `${c.tp}/${c.tp + c.fn} ${pct(recall(c))} · ${pct(precision(c))} (${c.fp} FP)`;
const add = (a: Confusion, b: Confusion): Confusion => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, tn: a.tn + b.tn });
const zero = (): Confusion => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

let totalPatterns = zero();
let totalModel = zero();
const totals = new Map<number, Confusion>(THRESHOLDS.map((t) => [t, zero()]));
console.log(`threshold in use: ${CRISIS_THRESHOLD}`);
for (const [name, path] of SETS) {
  const score = leaveOneOut(path, THRESHOLDS);
  totalPatterns = add(totalPatterns, score.patterns);
  const alone = score.modelAlone.get(CRISIS_THRESHOLD) ?? zero();
  totalModel = add(totalModel, alone);
  console.log(`\n== ${name} (left out)\n  patterns alone       ${cell(score.patterns)}\n  model alone p≥${CRISIS_THRESHOLD.toFixed(2)}  ${cell(alone)}`);
  for (const t of THRESHOLDS) {
    const c = score.combined.get(t) ?? zero();
    totals.set(t, add(totals.get(t) ?? zero(), c));
    console.log(`  patterns OR p≥${t.toFixed(2)}  ${cell(c)}`);
  }
}
console.log(`\n== all sets\n  patterns alone       ${cell(totalPatterns)}\n  model alone p≥${CRISIS_THRESHOLD.toFixed(2)}  ${cell(totalModel)}`);
for (const t of THRESHOLDS) console.log(`  patterns OR p≥${t.toFixed(2)}  ${cell(totals.get(t) ?? zero())}`);
