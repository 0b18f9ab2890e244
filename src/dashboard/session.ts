/**
 * The dashboard's sign-in session: a signed, expiring cookie value. The signing key is derived
 * from ADMIN_TOKEN, so changing the token signs everyone out; nothing is stored server-side and
 * the cookie holds no secret (an expiry, a nonce and a MAC).
 */
import { createHmac, randomBytes } from 'node:crypto';
import { safeEqual } from '../security/hmac';

export const SESSION_COOKIE = 'rd_dashboard';
export const SESSION_TTL_MS = 12 * 3_600_000;

const keyOf = (adminToken: string): Buffer => createHmac('sha256', 'riskdesk dashboard session').update(adminToken).digest();
const mac = (key: Buffer, body: string): string => createHmac('sha256', key).update(body).digest('base64url');

export interface SessionSigner {
  issue(now?: number): string;
  /** True for a value this token signed that has not expired. */
  verify(value: string | undefined, now?: number): boolean;
}

export function sessionSigner(adminToken: string): SessionSigner {
  const key = keyOf(adminToken);
  return {
    issue(now = Date.now()) {
      const body = `v1.${now + SESSION_TTL_MS}.${randomBytes(12).toString('base64url')}`;
      return `${body}.${mac(key, body)}`;
    },
    verify(value, now = Date.now()) {
      if (!value) return false;
      const match = /^(v1\.(\d{1,15})\.[A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{43})$/.exec(value);
      if (!match?.[1] || !match[2] || !match[3]) return false;
      return safeEqual(mac(key, match[1]), match[3]) && Number(match[2]) > now;
    },
  };
}

/** One cookie's value from a Cookie header (no cookie parser dependency for one cookie). */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export function sessionCookie(value: string, secure: boolean): string {
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${SESSION_TTL_MS / 1000}${secure ? '; Secure' : ''}`;
}

export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secure ? '; Secure' : ''}`;
}
