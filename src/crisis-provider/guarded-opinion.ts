/**
 * The second opinion as the worker uses it: masked text out, a bounded wait, a small circuit
 * breaker, and a result that is ALWAYS a verdict — the local one when the provider failed, timed
 * out, answered garbage or was skipped. Never rejects; resolves within the timeout (plus a tick).
 */
import type { Logger } from '../logging/logger';
import type { Metrics } from '../metrics/metrics';
import { mergeSecondOpinion } from '../triage/crisis/second-opinion';
import type { CrisisResult } from '../triage/types';
import { maskForProvider } from './mask';
import { ProviderCallError, type CrisisProvider, type CrisisProviderAudit, type ProviderAnswer, type ProviderOutcome } from './types';

export interface SecondOpinionOutcome {
  /** The verdict decide() uses: the local one, raised by the provider when it said more. */
  result: CrisisResult;
  audit: CrisisProviderAudit;
}

/** `meta` names the ticket in the log line (ids only). */
export type CrisisSecondOpinion = (text: string, local: CrisisResult, meta?: { ticketId?: string }) => Promise<SecondOpinionOutcome>;

export interface BreakerOptions {
  /** Consecutive failures that open the circuit (default 3). */
  failures: number;
  /** How long an open circuit skips the provider before one trial call (default 30 s). */
  cooldownMs: number;
}

export interface SecondOpinionOptions {
  provider: CrisisProvider;
  timeoutMs: number;
  logger: Logger;
  metrics?: Metrics;
  breaker?: Partial<BreakerOptions>;
  now?: () => number;
}

const TIMED_OUT = Symbol('timed out');

interface Failure {
  outcome: Exclude<ProviderOutcome, 'ok' | 'skipped'>;
  detail: string;
  status: number | null;
}

// Duck-typed: errors from fetch may come from another realm (undici), where `instanceof Error` fails.
const fieldOf = (value: unknown, key: string): unknown => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined);

function failureOf(error: unknown): Failure {
  if (error instanceof ProviderCallError) return { outcome: error.outcome, detail: error.detail, status: error.status };
  const name = fieldOf(error, 'name');
  if (name === 'AbortError' || name === 'TimeoutError') return { outcome: 'timeout', detail: 'aborted', status: null };
  // Network failures: fetch says "fetch failed" and puts the reason (ECONNREFUSED, …) in `cause`.
  const code = fieldOf(fieldOf(error, 'cause'), 'code') ?? fieldOf(error, 'code');
  return { outcome: 'error', detail: typeof code === 'string' ? code : typeof name === 'string' ? name : 'unknown error', status: null };
}

/** Calls `work` with a signal aborted at `timeoutMs`; answers TIMED_OUT then even if `work` ignores the signal. */
async function withTimeout<T>(timeoutMs: number, work: (signal: AbortSignal) => Promise<T>): Promise<T | typeof TIMED_OUT> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve(TIMED_OUT);
    }, timeoutMs);
  });
  try {
    return await Promise.race([work(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

export function createCrisisSecondOpinion(options: SecondOpinionOptions): CrisisSecondOpinion {
  const { provider, logger, metrics } = options;
  const now = options.now ?? Date.now;
  const breaker: BreakerOptions = { failures: 3, cooldownMs: 30_000, ...options.breaker };
  let consecutiveFailures = 0;
  let openUntil = 0;

  const audit = (outcome: ProviderOutcome, latencyMs: number, fields: Partial<CrisisProviderAudit> = {}): CrisisProviderAudit => ({
    provider: provider.name,
    model: provider.model,
    promptVersion: provider.promptVersion,
    outcome,
    latencyMs,
    raisedTier: false,
    tier: null,
    category: null,
    intent: null,
    detail: null,
    ...fields,
  });

  const failed = (failure: Failure, latencyMs: number, ticketId: string | undefined): CrisisProviderAudit => {
    consecutiveFailures += 1;
    const opens = consecutiveFailures >= breaker.failures;
    if (opens) openUntil = now() + breaker.cooldownMs;
    // One line, no ticket text: which provider, how it ended, how long it took.
    logger.warn(
      { provider: provider.name, model: provider.model, outcome: failure.outcome, detail: failure.detail, status: failure.status, latencyMs, ticketId, ...(opens ? { skippingForMs: breaker.cooldownMs } : {}) },
      opens ? 'crisis provider gave no verdict: the local verdict stands; provider skipped for a while' : 'crisis provider gave no verdict: the local verdict stands',
    );
    return audit(failure.outcome, latencyMs, { detail: failure.detail });
  };

  return async (text, local, meta = {}) => {
    if (now() < openUntil) {
      metrics?.crisisProvider(provider.name, 'skipped', false, 0);
      return { result: local, audit: audit('skipped', 0, { detail: 'circuit open after repeated failures' }) };
    }
    const started = now();
    let answer: ProviderAnswer | typeof TIMED_OUT | null = null;
    let failure: Failure | null = null;
    try {
      answer = await withTimeout(options.timeoutMs, (signal) => provider.assess(maskForProvider(text), signal));
    } catch (error) {
      failure = failureOf(error);
    }
    const latencyMs = now() - started;
    if (answer === TIMED_OUT) failure = { outcome: 'timeout', detail: `no answer within ${options.timeoutMs} ms`, status: null };
    if (failure || answer === null || answer === TIMED_OUT) {
      const recorded = failed(failure ?? { outcome: 'error', detail: 'no answer', status: null }, latencyMs, meta.ticketId);
      metrics?.crisisProvider(provider.name, recorded.outcome, false, latencyMs);
      return { result: local, audit: recorded };
    }
    consecutiveFailures = 0;
    const merged = mergeSecondOpinion(local, answer.verdict);
    metrics?.crisisProvider(provider.name, 'ok', merged.raised, latencyMs);
    return {
      result: merged.result,
      audit: audit('ok', latencyMs, { model: answer.model, raisedTier: merged.raised, tier: answer.verdict.tier, category: answer.verdict.category, intent: answer.intent ?? null }),
    };
  };
}
