import type { RiskConfig } from './config';
import type { PartySignals, UnscoredParty } from './party';
import type { EnforcementRecord, OrderContext, ReasonCode, RiskReason } from './types';

type Rules = RiskConfig['reasons'];
type Draft = Omit<RiskReason, 'party'>;
type Check = (p: UnscoredParty, s: PartySignals, rules: Rules, now: Date) => Draft | null;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const reason = (code: ReasonCode, weight: number, text: string, evidence: RiskReason['evidence']): Draft => ({ code, text, weight, evidence });

/** Enforcements named in the reason's text; the evidence counts them all. */
const LISTED_ENFORCEMENTS = 3;

/**
 * Every enforcement action within the lookback, newest first, each weighted by its severity;
 * the reason weighs their sum, capped at maxWeight. Actions outside the import contract (a
 * warehouse-fed table) weigh nothing but still count.
 */
function priorEnforcement(enforcements: readonly EnforcementRecord[], rule: Rules['prior_enforcement'], now: Date): Draft | null {
  const since = now.getTime() - rule.lookbackDays * 86_400_000;
  const hits = enforcements.filter((e) => Date.parse(e.at) >= since).sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  const latest = hits[0];
  if (!latest) return null;
  const weights = new Map<string, number>(Object.entries(rule.weights));
  const weight = Math.min(rule.maxWeight, hits.reduce((sum, e) => sum + (weights.get(e.action) ?? 0), 0));
  const listed = hits.slice(0, LISTED_ENFORCEMENTS).map((e) => `${e.action} (${e.at.slice(0, 7)})`);
  const more = hits.length > LISTED_ENFORCEMENTS ? ` and ${hits.length - LISTED_ENFORCEMENTS} more` : '';
  const perAction = Object.fromEntries([...weights.keys()].map((action) => [action, hits.filter((e) => e.action === action).length]));
  return reason('prior_enforcement', weight, `${plural(hits.length, 'prior enforcement')}: ${listed.join(', ')}${more}`, {
    count: hits.length,
    ...perAction,
    latest: latest.action,
    at: latest.at,
    lookbackDays: rule.lookbackDays,
  });
}

