/**
 * Where the shipped training data lives: `data/` next to the package's package.json. Found by
 * walking up from this module, so it works from src/ (ts-jest) and from dist/src/ (compiled).
 * A missing file is an installation error, not something to degrade around: the models would
 * silently lose recall, so loading throws with the path and what to do.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export class TrainingDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TrainingDataError';
  }
}

/** Labelled sets the intent model trains on (development set + fresh intent batches; never the hold-out). */
export const INTENT_TRAINING_FILES = [
  'labelled-tickets.jsonl', 'intents-fresh.jsonl', 'intents-fresh-b.jsonl', 'intents-fresh-c.jsonl', 'intents-fresh-d.jsonl',
] as const;

/**
 * Independently written corpus files (crisis-labelled, every line with an intent),
 * shared with the crisis side under data/crisis/. The intent model also trains on them: under
 * 5-fold cross-validation they raise accuracy on the files above, and corpus-8, corpus-15 to -18,
 * -23 and -24 raised it on the tuning batches in data/eval/ (see docs/intents.md). The contrastive
 * pairs (corpus-19 to -22) are left out: each repeats its twin's text, and with them every worker
 * start trained for 3.7 s instead of 2 s for about a point more; corpus-25 and -26 too: no gain.
 * corpus-27 to -38 (twelve writers, every intent as tickets arrive) raised primary-intent accuracy
 * on the tuning batches from 87.6 to 89.0 % for about half a second more training; corpus-39 to -50
 * would add 0.6 points more for another two seconds at every worker start, so they are left out.
 */
export const INTENT_CORPUS_FILES = ['crisis/corpus-1.jsonl', 'crisis/corpus-2.jsonl', 'crisis/corpus-3.jsonl', 'crisis/ordinary-1.jsonl', 'crisis/corpus-8.jsonl', 'crisis/corpus-15.jsonl', 'crisis/corpus-16.jsonl', 'crisis/corpus-17.jsonl', 'crisis/corpus-18.jsonl', 'crisis/corpus-23.jsonl', 'crisis/corpus-24.jsonl', 'crisis/corpus-27.jsonl', 'crisis/corpus-28.jsonl', 'crisis/corpus-29.jsonl', 'crisis/corpus-30.jsonl', 'crisis/corpus-31.jsonl', 'crisis/corpus-32.jsonl', 'crisis/corpus-33.jsonl', 'crisis/corpus-34.jsonl', 'crisis/corpus-35.jsonl', 'crisis/corpus-36.jsonl', 'crisis/corpus-37.jsonl', 'crisis/corpus-38.jsonl'] as const;
/** Everything the intent model trains on. */
export const INTENT_MODEL_FILES = [...INTENT_TRAINING_FILES, ...INTENT_CORPUS_FILES] as const;

/** Crisis-labelled sets of the crisis model: every shipped set (its negatives include the hard idioms). */
export const CRISIS_SETS = ['crisis-fresh.jsonl', 'crisis-fresh-2.jsonl', 'crisis-fresh-3.jsonl', 'crisis-fresh-4.jsonl'] as const;
/** Batches written by independent writers, shipped for evaluation (data/eval/README.md). */
export const EVAL_SETS = ['eval/batch-a.jsonl', 'eval/batch-b.jsonl', 'eval/batch-g.jsonl', 'eval/batch-h.jsonl', 'eval/batch-j.jsonl', 'eval/batch-k.jsonl', 'eval/batch-l.jsonl', 'eval/batch-m.jsonl', 'eval/batch-n.jsonl', 'eval/batch-q.jsonl', 'eval/batch-r.jsonl', 'eval/batch-w.jsonl', 'eval/batch-x.jsonl', 'eval/batch-y.jsonl', 'eval/batch-aa.jsonl', 'eval/batch-ab.jsonl', 'eval/batch-ai.jsonl', 'eval/batch-aj.jsonl', 'eval/batch-ak.jsonl', 'eval/batch-al.jsonl', 'eval/batch-am.jsonl', 'eval/batch-an.jsonl', 'eval/batch-ao.jsonl', 'eval/batch-at.jsonl', 'eval/batch-au.jsonl', 'eval/batch-av.jsonl', 'eval/batch-aw.jsonl', 'eval/batch-ax.jsonl', 'eval/batch-ay.jsonl', 'eval/batch-az.jsonl', 'eval/batch-ba.jsonl', 'eval/batch-bf.jsonl', 'eval/batch-bg.jsonl', 'eval/batch-bh.jsonl', 'eval/batch-bi.jsonl', 'eval/batch-bs.jsonl', 'eval/batch-bu.jsonl', 'eval/batch-bv.jsonl', 'eval/batch-bw.jsonl', 'eval/batch-bz.jsonl', 'eval/batch-cb.jsonl', 'eval/batch-cc.jsonl', 'eval/batch-ch.jsonl', 'eval/batch-ck.jsonl', 'eval/batch-cl.jsonl', 'eval/batch-cm.jsonl', 'eval/batch-co.jsonl', 'eval/batch-ct.jsonl', 'eval/batch-cu.jsonl', 'eval/batch-cv.jsonl', 'eval/batch-da.jsonl', 'eval/batch-db.jsonl', 'eval/batch-dc.jsonl', 'eval/batch-df.jsonl', 'eval/batch-dg.jsonl', 'eval/batch-dh.jsonl', 'eval/batch-do.jsonl', 'eval/batch-dp.jsonl', 'eval/batch-dq.jsonl', 'eval/batch-dr.jsonl', 'eval/batch-ds.jsonl', 'eval/batch-dx.jsonl', 'eval/batch-dy.jsonl', 'eval/batch-el.jsonl', 'eval/batch-em.jsonl', 'eval/batch-en.jsonl', 'eval/batch-eo.jsonl', 'eval/batch-ep.jsonl', 'eval/batch-eq.jsonl', 'eval/batch-eu.jsonl'] as const;

/** The nearest folder at or above `start` holding a package.json. */
export function packageRoot(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new TrainingDataError(`no package.json found above ${start}: cannot locate the data/ folder with the training files`);
    dir = parent;
  }
}

/** Absolute path of data/<name>; throws TrainingDataError when the file is not there. */
export function dataFile(name: string, start?: string): string {
  const path = join(packageRoot(start), 'data', name);
  if (!existsSync(path)) {
    throw new TrainingDataError(
      `training data file missing: ${path}. The intent and crisis models are trained from data/ at load; ` +
        'restore the data/ folder of the riskdesk package (it must ship next to package.json).',
    );
  }
  return path;
}
