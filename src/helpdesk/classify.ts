import type { HelpdeskSource } from '../domain/ticket';
import { ConflictError, HelpdeskError, PermanentHelpdeskError, RateLimitedError, TransientHelpdeskError } from './errors';
import { DEFAULT_RETRY_AFTER_MS, retryAfterMsFrom, type RateLimitHeaders } from './retry-after';

const MAX_ANSWER_CHARS = 500;
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/** A non-2xx answer seen by our own transport, before any SDK could reshape it. */
export class VendorHttpFailure extends Error {
  constructor(
    readonly status: number,
    readonly headers: RateLimitHeaders,
    readonly body: unknown,
  ) {
    super(`HTTP ${status}`);
    this.name = 'VendorHttpFailure';
  }
}

export interface FailureContext {
  source: HelpdeskSource;
  operation: string;
}

/** The vendor's answer as short text: its error fields, never our request. */
export function summarizeVendorBody(body: unknown): string | undefined {
  if (body === undefined || body === null || body === '') return undefined;
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return text.length > MAX_ANSWER_CHARS ? `${text.slice(0, MAX_ANSWER_CHARS)}…` : text;
}

/** Some libraries echo request headers in their messages: never let a credential through. */
function redactCredentials(text: string): string {
  return text.replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, '$1 [redacted]');
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

function numberField(record: Record<string, unknown> | undefined, key: string): number | undefined {
  const value = record?.[key];
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

/** Reads a header from a fetch `Headers`, a plain object, or nothing. */
function headerOf(headers: unknown, name: string): string | null {
  const record = asRecord(headers);
  if (!record) return null;
  if (typeof record.get === 'function') {
    const value: unknown = (record.get as (key: string) => unknown).call(headers, name);
    return typeof value === 'string' ? value : null;
  }
  const value = record[name] ?? record[name.toLowerCase()];
  return typeof value === 'string' ? value : null;
}

/** Maps an HTTP status (plus its rate-limit headers and body) to the typed error deciding the job's fate. */
export function errorForStatus(context: FailureContext, status: number, headers: RateLimitHeaders, body: unknown, cause?: unknown): HelpdeskError {
  const details = { ...context, status, vendorAnswer: summarizeVendorBody(body) };
  const where = `${context.source} ${context.operation}`;
  if (status === 429) {
    return new RateLimitedError({ ...details, retryAfterMs: retryAfterMsFrom(headers, DEFAULT_RETRY_AFTER_MS[context.source]) }, { cause });
  }
  if (status === 409) return new ConflictError(`${where}: the ticket changed since it was read (409) — re-read and retry`, details, { cause });
  if (status === 408 || status >= 500) return new TransientHelpdeskError(`${where}: helpdesk answered ${status} — will retry with backoff`, details, { cause });
  return new PermanentHelpdeskError(`${where}: helpdesk refused the request (${status}) — check credentials, ids and configuration; retrying will not help`, details, { cause });
}

function networkCode(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth += 1) {
    const record = asRecord(current);
    const code = record?.code;
    if (typeof code === 'string') return code;
    current = record?.cause;
  }
  return undefined;
}

function isTimeoutOrNetwork(error: Error): boolean {
  if (error.name === 'TimeoutError' || error.name === 'AbortError' || error.name === 'IntercomTimeoutError') return true;
  if (error.name === 'FetchError' || /fetch failed|socket hang up|network|timed? ?out/i.test(error.message)) return true;
  const code = networkCode(error);
  return code !== undefined && CONNECTION_CODES.has(code);
}

/**
 * Maps anything the SDKs or our transport throw (or node-zendesk resolves) to a typed HelpdeskError.
 * Unknown shapes become Transient: retrying a bounded number of times is the safe default.
 */
export function classifyHelpdeskFailure(error: unknown, context: FailureContext): HelpdeskError {
  if (error instanceof HelpdeskError) return error;
  if (error instanceof VendorHttpFailure) return errorForStatus(context, error.status, error.headers, error.body, error);
  const record = asRecord(error);
  const rawResponse = asRecord(record?.rawResponse);
  // node-zendesk errors carry statusCode + result; intercom-client's IntercomError statusCode + body + rawResponse.headers.
  const status = numberField(record, 'statusCode') ?? numberField(record, 'status');
  if (status !== undefined && status >= 400) {
    const headers = rawResponse?.headers;
    const rateHeaders = { retryAfter: headerOf(headers, 'retry-after'), rateLimitReset: headerOf(headers, 'x-ratelimit-reset') };
    return errorForStatus(context, status, rateHeaders, record?.body ?? record?.result, error);
  }
  const message = redactCredentials(error instanceof Error ? error.message : String(error));
  const where = `${context.source} ${context.operation}`;
  if (error instanceof Error && isTimeoutOrNetwork(error)) {
    return new TransientHelpdeskError(`${where}: no answer from the helpdesk (${networkCode(error) ?? error.name}) — will retry`, context, { cause: error });
  }
  return new TransientHelpdeskError(`${where}: unexpected failure (${message.slice(0, 200)}) — will retry`, context, { cause: error });
}
