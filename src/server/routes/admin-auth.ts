/** The admin APIs' bearer check: ADMIN_TOKEN, compared in constant time; no token configured → closed. */
import type { Request } from 'express';
import { safeEqual } from '../../security/hmac';

export function isAdminRequest(req: Request, token: string | undefined): boolean {
  const header = req.get('authorization') ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header);
  // Always compare, even without a configured token, so timing says nothing either way.
  const ok = safeEqual(token ?? '\u0000no-token', match?.[1]?.trim() ?? '');
  return Boolean(token) && ok;
}
