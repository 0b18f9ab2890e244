/** What the receivers answer when they refuse a delivery (the body shape is src/http/http-error.ts). */
export const MESSAGES = {
  unsupportedMediaType: 'send the webhook body as application/json',
  tooLarge: 'the body is larger than 1 MiB: webhook payloads this large are not accepted',
  invalidJson: 'the body is not valid JSON: check the webhook body template',
  unavailable: 'the queue (Redis) is unavailable right now; the event was not stored — retry later',
} as const;