// One function per reason code: it fires exactly when its documented condition holds.
const CHECKS: Check[] = [
  (p, _s, r) =>
    p.account.ageDays < r.new_account.maxAgeDays
      ? reason('new_account', r.new_account.weight, `Account is ${plural(p.account.ageDays, 'day')} old`, { ageDays: p.account.ageDays, maxAgeDays: r.new_account.maxAgeDays })
      : null,
  (p, _s, r) => {
    const rule = r.unverified_identity;
    const checks = p.account.isSeller ? rule.sellerChecks : rule.checks;
    const has = { email: p.account.emailVerified, phone: p.account.phoneVerified, id: p.account.idVerified };
    const missing = checks.filter((c) => !has[c]);
    return missing.length > 0
      ? reason('unverified_identity', rule.weight, `Not verified: ${missing.join(', ')}`, { missing: missing.join(','), seller: p.account.isSeller })
      : null;
  },
  (p, _s, r) =>
    p.buyer.chargebacks >= r.prior_chargebacks.minCount
      ? reason('prior_chargebacks', r.prior_chargebacks.weight, `${plural(p.buyer.chargebacks, 'chargeback')} in the last ${p.buyer.windowDays} days`, { chargebacks: p.buyer.chargebacks, windowDays: p.buyer.windowDays })
      : null,
  (p, _s, r) => {
    const rule = r.high_claim_rate;
    const b = p.buyer;
    return b.claimsOpened >= rule.minClaims && b.claimRate >= rule.minRate
      ? reason('high_claim_rate', rule.weight, `${plural(b.claimsOpened, 'claim')} on ${plural(b.orders, 'order')} (${Math.round(b.claimRate * 100)}%) in ${b.windowDays} days`, { claimsOpened: b.claimsOpened, orders: b.orders, claimRate: b.claimRate, minRate: rule.minRate })
      : null;
  },
  (p, _s, r) => {
    const rule = r.seller_high_dispute_rate;
    const s = p.seller;
    if (!s || s.orders < rule.minOrders) return null;
    const rate = Math.round(((s.inrClaims + s.snadClaims) / s.orders) * 1000) / 1000;
    return rate >= rule.minRate
      ? reason('seller_high_dispute_rate', rule.weight, `As seller: ${s.inrClaims} not-received and ${s.snadClaims} not-as-described claims on ${plural(s.orders, 'order')} (${Math.round(rate * 100)}%) in ${s.windowDays} days`, { inrClaims: s.inrClaims, snadClaims: s.snadClaims, orders: s.orders, disputeRate: rate })
      : null;
  },
  (p, _s, r) => {
    const rule = r.seller_unshipped_orders;
    const unshipped = p.seller?.unshippedOver3Days ?? 0;
    return unshipped >= rule.minCount
      ? reason('seller_unshipped_orders', rule.weight, `As seller: ${plural(unshipped, 'paid order')} unshipped after ${rule.unshippedAfterDays} days`, { unshipped, afterDays: rule.unshippedAfterDays })
      : null;
  },
  (p, _s, r) => {
    const rule = r.linked_to_banned_account;
    const hits = p.linkedAccounts.filter((a) => rule.statuses.includes(a.status));
    const first = hits[0];
    return first
      ? reason('linked_to_banned_account', rule.weight, `Shares a ${first.via.join(' and ')} with ${plural(hits.length, `${first.status} account`)} (@${first.username})`, { linked: hits.length, example: first.userId, via: first.via.join(',') })
      : null;
  },
  (_p, s, r, now) => {
    const rule = r.recent_account_changes;
    const since = now.getTime() - rule.windowHours * 3_600_000;
    const changes = s.events.filter((e) => (rule.types as readonly string[]).includes(e.type) && Date.parse(e.at) >= since);
    if (changes.length < rule.minChanges) return null;
    const fromNew = changes.filter((e) => e.newDevice).length;
    const types = [...new Set(changes.map((e) => e.type))].join(', ');
    return reason('recent_account_changes', rule.weight, `${plural(changes.length, 'account change')} (${types}) in ${rule.windowHours} h${fromNew > 0 ? `, ${fromNew} from a new device` : ''}`, { changes: changes.length, types, fromNewDevice: fromNew, windowHours: rule.windowHours });
  },
  (p, s, r) =>
    s.inrOnDelivered >= r.delivered_but_claimed_inr.minCount
      ? reason('delivered_but_claimed_inr', r.delivered_but_claimed_inr.weight, `${plural(s.inrOnDelivered, 'not-received claim')} on orders marked delivered (${p.buyer.windowDays} days)`, { claims: s.inrOnDelivered, orders: s.inrOnDeliveredOrders.join(',') })
      : null,
  (p, _s, r, now) => priorEnforcement(p.enforcements, r.prior_enforcement, now),
  (_p, s, r) => {
    const rule = r.velocity_spike;
    const dailyAverage = s.ordersPrior30d / 30;
    return s.orders24h >= rule.minOrders24h && s.orders24h >= rule.multiplier * dailyAverage
      ? reason('velocity_spike', rule.weight, `${plural(s.orders24h, 'purchase')} in 24 h vs ${dailyAverage.toFixed(1)}/day before`, { orders24h: s.orders24h, dailyAverage30d: Math.round(dailyAverage * 100) / 100 })
      : null;
  },
];

/** Reasons about the party's own history and account. */
export function partyReasons(party: UnscoredParty, signals: PartySignals, rules: Rules, now: Date): RiskReason[] {
  return CHECKS.map((check) => check(party, signals, rules, now))
    .filter((d): d is Draft => d !== null)
    .map((d) => ({ ...d, party: party.userId }));
}

/** high_value_order: the largest mentioned order at or above its currency's threshold, on its buyer. */
export function orderReasons(orders: OrderContext[], rules: Rules): RiskReason[] {
  const rule = rules.high_value_order;
  const byBuyer = new Map<string, OrderContext[]>();
  for (const o of orders) {
    const threshold = rule.perCurrency[o.currency.toUpperCase()] ?? rule.minAmountCents;
    if (o.amountCents >= threshold) byBuyer.set(o.buyerId, [...(byBuyer.get(o.buyerId) ?? []), o]);
  }
  return [...byBuyer].map(([buyerId, list]) => {
    const top = list.reduce((a, b) => (b.amountCents > a.amountCents ? b : a));
    const amount = `${(top.amountCents / 100).toFixed(2)} ${top.currency}`;
    return { code: 'high_value_order', party: buyerId, weight: rule.weight, text: `Order ${top.id} is worth ${amount}`, evidence: { orderId: top.id, amountCents: top.amountCents, currency: top.currency, highValueOrders: list.length } };
  });
}
