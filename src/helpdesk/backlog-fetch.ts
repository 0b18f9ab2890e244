/** One paced JSON request of a backlog reader, with typed failures and a 30 s timeout. */
import type { z } from 'zod';
import type { HelpdeskSource } from '../domain/ticket';
import { classifyHelpdeskFailure, errorForStatus } from './classify';
import { PermanentHelpdeskError } from './errors';
import type { FetchFn } from './paced-fetch';
import type { RequestPacer } from './types';

export interface BacklogFetchInit {
  source: HelpdeskSource;
  operation: string;
  pacer: RequestPacer;
  fetchImpl: FetchFn;
  timeoutMs?: number;
}

export interface JsonAnswer<T> {
  status: number;
  data: T;
}

/** Returns the parsed answer, or the raw status and body for the caller to judge a 4xx itself. */
export async function backlogJson<T>(init: BacklogFetchInit, url: string, request: RequestInit, schema: z.ZodType<T>): Promise<JsonAnswer<T>> {
  const context = { source: init.source, operation: init.operation };
  let response: Response;
  let body: unknown;
  try {
    await init.pacer.acquire(init.source);
    response = await init.fetchImpl(url, { ...request, signal: AbortSignal.timeout(init.timeoutMs ?? 30_000) });
    const text = await response.text();
    try {
      body = text ? (JSON.parse(text) as unknown) : null;
    } catch {
      body = text;
    }
  } catch (error) {
    throw classifyHelpdeskFailure(error, context);
  }
  if (!response.ok) {
    throw errorForStatus(context, response.status, { retryAfter: response.headers.get('retry-after'), rateLimitReset: response.headers.get('x-ratelimit-reset') }, body);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const problem = parsed.error.issues[0];
    throw new PermanentHelpdeskError(`${init.source} ${init.operation}: unexpected response shape (${problem?.path.join('.') ?? ''}: ${problem?.message ?? ''})`, { ...context, status: response.status });
  }
  return { status: response.status, data: parsed.data };
}
