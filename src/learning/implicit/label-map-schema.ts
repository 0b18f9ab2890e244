/**
 * The rules file's optional `labels:` section: a team's own resolution tags that mean a label,
 * e.g. `confirmed_scam: { kind: intent, intent: scam_off_platform }`. Macros count through the
 * tags they add.
 */
import { z } from 'zod';
import { INTENTS } from '../../triage/types';
import { LABEL_KINDS } from '../labels/label-types';

export const labelSpecSchema = z
  .strictObject({
    kind: z.enum(LABEL_KINDS),
    intent: z.enum(INTENTS).optional(),
  })
  .refine((spec) => (spec.kind === 'intent') === (spec.intent !== undefined), 'give `intent` (one of the 12 intents) exactly when kind is intent');

export const labelMapSchema = z.strictObject({
  tags: z.record(z.string().min(1).max(80), labelSpecSchema).default({}),
});

export type LabelSpec = z.infer<typeof labelSpecSchema>;
export type LabelMap = z.infer<typeof labelMapSchema>;
