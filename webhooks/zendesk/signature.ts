import type { IncomingHttpHeaders } from 'node:http';
import { matchesAnySecret } from '../../src/security/hmac';
import { headerValue } from '../header';
import type { Rejection } from '../types';

export const ZENDESK_SIGNATURE_HEADER = 'x-zendesk-webhook-signature';
export const ZENDESK_TIMESTAMP_HEADER = 'x-zendesk-webhook-signature-timestamp';

/** Zendesk sends ISO 8601 (`2021-03-25T05:09:27Z`); unix seconds are accepted too. */
export function parseSignatureTimestamp(value: string): number | undefined {
  if (/^\d{9,11}$/.test(value)) return Number(value) * 1000;
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

/**
 * base64(HMAC-SHA256(secret, timestamp + raw body)), compared in constant time against every
 * configured secret; the timestamp must lie within ±toleranceSeconds of now (replay window).
 */
export function verifyZendeskSignature(
  raw: Buffer,
  headers: IncomingHttpHeaders,
  secrets: readonly string[],
  toleranceSeconds: number,
  nowMs: number,
): Rejection | null {
  const signature = headerValue(headers, ZENDESK_SIGNATURE_HEADER);
  const timestamp = headerValue(headers, ZENDESK_TIMESTAMP_HEADER);
  if (!signature || !timestamp) {
    return { code: 'missing_signature', message: `send the ${ZENDESK_SIGNATURE_HEADER} and ${ZENDESK_TIMESTAMP_HEADER} headers (Zendesk adds them to every webhook request)` };
  }
  const signedAt = parseSignatureTimestamp(timestamp);
  if (signedAt === undefined) {
    return { code: 'invalid_timestamp', message: `${ZENDESK_TIMESTAMP_HEADER} must be an ISO 8601 time` };
  }
  if (Math.abs(nowMs - signedAt) > toleranceSeconds * 1000) {
    return { code: 'stale_timestamp', message: `the signature timestamp is more than ${toleranceSeconds} s from the server clock: check both clocks (NTP); replayed requests are refused` };
  }
  if (!matchesAnySecret(secrets, signature, 'sha256', [timestamp, raw], 'base64')) {
    return { code: 'invalid_signature', message: 'the signature does not match: set ZENDESK_WEBHOOK_SECRET to the webhook signing secret (both secrets during a rotation)' };
  }
  return null;
}
