/**
 * The chat model's answer, validated with zod even when the server enforced the schema (Ollama
 * ignores `strict`, some servers ignore the schema altogether): a reply that breaks the contract
 * is `malformed` and the local verdict stands.
 */
import { z } from 'zod';
import { CRISIS_CATEGORIES } from '../triage/crisis/taxonomy';
import type { ProviderVerdict } from '../triage/crisis/second-opinion';
import { INTENTS, type Intent } from '../triage/types';
import { firstIssue } from './http';
import { ProviderCallError } from './types';

const MAX_EVIDENCE = 5;
const MAX_EXCERPT = 200;

export const chatCompletionSchema = z.object({
  model: z.string().optional(),
  choices: z
    .array(
      z.object({
        message: z.object({ content: z.string().nullable().optional(), refusal: z.string().nullable().optional() }),
        finish_reason: z.string().nullable().optional(),
      }),
    )
    .min(1),
});

export const crisisAnswerSchema = z.object({
  crisis: z.boolean(),
  crisisReview: z.boolean(),
  category: z.enum(CRISIS_CATEGORIES).nullable(),
  evidence: z.array(z.object({ excerpt: z.string(), kind: z.string().min(1).max(64), category: z.enum(CRISIS_CATEGORIES) })),
  intent: z.string(),
});
export type CrisisAnswer = z.infer<typeof crisisAnswerSchema>;

export interface ParsedChatAnswer {
  verdict: ProviderVerdict;
  model: string | undefined;
  intent: Intent;
}

function answerContent(body: unknown): { content: string; model: string | undefined } {
  const parsed = chatCompletionSchema.safeParse(body);
  if (!parsed.success) throw new ProviderCallError('malformed', `chat answer: ${firstIssue(parsed.error.issues)}`);
  const [choice] = parsed.data.choices;
  if (!choice) throw new ProviderCallError('malformed', 'chat answer has no choice');
  if (choice.message.refusal) throw new ProviderCallError('error', 'refusal');
  if (choice.finish_reason === 'length') throw new ProviderCallError('malformed', 'answer cut off at the token limit (truncated JSON)');
  if (!choice.message.content) throw new ProviderCallError('malformed', 'chat answer has no content');
  return { content: choice.message.content, model: parsed.data.model };
}

export function parseChatAnswer(body: unknown): ParsedChatAnswer {
  const { content, model } = answerContent(body);
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    throw new ProviderCallError('malformed', `content is not JSON (${content.length} characters)`);
  }
  const answer = crisisAnswerSchema.safeParse(json);
  if (!answer.success) throw new ProviderCallError('malformed', `answer breaks the schema: ${firstIssue(answer.error.issues)}`);
  const a = answer.data;
  // Both flags set: the stronger claim stands (the merge only ever raises anyway).
  const tier = a.crisis ? 'crisis' : a.crisisReview ? 'review' : 'none';
  if (tier !== 'none' && a.category === null) throw new ProviderCallError('malformed', `tier ${tier} without a category`);
  const evidence = a.evidence.slice(0, MAX_EVIDENCE).map((e) => ({ excerpt: e.excerpt.trim().slice(0, MAX_EXCERPT), kind: e.kind, category: e.category, language: 'unknown' as const }));
  const intent: Intent = (INTENTS as readonly string[]).includes(a.intent) ? (a.intent as Intent) : 'other';
  return {
    verdict: { tier, category: tier === 'none' ? null : a.category, score: tier === 'crisis' ? 1 : tier === 'review' ? 0.5 : 0, evidence: tier === 'none' ? [] : evidence },
    model,
    intent,
  };
}
