/**
 * THE ONE PLACE src/learning touches the crisis detector's model: training, (de)serialising and
 * deciding with a given model. Everything else in src/learning sees an opaque handle.
 */
import { z } from 'zod';
import { lineText, readCorpus, type CorpusLine } from '../triage/crisis/corpus';
import { detectCrisisWith } from '../triage/crisis/detector';
import { GATE_BUCKETS } from '../triage/crisis/lexical-gate';
import { BUCKETS, K, type CrisisModel } from '../triage/crisis/logreg';
import { getCrisisModel, trainFromLinesCached } from '../triage/crisis/model-training';
import type { CrisisCategory } from '../triage/crisis/taxonomy';
import type { CrisisResult } from '../triage/types';

export type CrisisModelHandle = CrisisModel;

/** A crisis training example: the ticket's subject and text joined. Agent labels carry no category. */
export interface CrisisTrainingExample {
  text: string;
  crisis: boolean;
  category?: CrisisCategory | null;
  hardNegative?: boolean;
}

/** The shipped crisis corpus (data/crisis/). */
export function corpusCrisisExamples(): CrisisTrainingExample[] {
  return readCorpus().lines.map((line) => ({ text: lineText(line), crisis: line.crisis, category: line.crisisCategory ?? null, hardNegative: line.hardNegative }));
}

/** The model the detector uses out of the box (trained on the shipped corpus). */
export function corpusCrisisModel(): CrisisModelHandle {
  return getCrisisModel();
}

export function trainCrisis(examples: readonly CrisisTrainingExample[]): CrisisModelHandle {
  const lines: CorpusLine[] = examples.map((e, i) => ({
    id: `train-${i}`,
    lang: 'unknown',
    text: e.text,
    crisis: e.crisis,
    crisisCategory: e.category ?? null,
    hardNegative: e.hardNegative,
    file: 'labels',
  }));
  return trainFromLinesCached(lines);
}

export function detectCrisisWithModel(model: CrisisModelHandle, text: string): CrisisResult {
  return detectCrisisWith(text, model);
}

const serialized = z.object({
  weights: z.string(),
  bias: z.string(),
  gate: z.object({ weights: z.string(), bias: z.number(), threshold: z.number() }).optional(),
});

const toBase64 = (array: Float32Array): string => Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');

function fromBase64(text: string, length: number, what: string): Float32Array {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.byteLength !== length * 4) throw new Error(`stored crisis model: ${what} has ${bytes.byteLength / 4} values, expected ${length} — retrain with riskdesk model train`);
  const copy = new Uint8Array(bytes);
  return new Float32Array(copy.buffer);
}

/** The lexical gate travels with the model: without it a stored model would read only where a cue list matches. */
export function serializeCrisis(model: CrisisModelHandle): unknown {
  const gate = model.gate === undefined ? undefined : { weights: toBase64(model.gate.weights), bias: model.gate.bias, threshold: model.gate.threshold };
  return { weights: toBase64(model.weights), bias: toBase64(model.bias), gate };
}

/** A model stored before the gate was kept borrows the shipped corpus' gate (it only decides where the model reads). */
export function deserializeCrisis(json: unknown): CrisisModelHandle {
  const parsed = serialized.parse(json);
  const gate = parsed.gate === undefined ? getCrisisModel().gate : { weights: fromBase64(parsed.gate.weights, GATE_BUCKETS, 'gate weights'), bias: parsed.gate.bias, threshold: parsed.gate.threshold };
  return { weights: fromBase64(parsed.weights, BUCKETS * K, 'weights'), bias: fromBase64(parsed.bias, K, 'bias'), gate };
}
