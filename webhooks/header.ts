import type { IncomingHttpHeaders } from 'node:http';

/** A header's single value (a repeated header is treated as absent: it is never legitimate here). */
export function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}
