/** A small, realistic world for the sidebar tests: a buyer claiming INR on a delivered order from a seller linked to a banned account. */
import type { Ticket } from '../../src/domain/ticket';
import type { OrderContext, PartyContext, RiskContext, RiskReason } from '../../src/risk/types';
import type { Decision } from '../../src/triage/types';

export const FINGERPRINT = 'fp_9f8e7d6c5b4a3f2e1d0c';

export function party(overrides: Partial<PartyContext> & { userId: string; username: string; email: string }): PartyContext {
  const { username, email, ...rest } = overrides;
  return {
    roles: ['mentioned'],
    account: {
      username,
      email,
      createdAt: '2026-01-01T00:00:00Z',
      ageDays: 300,
      country: 'US',
      emailVerified: true,
      phoneVerified: false,
      idVerified: false,
      status: 'active',
      isSeller: false,
    },
    buyer: { windowDays: 90, orders: 4, spendCents: 123400, refunds: 1, refundedCents: 2000, chargebacks: 2, claimsOpened: 3, claimsWon: 1, claimsLost: 1, claimsOpen: 1, claimRate: 0.75 },
    seller: null,
    linkedAccounts: [],
    recentEvents: [],
    enforcements: [],
    score: 10,
    level: 'low',
    reasons: [],
    ...rest,
  };
}

export const reasons: RiskReason[] = [
  { code: 'delivered_but_claimed_inr', party: 'u_req', text: 'Claims item not received on order WN-48213977, delivered 2 days ago', weight: 25, evidence: { order_id: 'WN-48213977', delivered_at: '2026-11-23T10:00:00Z' } },
  { code: 'linked_to_banned_account', party: 'u_sel', text: 'Shares a device with banned account @shadyseller', weight: 40, evidence: { linked_user: 'u_ban', via: 'device', device_fingerprint: FINGERPRINT } },
];

export const order: OrderContext = {
  id: 'WN-48213977',
  buyerId: 'u_req',
  sellerId: 'u_sel',
  showId: 'show_1',
  title: 'PSA 10 Charizard 1999 Base Set',
  category: 'trading_cards',
  amountCents: 84900,
  currency: 'USD',
  status: 'delivered',
  createdAt: '2026-11-15T18:00:00Z',
  shippedAt: '2026-11-17T09:00:00Z',
  deliveredAt: '2026-11-23T10:00:00Z',
  trackingNumber: '1Z999AA10123456784',
  carrier: 'UPS',
  hoursToShip: 39,
  hoursInTransit: 145,
  disputes: [{ id: 'd_1', type: 'inr', status: 'open', openedBy: 'u_req', createdAt: '2026-11-24T08:00:00Z' }],
  refunds: [],
};

export function riskContext(): RiskContext {
  const requester = party({ userId: 'u_req', username: 'jane_buyer', email: 'jane.doe@example.com', roles: ['requester', 'buyer'], score: 25, level: 'medium', reasons: [reasons[0]] });
  const seller = party({
    userId: 'u_sel',
    username: 'cardkingz',
    email: 'kings@cards.example',
    roles: ['seller'],
    score: 40,
    level: 'high',
    reasons: [reasons[1]],
    seller: { windowDays: 30, orders: 50, unshippedOver3Days: 6, inrClaims: 5, snadClaims: 1, inrRate: 0.1, snadRate: 0.02 },
    linkedAccounts: [{ userId: 'u_ban', username: 'shadyseller', status: 'banned', via: ['device', 'payment'] }],
    enforcements: [{ action: 'warning', reason: 'late shipping', at: '2026-10-01T00:00:00Z' }],
    recentEvents: [{ type: 'payout_change', at: '2026-11-24T22:00:00Z', country: 'RO', device: 'fp_9f8e', newDevice: true }],
  });
  seller.account.isSeller = true;
  return {
    requester,
    parties: [seller, requester],
    orders: [order],
    mentions: { orderIds: ['WN-48213977'], handles: ['cardkingz'], trackingNumbers: [] },
    score: 40,
    level: 'high',
    reasons: [reasons[1], reasons[0]],
    computedAt: '2026-11-25T12:00:00Z',
  };
}

export function decision(overrides: Partial<Decision> = {}): Decision {
  return {
    intent: 'item_not_received',
    intents: [{ name: 'item_not_received', confidence: 0.92 }],
    crisis: false,
    crisisReview: false,
    crisisCategory: null,
    crisisEvidence: [],
    risk: { score: 40, level: 'high', reasons: [reasons[1], reasons[0]] },
    actions: { tags: ['rd-risk-high', 'rd-inr'], priority: 'high', route: 'tns_escalations', macros: ['inr_delivered'], slaMinutes: 240, nextSteps: [], noteSections: [] },
    note: '<p>note</p>',
    rules: { version: 'v3', fired: ['inr-delivered'] },
    ...overrides,
  };
}

export function crisisDecision(): Decision {
  return decision({
    intent: 'other',
    crisis: true,
    crisisEvidence: [{ excerpt: 'I do not want to live anymore', kind: 'suicidal_ideation', category: 'suicidal_ideation', language: 'en', source: 'local' }],
    crisisCategory: 'suicidal_ideation',
    actions: { tags: ['rd-crisis'], priority: 'urgent', route: 'crisis_team', macros: [], slaMinutes: 15, nextSteps: [], noteSections: [] },
  });
}

export function ticket(id = '4711'): Ticket {
  return { source: 'zendesk', id, channel: 'email', subject: 'Never got my card', text: 'Order #WN-48213977 never arrived', requester: { email: 'jane.doe@example.com' }, tags: [] };
}

/** A review-tier decision (possible danger) with its helplines, as decide() makes it. */
export function reviewDecision(): Decision {
  return decision({
    crisisReview: true,
    crisisCategory: 'domestic_abuse',
    crisisEvidence: [{ excerpt: 'he reads my messages <img src=x onerror="window.__pwned=1">', kind: 'controlling_partner', category: 'domestic_abuse', language: 'en', source: 'provider' }],
    helplines: {
      country: 'GB',
      name: 'United Kingdom',
      basis: 'requester',
      emergency: '999',
      lines: [{ name: 'Refuge National Domestic Abuse Helpline', contact: '0808 2000 247' }, { name: 'Samaritans', contact: '116 123 (free, 24/7)' }],
      fallback: false,
    },
    actions: { tags: ['riskdesk_crisis_review', 'riskdesk_crisis_domestic_abuse'], priority: 'high', route: 'trust_safety_senior', macros: [], slaMinutes: 60, nextSteps: [], noteSections: [] },
  });
}
