import { z } from 'zod';
import type { EntityName } from '../tables';

// The import file contract (documented field by field in docs/risk.md). Strict objects: a
// misspelt field is an error, not silently dropped data.
const id = z.string().trim().min(1).max(200);
const at = z.iso.datetime({ offset: true });
const optionalAt = at.nullable().optional();
const optionalText = (max: number) => z.string().max(max).nullable().optional();
const cents = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const flag = z.boolean().default(false);

/** Enforcement actions of the import contract, least to most severe (risk weights follow this order). */
export const ENFORCEMENT_ACTIONS = ['warning', 'suspension', 'ban'] as const;
export type EnforcementAction = (typeof ENFORCEMENT_ACTIONS)[number];

export const ENTITY_SCHEMAS = {
  users: z.strictObject({
    id, email: z.email().max(320), username: z.string().trim().min(1).max(100), created_at: at,
    country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 code like "US"').nullable().optional(),
    email_verified: flag, phone_verified: flag, id_verified: flag,
    status: z.enum(['active', 'suspended', 'banned']), is_seller: flag,
  }),
  orders: z.strictObject({
    id, buyer_id: id, seller_id: id, show_id: optionalText(200), title: z.string().max(500), category: z.string().max(100),
    amount_cents: cents, currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code like "USD"'),
    status: z.enum(['paid', 'shipped', 'delivered', 'cancelled', 'refunded']), created_at: at,
    shipped_at: optionalAt, delivered_at: optionalAt, tracking_number: optionalText(100), carrier: optionalText(100),
  }),
  payments: z.strictObject({
    id, order_id: id, user_id: id, method_fingerprint: z.string().min(1).max(200), amount_cents: cents,
    status: z.enum(['succeeded', 'failed', 'refunded', 'charged_back']), created_at: at,
  }),
  disputes: z.strictObject({
    id, order_id: id, opened_by: id, type: z.enum(['inr', 'snad', 'counterfeit', 'unauthorized', 'other']),
    status: z.enum(['open', 'won', 'lost', 'closed']), created_at: at,
  }),
  refunds: z.strictObject({ id, order_id: id, amount_cents: cents, reason: z.string().max(500).default(''), created_at: at }),
  devices: z.strictObject({ user_id: id, fingerprint: z.string().min(1).max(200), first_seen_at: at, last_seen_at: at }),
  account_events: z.strictObject({
    id, user_id: id, type: z.enum(['login', 'password_reset', 'email_change', 'phone_change', 'payout_change', '2fa_disabled']),
    device_fingerprint: optionalText(200), ip: optionalText(64), country: optionalText(2), created_at: at,
  }),
  shows: z.strictObject({ id, seller_id: id, title: z.string().max(500), started_at: at, ended_at: optionalAt }),
  enforcements: z.strictObject({ id, user_id: id, action: z.enum(ENFORCEMENT_ACTIONS), reason: z.string().max(500).default(''), created_at: at }),
} satisfies Record<EntityName, z.ZodType>;
