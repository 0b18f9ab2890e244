/**
 * The optional crisis second opinion from a model service (docs/crisis-provider.md): what a
 * provider client offers, how a call ended, and what the audit keeps of it.
 */
import type { CrisisCategory } from '../triage/crisis/taxonomy';
import type { CrisisTier, ProviderVerdict } from '../triage/crisis/second-opinion';

export const CRISIS_PROVIDER_NAMES = ['openai-moderation', 'chat'] as const;
export type CrisisProviderName = (typeof CRISIS_PROVIDER_NAMES)[number];

export const PROVIDER_OUTCOMES = ['ok', 'timeout', 'error', 'malformed', 'rate_limited', 'skipped'] as const;
export type ProviderOutcome = (typeof PROVIDER_OUTCOMES)[number];

/** One vendor client: sends the (already masked, bounded) text, answers a validated verdict or throws ProviderCallError. */
export interface CrisisProvider {
  readonly name: CrisisProviderName;
  /** The model asked for (the answer may name the exact snapshot; see ProviderAnswer.model). */
  readonly model: string;
  /** Version of the prompt sent (chat), null when the service takes no prompt (moderation). */
  readonly promptVersion: string | null;
  assess(text: string, signal: AbortSignal): Promise<ProviderAnswer>;
}

export interface ProviderAnswer {
  verdict: ProviderVerdict;
  /** The model that answered, as the service names it. */
  model: string;
  /** The ticket intent the chat model names (kept in the audit only; the local classifier decides). */
  intent?: string;
}

/** Why a call gave no usable verdict; `detail` is short and never carries ticket text. */
export class ProviderCallError extends Error {
  constructor(
    readonly outcome: Exclude<ProviderOutcome, 'ok' | 'skipped' | 'timeout'>,
    readonly detail: string,
    readonly status: number | null = null,
  ) {
    super(`crisis provider ${outcome}: ${detail}`);
    this.name = 'ProviderCallError';
  }
}

/** What the audit trail keeps per decision about the second opinion. */
export interface CrisisProviderAudit {
  provider: CrisisProviderName;
  model: string;
  promptVersion: string | null;
  outcome: ProviderOutcome;
  latencyMs: number;
  /** True when the provider's verdict raised the tier above the local detector's. */
  raisedTier: boolean;
  /** The provider's own tier and category (null unless the outcome is `ok`). */
  tier: CrisisTier | null;
  category: CrisisCategory | null;
  /** The ticket intent the chat model named (`chat`, `ok` only; riskdesk's classifier still decides the intent). */
  intent: string | null;
  /** Short reason for a non-ok outcome (e.g. `HTTP 500`, `refusal`, `circuit open`), no ticket text. */
  detail: string | null;
}
