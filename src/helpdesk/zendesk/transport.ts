import { VendorHttpFailure } from '../classify';
import type { FetchFn } from '../paced-fetch';

/**
 * node-zendesk transport (its `transportConfig`). Why our own: node-zendesk's default reads
 * every non-2xx it does not list (502, 504, 410…) as SUCCESS, and RESOLVES (not throws) a 429
 * carrying Retry-After. Here every non-2xx becomes a VendorHttpFailure with its status, rate-limit
 * headers and the vendor's answer, before node-zendesk can reshape it; requests get a timeout
 * (node-zendesk has none) and pass through the pacer (via `fetchFn`).
 */
export interface ZendeskTransportInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => '');
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function zendeskTransport(fetchFn: FetchFn, timeoutMs: number) {
  return {
    async transportFn(uri: string, init: ZendeskTransportInit): Promise<Response> {
      // A clean RequestInit: node-zendesk passes its whole options object (token included) as init.
      const response = await fetchFn(uri, { method: init.method, headers: init.headers, body: init.body, signal: AbortSignal.timeout(timeoutMs) });
      if (response.status >= 200 && response.status < 300) return response;
      // Zendesk's `ratelimit-reset` is a delta, not a unix time: Retry-After is the instruction to follow.
      const headers = { retryAfter: response.headers.get('retry-after') };
      throw new VendorHttpFailure(response.status, headers, await readBody(response));
    },
    /** Same shape as node-zendesk's fetch adapter, minus Retry-After on a 2xx (which it would turn into a fake 429). */
    responseAdapter(response: Response) {
      return {
        json: () => response.json() as Promise<unknown>,
        status: response.status,
        statusText: response.statusText,
        headers: { get: (name: string) => (name.toLowerCase() === 'retry-after' ? null : response.headers.get(name)) },
      };
    },
  };
}
