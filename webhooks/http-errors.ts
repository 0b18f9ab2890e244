import type { ServerResponse } from 'node:http';

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Writes a small JSON answer straight to the socket. Webhook answers are never cached or
 * revalidated, so Express's ETag hashing and content-type negotiation (`res.json`) are work the
 * busiest path does not need.
 */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'Content-Type': JSON_TYPE, 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/** Every non-2xx answer has the same JSON shape and says what to do about it. */
export function sendError(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  sendJson(res, status, { error: { code, message } }, headers);
}

export const MESSAGES = {
  unsupportedMediaType: 'send the webhook body as application/json',
  tooLarge: 'the body is larger than 1 MiB: webhook payloads this large are not accepted',
  invalidJson: 'the body is not valid JSON: check the webhook body template',
  unavailable: 'the queue (Redis) is unavailable right now; the event was not stored — retry later',
} as const;
