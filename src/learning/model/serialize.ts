/**
 * Weights to text and back: the intent model's per-feature log-likelihoods as one Float32 array
 * (12 values per feature) beside the feature list, the crisis model as its adapter serialises it;
 * gzipped and base64-encoded into one column. Float32 keeps every decision of the Float64 model
 * to well within its rounding (log-likelihoods are summed and tempered before any comparison).
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import type { NaiveBayes } from '../../triage/classify/bayes/model';
import { INTENTS } from '../../triage/types';
import { deserializeCrisis, serializeCrisis, type CrisisModelHandle } from '../crisis-model-adapter';

const payloadSchema = z.object({
  format: z.literal(1),
  intent: z.object({ features: z.array(z.string()), values: z.string() }),
  crisis: z.unknown(),
});

export function serializeWeights(intent: NaiveBayes, crisis: CrisisModelHandle): string {
  const features = [...intent.logLikelihood.keys()];
  const values = new Float32Array(features.length * INTENTS.length);
  features.forEach((feature, i) => {
    const row = intent.logLikelihood.get(feature);
    if (row) values.set(row, i * INTENTS.length);
  });
  const payload = { format: 1, intent: { features, values: Buffer.from(values.buffer).toString('base64') }, crisis: serializeCrisis(crisis) };
  return gzipSync(JSON.stringify(payload)).toString('base64');
}

export function deserializeWeights(text: string): { intent: NaiveBayes; crisis: CrisisModelHandle } {
  const payload = payloadSchema.parse(JSON.parse(gunzipSync(Buffer.from(text, 'base64')).toString('utf8')));
  const raw = Buffer.from(payload.intent.values, 'base64');
  const values = new Float32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
  const width = INTENTS.length;
  if (values.length !== payload.intent.features.length * width) throw new Error('stored intent weights do not match their feature list: the model row is damaged');
  const logLikelihood = new Map<string, Float64Array>();
  payload.intent.features.forEach((feature, i) => logLikelihood.set(feature, Float64Array.from(values.subarray(i * width, (i + 1) * width))));
  return { intent: { logLikelihood, classes: INTENTS }, crisis: deserializeCrisis(payload.crisis) };
}
