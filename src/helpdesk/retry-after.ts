/** Default waits when a 429 names none: Zendesk budgets are per minute, Intercom's per 10 s window. */
export const DEFAULT_RETRY_AFTER_MS = { zendesk: 60_000, intercom: 10_000 } as const;
const MIN_RETRY_AFTER_MS = 1_000;
const MAX_RETRY_AFTER_MS = 15 * 60_000;

export interface RateLimitHeaders {
  retryAfter?: string | null;
  /** Intercom: unix seconds when the window resets. */
  rateLimitReset?: string | null;
}

function clamp(ms: number): number {
  return Math.min(Math.max(Math.ceil(ms), MIN_RETRY_AFTER_MS), MAX_RETRY_AFTER_MS);
}

/** `Retry-After: 7` or `Retry-After: <HTTP date>` → ms; null when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return clamp(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : clamp(date - now);
}

/** `X-RateLimit-Reset: <unix seconds>` → ms until then; null when absent or unreadable. */
export function parseRateLimitReset(value: string | null | undefined, now = Date.now()): number | null {
  if (!value || !/^\d+$/.test(value.trim())) return null;
  return clamp(Number(value.trim()) * 1000 - now);
}

/** Retry-After wins (it is the explicit instruction); then the window reset; then the default. */
export function retryAfterMsFrom(headers: RateLimitHeaders, fallbackMs: number, now = Date.now()): number {
  return parseRetryAfter(headers.retryAfter, now) ?? parseRateLimitReset(headers.rateLimitReset, now) ?? fallbackMs;
}
