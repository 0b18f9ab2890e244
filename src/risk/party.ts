import type { AccountFacts, BuyerStats, EnforcementRecord, LinkedAccount, PartyContext, PartyRole, RecentAccountEvent, SellerStats } from './types';
import type { BuyerRow, EnforcementRow, EventRow, LinkRow, SellerRow } from './queries/activity';
import type { UserRow } from './queries/users';
import { iso, ms, num } from './queries/values';

/** Facts the reasons need beyond what the PartyContext shows. */
export interface PartySignals {
  orders24h: number;
  ordersPrior30d: number;
  inrOnDelivered: number;
  inrOnDeliveredOrders: string[];
  /** Events inside the widest window any reason needs (recentEvents shows the display window). */
  events: RecentAccountEvent[];
}

export type UnscoredParty = Omit<PartyContext, 'score' | 'level' | 'reasons'>;

export interface PartyRows {
  user: UserRow;
  roles: PartyRole[];
  buyer: BuyerRow | undefined;
  seller: SellerRow | undefined;
  links: LinkRow[];
  events: EventRow[];
  enforcements: EnforcementRow[];
}

const STATUS_ORDER = { banned: 0, suspended: 1, active: 2 } as const;
const ratio = (part: number, whole: number): number => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : 0);

export function accountFacts(user: UserRow, now: Date): AccountFacts {
  return {
    username: user.username,
    email: user.email,
    createdAt: iso(user.created_at),
    ageDays: Math.max(0, Math.floor((now.getTime() - ms(user.created_at)) / 86_400_000)),
    country: user.country,
    emailVerified: user.email_verified,
    phoneVerified: user.phone_verified,
    idVerified: user.id_verified,
    status: user.status,
    isSeller: user.is_seller,
  };
}

function buyerStats(row: BuyerRow | undefined, windowDays: number): BuyerStats {
  const orders = num(row?.orders);
  const opened = num(row?.opened);
  return {
    windowDays,
    orders,
    spendCents: num(row?.spend_cents),
    refunds: num(row?.refunds),
    refundedCents: num(row?.refunded_cents),
    chargebacks: num(row?.chargebacks),
    claimsOpened: opened,
    claimsWon: num(row?.won),
    claimsLost: num(row?.lost),
    claimsOpen: num(row?.open),
    claimRate: ratio(opened, orders),
  };
}

function sellerStats(row: SellerRow | undefined, isSeller: boolean, windowDays: number): SellerStats | null {
  const orders = num(row?.orders);
  if (!isSeller && orders === 0) return null;
  const inr = num(row?.inr);
  const snad = num(row?.snad);
  return { windowDays, orders, unshippedOver3Days: num(row?.unshipped), inrClaims: inr, snadClaims: snad, inrRate: ratio(inr, orders), snadRate: ratio(snad, orders) };
}

function linked(rows: LinkRow[]): LinkedAccount[] {
  return rows
    .map((r) => ({ userId: r.other, username: r.username, status: r.status, via: r.via.filter((v): v is 'device' | 'payment' => v === 'device' || v === 'payment') }))
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.userId.localeCompare(b.userId));
}

function events(rows: EventRow[], newSince: number): RecentAccountEvent[] {
  return rows.map((e) => ({
    type: e.type,
    at: iso(e.created_at),
    country: e.country,
    device: e.device_fingerprint ? `${e.device_fingerprint.slice(0, 8)}…` : null,
    // A device never recorded for this account counts as new, as does one first seen recently.
    newDevice: e.device_fingerprint !== null && (e.first_seen_at === null || ms(e.first_seen_at) >= newSince),
  }));
}

function enforcements(rows: EnforcementRow[]): EnforcementRecord[] {
  return rows.map((e) => ({ action: e.action, reason: e.reason, at: iso(e.created_at) }));
}

export interface PartyWindows {
  buyerDays: number;
  sellerDays: number;
  eventsHours: number;
}

export function assembleParty(rows: PartyRows, now: Date, windows: PartyWindows): { party: UnscoredParty; signals: PartySignals } {
  const displaySince = now.getTime() - windows.eventsHours * 3_600_000;
  const allEvents = events(rows.events, displaySince);
  const party: UnscoredParty = {
    userId: rows.user.id,
    roles: rows.roles,
    account: accountFacts(rows.user, now),
    buyer: buyerStats(rows.buyer, windows.buyerDays),
    seller: sellerStats(rows.seller, rows.user.is_seller, windows.sellerDays),
    linkedAccounts: linked(rows.links),
    recentEvents: allEvents.filter((e) => Date.parse(e.at) >= displaySince),
    enforcements: enforcements(rows.enforcements),
  };
  const signals: PartySignals = {
    orders24h: num(rows.buyer?.orders_24h),
    ordersPrior30d: num(rows.buyer?.orders_prior30),
    inrOnDelivered: num(rows.buyer?.inr_delivered),
    inrOnDeliveredOrders: rows.buyer?.inr_delivered_orders ?? [],
    events: allEvents,
  };
  return { party, signals };
}
