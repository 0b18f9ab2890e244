/**
 * `riskdesk model compare NEW [CURRENT]` and the promotion guard. Both models are run on the
 * same texts: NEW's held-out labels (the labels made after its training cut), every crisis label
 * (the guard's figure), and the shipped labelled sets (does the corpus still come out right?).
 */
import { CRISIS_SETS, EVAL_SETS, INTENT_TRAINING_FILES, dataFile } from '../../triage/classify/bayes/data-files';
import { readTrainingLines } from '../../triage/classify/bayes/training';
import type { Queryable } from '../../store/db';
import { listLabels } from '../labels/label-store';
import { activate, CORPUS_VERSION, corpusModel, type ActiveModel } from '../model/learned-model';
import { liveVersion, loadModel, setLiveVersion, type ModelMetadata } from '../model/model-store';
import { withText, type TextLabel } from './label-examples';
import { modelQualityOnLabels, modelQualityOnSet, type LabelledText, type SetQuality } from './model-quality';

export class UnknownModelError extends Error {
  constructor(version: string) {
    super(`no model ${version}: list the stored versions with \`riskdesk model list\` (or use "${CORPUS_VERSION}" for the shipped-corpus model)`);
    this.name = 'UnknownModelError';
  }
}

export class PromotionRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PromotionRefusedError';
  }
}

export async function loadActive(db: Queryable, version: string): Promise<{ model: ActiveModel; metadata: ModelMetadata | null }> {
  if (version === CORPUS_VERSION) return { model: activate(corpusModel()), metadata: null };
  const loaded = await loadModel(db, version);
  if (!loaded) throw new UnknownModelError(version);
  return { model: activate(loaded.model), metadata: loaded.metadata };
}

export interface LabelFigures {
  labels: number;
  intentAccuracy: number | null;
  crisisRecall: number | null;
  crisisPrecision: number | null;
  agreement: number | null;
}

function figures(model: ActiveModel, labels: readonly TextLabel[]): LabelFigures {
  const r = modelQualityOnLabels(model, labels);
  const rows = r.intents.reduce((sum, i) => sum + i.support, 0);
  const hits = r.confusion.matrix.reduce((sum, row, i) => sum + (row[i] ?? 0), 0);
  return { labels: r.labels, intentAccuracy: rows === 0 ? null : Math.round((hits / rows) * 10_000) / 10_000, crisisRecall: r.crisis.recall, crisisPrecision: r.crisis.precision, agreement: r.agreement.rate };
}

export interface Comparison {
  new: { version: string; metadata: ModelMetadata | null };
  current: { version: string; metadata: ModelMetadata | null };
  heldOutFrom: string | null;
  heldOutLabels: { new: LabelFigures; current: LabelFigures };
  crisisLabels: { new: LabelFigures; current: LabelFigures };
  sets: Array<{ name: string; new: SetQuality; current: SetQuality }>;
}

export const SHIPPED_SETS: readonly string[] = [...INTENT_TRAINING_FILES, ...CRISIS_SETS, ...EVAL_SETS];

function shippedSet(name: string): LabelledText[] {
  return readTrainingLines(dataFile(name));
}

export async function compareModels(db: Queryable, newVersion: string, currentVersion?: string, extraSets: Array<{ name: string; tickets: LabelledText[] }> = []): Promise<Comparison> {
  const current = currentVersion ?? (await liveVersion(db));
  const [a, b] = await Promise.all([loadActive(db, newVersion), loadActive(db, current)]);
  const labels = withText(await listLabels(db));
  const heldOutFrom = a.metadata?.heldOutFrom ?? null;
  const heldOut = heldOutFrom ? labels.filter((l) => l.createdAt >= heldOutFrom) : [];
  const crisisLabels = labels.filter((l) => l.kind === 'crisis' || l.kind === 'not_crisis');
  const sets = [...SHIPPED_SETS.map((name) => ({ name, tickets: shippedSet(name) })), ...extraSets];
  return {
    new: { version: newVersion, metadata: a.metadata },
    current: { version: current, metadata: b.metadata },
    heldOutFrom,
    heldOutLabels: { new: figures(a.model, heldOut), current: figures(b.model, heldOut) },
    crisisLabels: { new: figures(a.model, crisisLabels), current: figures(b.model, crisisLabels) },
    sets: sets.map((set) => ({ name: set.name, new: modelQualityOnSet(a.model, set.tickets), current: modelQualityOnSet(b.model, set.tickets) })),
  };
}

/** Crisis recall of each model on every crisis label; null when there is none. */
export async function crisisRecallOnLabels(db: Queryable, versions: readonly string[]): Promise<Map<string, number | null>> {
  const labels = withText(await listLabels(db)).filter((l) => l.kind === 'crisis');
  const out = new Map<string, number | null>();
  for (const version of versions) {
    const { model } = await loadActive(db, version);
    out.set(version, figures(model, labels).crisisRecall);
  }
  return out;
}

export interface Promotion {
  version: string;
  previous: string;
  crisisRecall: { new: number | null; previous: number | null };
}

/**
 * Makes `version` the live model (every process switches within one poll). Refused, with the
 * figures, when its crisis recall on the agents' crisis labels is below the live model's.
 */
export async function promoteModel(db: Queryable, version: string, by: string | null): Promise<Promotion> {
  const previous = await liveVersion(db);
  const recall = await crisisRecallOnLabels(db, [version, previous]);
  const next = recall.get(version) ?? null;
  const before = recall.get(previous) ?? null;
  if (next !== null && before !== null && next < before) {
    throw new PromotionRefusedError(
      `promotion refused: ${version} catches ${(next * 100).toFixed(1)}% of the crises agents flagged, the live model ${previous} ${(before * 100).toFixed(1)}% — ` +
        'crisis recall must not drop. Train again with more crisis labels, or compare with `riskdesk model compare`.',
    );
  }
  await setLiveVersion(db, version, by);
  return { version, previous, crisisRecall: { new: next, previous: before } };
}
