/**
 * `CRISIS_PROVIDER=chat`: any OpenAI-compatible POST {base}/chat/completions (OpenAI, Azure
 * OpenAI v1, vLLM, Ollama, llama.cpp server) asked for JSON under the versioned crisis prompt.
 * The schema travels in the NESTED `response_format.json_schema.{name,schema,strict}` shape, the
 * one all four read (llama.cpp silently ignores a flat `schema`); temperature is set because
 * Ollama's compat layer defaults it to 1.0.
 */
import { parseChatAnswer } from './chat-answer';
import { apiBase, postJson } from './http';
import { CRISIS_ANSWER_JSON_SCHEMA, CRISIS_ANSWER_SCHEMA_NAME, CRISIS_PROMPT_VERSION, CRISIS_SYSTEM_PROMPT, crisisUserMessage } from './prompts/crisis-v1';
import type { CrisisProvider, ProviderAnswer } from './types';

/** Room for the answer: five short excerpts and the flags. A cut-off answer is `malformed`. */
export const CHAT_MAX_TOKENS = 600;

export interface ChatOptions {
  baseUrl: string;
  model: string;
  apiKey?: string;
}

function authHeaders(baseUrl: string, apiKey: string | undefined): Record<string, string> {
  if (!apiKey) return {};
  // Azure OpenAI takes its key in `api-key`; everyone else in a bearer token.
  return /\.openai\.azure\.com$/i.test(new URL(baseUrl).hostname) ? { 'api-key': apiKey } : { authorization: `Bearer ${apiKey}` };
}

export function chatRequestBody(model: string, text: string): Record<string, unknown> {
  return {
    model,
    messages: [
      { role: 'system', content: CRISIS_SYSTEM_PROMPT },
      { role: 'user', content: crisisUserMessage(text) },
    ],
    temperature: 0,
    top_p: 1,
    max_tokens: CHAT_MAX_TOKENS,
    stream: false,
    response_format: { type: 'json_schema', json_schema: { name: CRISIS_ANSWER_SCHEMA_NAME, description: 'riskdesk crisis second opinion', schema: CRISIS_ANSWER_JSON_SCHEMA, strict: true } },
  };
}

export function createChatProvider(options: ChatOptions): CrisisProvider {
  const url = `${apiBase(options.baseUrl)}/chat/completions`;
  const headers = authHeaders(options.baseUrl, options.apiKey);
  return {
    name: 'chat',
    model: options.model,
    promptVersion: CRISIS_PROMPT_VERSION,
    async assess(text: string, signal: AbortSignal): Promise<ProviderAnswer> {
      const body = await postJson(url, headers, chatRequestBody(options.model, text), signal);
      const answer = parseChatAnswer(body);
      return { verdict: answer.verdict, model: answer.model ?? options.model, intent: answer.intent };
    },
  };
}
