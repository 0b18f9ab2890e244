import type { WorldBuilder } from './world-builder';

export const PATTERNS = ['fraud_ring', 'banned_ring_members', 'serial_inr_claimers', 'non_shipping_sellers', 'account_takeover_victims', 'chargeback_buyers'] as const;
export type PatternName = (typeof PATTERNS)[number] | 'clean_long_standing';
export type PatternMap = Record<PatternName, string[]>;

/** Picks an ordinary (background) account to trade with the planted ones. */
type Pick = () => string;

/** Sellers sharing a device and a card with banned accounts. */
export function plantFraudRing(w: WorldBuilder, ringSize: number, pickBuyer: Pick, out: PatternMap): void {
  const device = `dev_ring_${w.rng.int(1e6)}`;
  const card = `pm_ring_${w.rng.int(1e6)}`;
  for (let b = 0; b < 2; b += 1) {
    const banned = w.user({ ageDays: 120 + w.rng.int(200), status: 'banned', verified: false });
    w.device(banned, device, 90, 40);
    w.order({ buyer: banned, seller: pickBuyer(), daysAgo: 100, shipAfterHours: 20, deliverAfterHours: 72, paymentFingerprint: card, paymentStatus: 'charged_back' });
    w.enforcement(banned, 'ban', 'payment fraud', 60);
    out.banned_ring_members.push(banned);
  }
  for (let s = 0; s < ringSize; s += 1) {
    const seller = w.user({ ageDays: 15 + w.rng.int(40), seller: true, verified: false });
    w.device(seller, device, 10, 0);
    w.order({ buyer: seller, seller: pickBuyer(), daysAgo: 8, shipAfterHours: 24, deliverAfterHours: 60, paymentFingerprint: card });
    for (let o = 0; o < 4; o += 1) {
      const buyer = pickBuyer();
      const id = w.order({ buyer, seller, daysAgo: 2 + w.rng.int(20), shipAfterHours: 30, deliverAfterHours: 80, amountCents: 30000 + w.rng.int(60000) });
      if (o === 0) w.dispute(id, buyer, 'counterfeit', 'open', w.ago(1));
    }
    out.fraud_ring.push(seller);
  }
}

/** Buyers who keep saying "never arrived" about parcels the carrier delivered (warned once). */
export function plantSerialInr(w: WorldBuilder, pickSeller: Pick, out: PatternMap): void {
  const buyer = w.user({ ageDays: 200 + w.rng.int(400) });
  for (let o = 0; o < 6; o += 1) {
    const day = 5 + o * 12;
    const id = w.order({ buyer, seller: pickSeller(), daysAgo: day, shipAfterHours: 24, deliverAfterHours: 72 });
    if (o < 4) w.dispute(id, buyer, 'inr', o === 0 ? 'open' : 'won', w.ago(day - 5));
  }
  w.enforcement(buyer, 'warning', 'claim abuse: not-received claims on delivered parcels', 30);
  out.serial_inr_claimers.push(buyer);
}

/** Sellers who take payment and never ship (warned, then suspended). */
export function plantNonShipper(w: WorldBuilder, pickBuyer: Pick, out: PatternMap): void {
  const seller = w.user({ ageDays: 40 + w.rng.int(60), seller: true });
  for (let o = 0; o < 7; o += 1) {
    const buyer = pickBuyer();
    const shipped = o < 2;
    const id = w.order({ buyer, seller, daysAgo: 4 + o * 3, shipAfterHours: shipped ? 40 : null, deliverAfterHours: shipped ? 70 : null });
    if (!shipped && o % 2 === 0) w.dispute(id, buyer, 'inr', 'open', w.ago(1));
  }
  w.enforcement(seller, 'warning', 'late shipping', 25);
  w.enforcement(seller, 'suspension', 'selling while unable to ship', 12);
  out.non_shipping_sellers.push(seller);
}

/** Long-standing accounts whose email and payout changed from a new device in the last day. */
export function plantTakeover(w: WorldBuilder, pickSeller: Pick, out: PatternMap): void {
  const victim = w.user({ ageDays: 700 + w.rng.int(900), seller: w.rng.int(2) === 0 });
  for (let o = 0; o < 3; o += 1) w.order({ buyer: victim, seller: pickSeller(), daysAgo: 20 + o * 15, shipAfterHours: 20, deliverAfterHours: 70 });
  const intruder = `dev_new_${victim.toLowerCase()}`;
  w.device(victim, intruder, 0.3, 0);
  w.event(victim, 'login', intruder, 7, 'RO');
  w.event(victim, 'email_change', intruder, 6.5, 'RO');
  w.event(victim, 'payout_change', intruder, 6, 'RO');
  w.event(victim, '2fa_disabled', intruder, 5.8, 'RO');
  out.account_takeover_victims.push(victim);
}

/** Buyers who dispute card payments after receiving the goods. */
export function plantChargebacks(w: WorldBuilder, pickSeller: Pick, out: PatternMap): void {
  const buyer = w.user({ ageDays: 60 + w.rng.int(100), verified: false });
  for (let o = 0; o < 5; o += 1) {
    const charged = o < 3;
    const id = w.order({ buyer, seller: pickSeller(), daysAgo: 6 + o * 10, shipAfterHours: 24, deliverAfterHours: 60, paymentStatus: charged ? 'charged_back' : 'succeeded' });
    if (charged) w.dispute(id, buyer, 'unauthorized', 'lost', w.ago(2 + o * 10));
  }
  out.chargeback_buyers.push(buyer);
}
