/**
 * A short-lived cache in front of a LoadView: several agents (and refresh clicks) looking at the
 * same ticket within `ttlMs` share one load, so the sidebar does not spend the helpdesk API
 * budget the worker needs. Concurrent loads of one ticket share one promise; failures are not
 * cached. At most `maxEntries` tickets are kept (oldest evicted first).
 */
import type { ContextView } from './context-view';
import type { LoadView } from './view-loader';

interface Entry {
  at: number;
  value: Promise<ContextView | null>;
}

export function cacheViews(load: LoadView, ttlMs = 15_000, maxEntries = 500, now: () => number = Date.now): LoadView {
  const entries = new Map<string, Entry>();
  return (source, ticketId, fallback) => {
    const key = `${source}:${ticketId}`;
    const at = now();
    const hit = entries.get(key);
    if (hit && at - hit.at < ttlMs) return hit.value;
    entries.delete(key);
    const value = load(source, ticketId, fallback);
    entries.set(key, { at, value });
    value.catch(() => {
      if (entries.get(key)?.value === value) entries.delete(key);
    });
    while (entries.size > maxEntries) {
      const oldest = entries.keys().next();
      if (oldest.done) break;
      entries.delete(oldest.value);
    }
    return value;
  };
}
