/** Hand-built risk contexts for triage tests: small builders with overridable parts. */
import type { OrderContext, PartyContext, RiskContext, RiskLevel, RiskReason } from '../../../src/risk/types';
import type { Ticket } from '../../../src/domain/ticket';

export function party(overrides: Partial<PartyContext> & { userId: string }): PartyContext {
  return {
    roles: ['requester'],
    account: {
      username: `user_${overrides.userId}`,
      email: `${overrides.userId}.person@example.com`,
      createdAt: '2024-01-01T00:00:00Z',
      ageDays: 700,
      country: 'US',
      emailVerified: true,
      phoneVerified: true,
      idVerified: false,
      status: 'active',
      isSeller: false,
    },
    buyer: { windowDays: 90, orders: 4, spendCents: 52_000, refunds: 0, refundedCents: 0, chargebacks: 0, claimsOpened: 0, claimsWon: 0, claimsLost: 0, claimsOpen: 0, claimRate: 0 },
    seller: null,
    linkedAccounts: [],
    recentEvents: [],
    enforcements: [],
    score: 0,
    level: 'low',
    reasons: [],
    ...overrides,
  };
}

export function order(overrides: Partial<OrderContext> & { id: string; buyerId: string; sellerId: string }): OrderContext {
  return {
    showId: 'show_1',
    title: 'PSA 10 Charizard',
    category: 'trading_cards',
    amountCents: 12_000,
    currency: 'USD',
    status: 'delivered',
    createdAt: '2026-11-01T10:00:00Z',
    shippedAt: '2026-11-02T10:00:00Z',
    deliveredAt: '2026-11-05T10:00:00Z',
    trackingNumber: '1Z999AA10123456784',
    carrier: 'UPS',
    hoursToShip: 24,
    hoursInTransit: 72,
    disputes: [],
    refunds: [],
    ...overrides,
  };
}

export function reason(code: RiskReason['code'], partyId: string, weight = 20, evidence: RiskReason['evidence'] = {}): RiskReason {
  return { code, party: partyId, text: `${code} for ${partyId}`, weight, evidence };
}

/** A context whose ticket risk is the requester's unless parties say otherwise. */
export function context(parts: { requester?: PartyContext | null; others?: PartyContext[]; orders?: OrderContext[]; level?: RiskLevel; score?: number; reasons?: RiskReason[] } = {}): RiskContext {
  const requester = parts.requester === undefined ? party({ userId: 'u_buyer' }) : parts.requester;
  const parties = [...(requester ? [requester] : []), ...(parts.others ?? [])];
  const reasons = parts.reasons ?? parties.flatMap((p) => p.reasons);
  return {
    requester,
    ...(requester ? {} : { requesterNote: 'no user with that email or external id' }),
    parties,
    orders: parts.orders ?? [],
    mentions: { orderIds: (parts.orders ?? []).map((o) => o.id), handles: [], trackingNumbers: [] },
    score: parts.score ?? Math.max(0, ...parties.map((p) => p.score)),
    level: parts.level ?? 'low',
    reasons,
    computedAt: '2026-11-25T12:00:00Z',
  };
}

export function ticket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    source: 'zendesk',
    id: '1001',
    channel: 'email',
    subject: 'Order question',
    text: 'Hello, I have a question about my order.',
    requester: { email: 'buyer@example.com' },
    tags: [],
    ...overrides,
  };
}
