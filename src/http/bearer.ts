/** Bearer-token checks for the read APIs (decisions, sidebar context, metrics). */
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { safeEqual } from '../security/hmac';

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}

const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

/**
 * A checker for one configured token. Both sides are hashed before the constant-time compare,
 * so neither the presented token's length nor its content shows in the timing; without a
 * configured token nothing matches.
 */
export function bearerChecker(token: string | undefined): (req: IncomingMessage) => boolean {
  const expected = token ? sha256(token) : null;
  return (req) => {
    const presented = bearerToken(req);
    const match = safeEqual(expected ?? sha256('\u0000no-token'), sha256(presented ?? ''));
    return expected !== null && presented !== null && match;
  };
}
