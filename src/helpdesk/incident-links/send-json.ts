import type { HelpdeskSource } from '../../domain/ticket';
import { classifyHelpdeskFailure, VendorHttpFailure } from '../classify';
import { PermanentHelpdeskError } from '../errors';
import type { FetchFn } from '../paced-fetch';

export interface JsonAnswer {
  status: number;
  body: unknown;
}

/** One JSON request through the paced fetch; every non-2xx or network failure becomes a typed helpdesk error. */
export async function sendJson(
  fetchFn: FetchFn,
  ctx: { source: HelpdeskSource; operation: string; timeoutMs: number },
  url: string,
  method: string,
  headers: Record<string, string>,
  body?: object,
): Promise<JsonAnswer> {
  let response: Response;
  let text: string;
  try {
    response = await fetchFn(url, {
      method,
      headers: { Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
      ...(body ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(ctx.timeoutMs),
    });
    text = await response.text();
  } catch (error) {
    throw classifyHelpdeskFailure(error, ctx);
  }
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = text.slice(0, 200);
  }
  if (!response.ok) {
    throw classifyHelpdeskFailure(new VendorHttpFailure(response.status, { retryAfter: response.headers.get('retry-after'), rateLimitReset: response.headers.get('x-ratelimit-reset') }, parsed), ctx);
  }
  return { status: response.status, body: parsed };
}

export function unexpectedShape(source: HelpdeskSource, operation: string, status: number): PermanentHelpdeskError {
  return new PermanentHelpdeskError(`${source} ${operation}: unexpected response shape — is the API URL pointing at ${source === 'zendesk' ? 'Zendesk' : 'Intercom'}?`, { source, operation, status });
}
