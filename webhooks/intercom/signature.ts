import type { IncomingHttpHeaders } from 'node:http';
import { matchesAnySecret } from '../../src/security/hmac';
import { headerValue } from '../header';
import type { Rejection } from '../types';

export const INTERCOM_SIGNATURE_HEADER = 'x-hub-signature';

/** `X-Hub-Signature: sha1=<hex HMAC-SHA1 of the raw body, keyed with the app's client secret>`. */
export function verifyIntercomSignature(raw: Buffer, headers: IncomingHttpHeaders, secrets: readonly string[]): Rejection | null {
  const header = headerValue(headers, INTERCOM_SIGNATURE_HEADER);
  if (!header) {
    return { code: 'missing_signature', message: `send the ${INTERCOM_SIGNATURE_HEADER} header (Intercom adds it to every notification)` };
  }
  const match = /^sha1=([0-9a-fA-F]{40})$/.exec(header);
  if (!match?.[1] || !matchesAnySecret(secrets, match[1].toLowerCase(), 'sha1', [raw], 'hex')) {
    return { code: 'invalid_signature', message: 'the signature does not match: set INTERCOM_CLIENT_SECRET to the app client secret (both secrets during a rotation)' };
  }
  return null;
}
