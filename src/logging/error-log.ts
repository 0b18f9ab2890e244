/**
 * Errors that arrive as events (ioredis connections, BullMQ queues and workers) logged through
 * pino, one JSON line each, at most once per distinct message per window: a Redis outage makes
 * every connection report every reconnect attempt, and the log must not drown in them. The next
 * line after a quiet window says how many repeats were not logged.
 */
/** Anything with an 'error' event (ioredis Redis, BullMQ Queue, Worker, QueueEvents). */
export interface ErrorSource {
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export interface ErrorLog {
  /** Logs `source`'s 'error' events (and stops Node from printing them, or crashing on them). */
  watch(source: ErrorSource, component: string): void;
  report(error: unknown, component: string): void;
  /** Forgets what was logged (after a recovery, the next outage's first error is news again). */
  reset(): void;
}

export interface ErrorLogOptions {
  /** The message's subject, e.g. "Redis error". */
  what: string;
  /** What the error means for the service and what to do, added to each line. */
  hint?: string;
  windowMs?: number;
  now?: () => number;
}

const DEFAULT_WINDOW_MS = 60_000;
const MAX_TRACKED_MESSAGES = 100;

function describe(error: unknown): { message: string; code?: string } {
  if (!(error instanceof Error)) return { message: String(error) };
  const code = (error as NodeJS.ErrnoException).code;
  return typeof code === 'string' ? { message: error.message, code } : { message: error.message };
}

/** What the error log needs of a logger (a pino Logger is one). */
export interface WarnLogger {
  warn(fields: object, msg: string): void;
}

export function createErrorLog(logger: WarnLogger, options: ErrorLogOptions): ErrorLog {
  const windowMs = options.windowMs ?? DEFAULT_WINDOW_MS;
  const now = options.now ?? Date.now;
  const seen = new Map<string, { loggedAt: number; repeats: number }>();
  const report = (error: unknown, component: string): void => {
    const described = describe(error);
    const entry = seen.get(described.message);
    const at = now();
    if (entry && at - entry.loggedAt < windowMs) {
      entry.repeats += 1;
      return;
    }
    if (!entry && seen.size >= MAX_TRACKED_MESSAGES) seen.clear();
    const repeats = entry?.repeats ?? 0;
    seen.set(described.message, { loggedAt: at, repeats: 0 });
    // `error`, not pino's `err`: its serializer would add an empty stack and a type to this plain object.
    logger.warn({ component, error: described, ...(repeats > 0 ? { repeatsNotLogged: repeats } : {}), ...(options.hint ? { hint: options.hint } : {}) }, `${options.what}: ${described.message}`);
  };
  return {
    report,
    reset: () => seen.clear(),
    watch: (source, component) => {
      source.on('error', (error) => report(error, component));
    },
  };
}
