/** Versioned models in the database, and the live-model pointer (one row; none = the corpus model). */
import { z } from 'zod';
import type { Queryable } from '../../store/db';
import { CORPUS_VERSION, type LearnedModel } from './learned-model';
import { deserializeWeights, serializeWeights } from './serialize';

export const heldOutFiguresSchema = z.object({
  labels: z.number(),
  intentAccuracy: z.number().nullable(),
  crisisRecall: z.number().nullable(),
  crisisPrecision: z.number().nullable(),
});

export const modelMetadataSchema = z.object({
  version: z.string(),
  created: z.string(),
  training: z.object({ corpusIntent: z.number(), corpusCrisis: z.number(), labelIntent: z.number(), labelCrisis: z.number(), labelsHeldOut: z.number() }),
  /** Labels made after this instant were held out (time-ordered split); null when none were. */
  heldOutFrom: z.string().nullable(),
  heldOut: heldOutFiguresSchema,
});
export type ModelMetadata = z.infer<typeof modelMetadataSchema>;
export type HeldOutFigures = z.infer<typeof heldOutFiguresSchema>;

export async function saveModel(db: Queryable, model: LearnedModel, metadata: ModelMetadata): Promise<void> {
  await db.query('INSERT INTO learning_models (version, metadata, weights) VALUES ($1, $2::jsonb, $3)', [model.version, JSON.stringify(metadata), serializeWeights(model.intent, model.crisis)]);
}

export async function loadModel(db: Queryable, version: string): Promise<{ model: LearnedModel; metadata: ModelMetadata } | null> {
  const { rows } = await db.query<{ metadata: unknown; weights: string }>('SELECT metadata, weights FROM learning_models WHERE version = $1', [version]);
  const row = rows[0];
  if (!row) return null;
  const metadata = modelMetadataSchema.parse(typeof row.metadata === 'string' ? JSON.parse(row.metadata) : row.metadata);
  return { model: { version, ...deserializeWeights(row.weights) }, metadata };
}

export async function listModels(db: Queryable): Promise<ModelMetadata[]> {
  const { rows } = await db.query<{ metadata: unknown }>('SELECT metadata FROM learning_models ORDER BY created_at DESC, version');
  return rows.map((row) => modelMetadataSchema.parse(typeof row.metadata === 'string' ? JSON.parse(row.metadata) : row.metadata));
}

/** The promoted version, or `corpus` when nothing was promoted. */
export async function liveVersion(db: Queryable): Promise<string> {
  const { rows } = await db.query<{ version: string }>('SELECT version FROM learning_live_model WHERE id = 1');
  return rows[0]?.version ?? CORPUS_VERSION;
}

export async function setLiveVersion(db: Queryable, version: string, by: string | null): Promise<void> {
  await db.query(
    `INSERT INTO learning_live_model (id, version, promoted_at, promoted_by) VALUES (1, $1, now(), $2)
     ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, promoted_at = now(), promoted_by = EXCLUDED.promoted_by`,
    [version, by],
  );
}
