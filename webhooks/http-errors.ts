import type { Response } from 'express';

/** Every non-2xx answer has the same JSON shape and says what to do about it. */
export function sendError(res: Response, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.status(status).json({ error: { code, message } });
}

export const MESSAGES = {
  unsupportedMediaType: 'send the webhook body as application/json',
  tooLarge: 'the body is larger than 1 MiB: webhook payloads this large are not accepted',
  invalidJson: 'the body is not valid JSON: check the webhook body template',
  unavailable: 'the queue (Redis) is unavailable right now; the event was not stored — retry later',
} as const;
