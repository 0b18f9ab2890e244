import type { HelpdeskSource } from '../domain/ticket';
import type { SentRequest } from './types';

/**
 * Typed helpdesk failures. The worker decides a job's fate from the class alone:
 * RateLimited → wait (no attempt spent), Transient → backoff retry, Conflict → re-read and
 * re-decide, Permanent → fail at once with the helpdesk's answer recorded.
 * Messages and `vendorAnswer` never carry tokens or request bodies (notes, emails).
 */
export interface HelpdeskErrorDetails {
  source: HelpdeskSource;
  /** What riskdesk was doing, e.g. `show_ticket`, `update_ticket`, `reply_note`. */
  operation: string;
  status?: number;
  /** The helpdesk's own answer (error codes/messages), truncated; never our request. */
  vendorAnswer?: string;
}

export class HelpdeskError extends Error {
  readonly source: HelpdeskSource;
  readonly operation: string;
  readonly status?: number;
  readonly vendorAnswer?: string;
  /** Requests of the same write-back that succeeded before this failure (for the audit trail). */
  sentRequests: SentRequest[] = [];

  constructor(message: string, details: HelpdeskErrorDetails, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.source = details.source;
    this.operation = details.operation;
    this.status = details.status;
    this.vendorAnswer = details.vendorAnswer;
  }

  /** A JSON-safe summary for the audit trail and logs. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, source: this.source, operation: this.operation, status: this.status, vendorAnswer: this.vendorAnswer, sentRequests: this.sentRequests };
  }
}

/** 429: the job should wait `retryAfterMs` without spending an attempt; every worker backs off. */
export class RateLimitedError extends HelpdeskError {
  readonly retryAfterMs: number;

  constructor(details: HelpdeskErrorDetails & { retryAfterMs: number }, options?: { cause?: unknown }) {
    super(
      `${details.source} rate limit hit during ${details.operation}: retry in ${Math.ceil(details.retryAfterMs / 1000)} s (lower ${details.source.toUpperCase()}_MAX_RPM if this repeats)`,
      { ...details, status: details.status ?? 429 },
      options,
    );
    this.retryAfterMs = details.retryAfterMs;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), retryAfterMs: this.retryAfterMs };
  }
}

/** 5xx, timeouts, connection errors: retry with exponential backoff. */
export class TransientHelpdeskError extends HelpdeskError {}

/** 409 on a `safe_update`: someone changed the ticket since we read it — re-read, re-decide, retry. */
export class ConflictError extends HelpdeskError {}

/** Any other 4xx (or an answer we cannot use): retrying will not help; record the answer and fail. */
export class PermanentHelpdeskError extends HelpdeskError {}

export function isHelpdeskError(error: unknown): error is HelpdeskError {
  return error instanceof HelpdeskError;
}

/** Runs a write-back; a HelpdeskError leaving it carries the requests that had already succeeded. */
export async function withSentRequests<T>(requests: SentRequest[], run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof HelpdeskError) error.sentRequests = [...requests];
    throw error;
  }
}
