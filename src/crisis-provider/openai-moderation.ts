/**
 * `CRISIS_PROVIDER=openai-moderation`: POST {base}/moderations with omni-moderation-latest
 * (protocols: one result per input; category keys contain `/` and `-`; `illicit*` may be null).
 */
import { z } from 'zod';
import { apiBase, firstIssue, postJson } from './http';
import { verdictFromScores } from './moderation-mapping';
import { ProviderCallError, type CrisisProvider, type ProviderAnswer } from './types';

export const MODERATION_MODEL = 'omni-moderation-latest';

export const moderationResponseSchema = z.object({
  id: z.string().optional(),
  model: z.string(),
  results: z
    .array(
      z.object({
        flagged: z.boolean(),
        categories: z.record(z.string(), z.boolean().nullable()),
        category_scores: z.record(z.string(), z.number().min(0).max(1)),
      }),
    )
    .min(1),
});

export interface ModerationOptions {
  apiKey: string;
  baseUrl: string;
}

export function createModerationProvider(options: ModerationOptions): CrisisProvider {
  const url = `${apiBase(options.baseUrl)}/moderations`;
  return {
    name: 'openai-moderation',
    model: MODERATION_MODEL,
    promptVersion: null,
    async assess(text: string, signal: AbortSignal): Promise<ProviderAnswer> {
      const body = await postJson(url, { authorization: `Bearer ${options.apiKey}` }, { model: MODERATION_MODEL, input: text }, signal);
      const parsed = moderationResponseSchema.safeParse(body);
      if (!parsed.success) throw new ProviderCallError('malformed', `moderation answer: ${firstIssue(parsed.error.issues)}`);
      const [result] = parsed.data.results;
      if (!result) throw new ProviderCallError('malformed', 'moderation answer has no result');
      return { verdict: verdictFromScores(result.category_scores), model: parsed.data.model };
    },
  };
}
