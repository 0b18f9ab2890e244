/**
 * Sliding-window limiter for the read APIs: at most `limit` hits per `windowMs` per key. Keys are
 * hashes of bearer tokens, never the tokens. Memory is bounded: a key keeps at most `limit`
 * timestamps and idle keys are swept.
 */
export interface RateDecision {
  allowed: boolean;
  /** Seconds until the next hit would be allowed (0 when allowed). */
  retryAfterSeconds: number;
  remaining: number;
}

export interface RateLimiter {
  hit(key: string): RateDecision;
}

export function createSlidingWindowLimiter(limit: number, windowMs = 60_000, now: () => number = Date.now): RateLimiter {
  const hits = new Map<string, number[]>();
  let lastSweep = now();

  function sweep(at: number): void {
    if (at - lastSweep < windowMs) return;
    lastSweep = at;
    for (const [key, times] of hits) {
      if (times.length === 0 || at - times[times.length - 1] >= windowMs) hits.delete(key);
    }
  }

  return {
    hit(key) {
      const at = now();
      sweep(at);
      const times = (hits.get(key) ?? []).filter((t) => at - t < windowMs);
      if (times.length >= limit) {
        hits.set(key, times);
        const retryAfterMs = windowMs - (at - times[0]);
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)), remaining: 0 };
      }
      times.push(at);
      hits.set(key, times);
      return { allowed: true, retryAfterSeconds: 0, remaining: limit - times.length };
    },
  };
}
