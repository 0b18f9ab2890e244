import type { HelpdeskSource } from '../domain/ticket';
import type { RequestPacer } from './types';

export type FetchFn = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/**
 * Global fetch behind the shared request budget: the pacer is awaited before EVERY request,
 * so bursts from any number of workers stay inside the helpdesk's per-minute budget.
 */
export function pacedFetch(source: HelpdeskSource, pacer: RequestPacer, fetchImpl: FetchFn = fetch): FetchFn {
  return async (input, init) => {
    await pacer.acquire(source);
    return fetchImpl(input, init);
  };
}
