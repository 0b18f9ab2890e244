/**
 * `X-Riskdesk-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`, keyed with
 * MARKETPLACE_FEED_SECRET (two secrets during a rotation). Checked on the raw bytes before any
 * parsing, in constant time, within the same replay window as Zendesk's signatures.
 */
import { computeHmac, matchesAnySecret } from '../security/hmac';

export const FEED_SIGNATURE_HEADER = 'x-riskdesk-signature';

export interface SignatureRefusal {
  code: 'missing_signature' | 'invalid_signature' | 'invalid_timestamp' | 'stale_timestamp';
  message: string;
}

const HEADER_FORMAT = /^t=(\d{1,12}),v1=([0-9a-f]{64})$/;

export function verifyFeedSignature(
  raw: Buffer,
  header: string | undefined,
  secrets: readonly string[],
  toleranceSeconds: number,
  nowMs: number,
): SignatureRefusal | null {
  if (!header) return { code: 'missing_signature', message: 'send the X-Riskdesk-Signature header: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">' };
  const match = HEADER_FORMAT.exec(header.trim().toLowerCase());
  if (!match) return { code: 'invalid_signature', message: 'X-Riskdesk-Signature must be t=<unix seconds>,v1=<64 hex characters>' };
  const [, t = '', v1 = ''] = match;
  const signedAtMs = Number(t) * 1000;
  if (!Number.isSafeInteger(signedAtMs)) return { code: 'invalid_timestamp', message: 't= must be unix seconds' };
  if (Math.abs(nowMs - signedAtMs) > toleranceSeconds * 1000) {
    return { code: 'stale_timestamp', message: `the signature timestamp is more than ${toleranceSeconds} s from the server clock: sign each request when sending it (check both clocks); replayed requests are refused` };
  }
  if (!matchesAnySecret(secrets, v1, 'sha256', [t, '.', raw], 'hex')) {
    return { code: 'invalid_signature', message: 'the signature does not match: sign "<t>.<raw body>" with MARKETPLACE_FEED_SECRET (either secret during a rotation)' };
  }
  return null;
}

/** The header a client sends (reference clients, tests, the benchmark). */
export function signFeedBody(body: string | Buffer, secret: string, nowMs: number = Date.now()): string {
  const t = String(Math.floor(nowMs / 1000));
  return `t=${t},v1=${computeHmac('sha256', secret, [t, '.', body], 'hex')}`;
}
