import { createHmac, timingSafeEqual } from 'node:crypto';

export type HmacAlgorithm = 'sha1' | 'sha256';
export type SignatureEncoding = 'hex' | 'base64';

export function computeHmac(algorithm: HmacAlgorithm, secret: string, parts: ReadonlyArray<string | Buffer>, encoding: SignatureEncoding): string {
  const hmac = createHmac(algorithm, secret);
  for (const part of parts) hmac.update(part);
  return hmac.digest(encoding);
}

/** Constant-time comparison that does not leak length through an exception. */
export function safeEqual(expected: string, received: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(received);
  if (a.length !== b.length) {
    timingSafeEqual(a, a);
    return false;
  }
  return timingSafeEqual(a, b);
}

/**
 * True when `received` matches the HMAC of `parts` under any configured secret (two during a
 * rotation). Every secret is always tried so timing does not reveal which one matched.
 */
export function matchesAnySecret(
  secrets: readonly string[],
  received: string,
  algorithm: HmacAlgorithm,
  parts: ReadonlyArray<string | Buffer>,
  encoding: SignatureEncoding,
): boolean {
  let matched = false;
  for (const secret of secrets) {
    if (safeEqual(computeHmac(algorithm, secret, parts, encoding), received)) matched = true;
  }
  return matched;
}
