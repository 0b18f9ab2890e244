/**
 * Parties as the sidebars show them: masked email, no device or payment fingerprint, clipped
 * texts. Used for the live view and for what the audit trail keeps at decision time.
 */
import type { PartyContext } from '../risk/types';
import type { ViewLimits, ViewLinkedAccount, ViewParty } from './context-view';
import { clip, maskEmail, maskEmailsIn } from './text';

export function toViewParty(party: PartyContext, limits: ViewLimits): ViewParty {
  const { account, buyer, seller } = party;
  const enforcements = [...party.enforcements].sort((a, b) => b.at.localeCompare(a.at));
  const last = enforcements[0];
  return {
    userId: party.userId,
    roles: [...party.roles],
    username: clip(account.username, limits.text),
    maskedEmail: maskEmail(account.email),
    ageDays: account.ageDays,
    country: account.country,
    verification: { email: account.emailVerified, phone: account.phoneVerified, id: account.idVerified },
    status: account.status,
    isSeller: account.isSeller,
    score: party.score,
    level: party.level,
    buyer: {
      windowDays: buyer.windowDays,
      orders: buyer.orders,
      spendCents: buyer.spendCents,
      refunds: buyer.refunds,
      chargebacks: buyer.chargebacks,
      claimsOpened: buyer.claimsOpened,
      claimsWon: buyer.claimsWon,
      claimsLost: buyer.claimsLost,
      claimRate: buyer.claimRate,
    },
    seller: seller
      ? { windowDays: seller.windowDays, orders: seller.orders, unshippedOver3Days: seller.unshippedOver3Days, inrRate: seller.inrRate, snadRate: seller.snadRate }
      : null,
    enforcements: {
      count: enforcements.length,
      last: last ? { action: last.action, reason: clip(maskEmailsIn(last.reason), limits.text), at: last.at } : null,
    },
    recentEvents: party.recentEvents
      .slice(0, limits.perItem)
      .map((event) => ({ type: clip(event.type, 60), at: event.at, country: event.country, newDevice: event.newDevice })),
    linkedAccountCount: party.linkedAccounts.length,
  };
}

const STATUS_RANK = { banned: 0, suspended: 1, active: 2 } as const;

/** Every party's links, one row per (account, party) pair, banned and suspended accounts first. */
export function toLinkedAccounts(parties: PartyContext[]): ViewLinkedAccount[] {
  const seen = new Set<string>();
  const rows: ViewLinkedAccount[] = [];
  for (const party of parties) {
    for (const link of party.linkedAccounts) {
      const key = `${link.userId}\u0000${party.userId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({ userId: link.userId, username: link.username, status: link.status, via: [...link.via], linkedTo: party.userId });
    }
  }
  return rows.sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status]);
}
