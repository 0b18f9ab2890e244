/** Human-readable one-liners for the sidebar renderers (Canvas Kit; the Zendesk app mirrors them in JS). */
import type { ActionsStatus, ViewOrder, ViewParty } from './context-view';

const ACTIONS_HEADINGS: Record<ActionsStatus, string> = {
  taken: 'Actions taken',
  shadow: 'Actions: shadow — nothing written',
  failed: 'Actions: write-back failed — not confirmed written',
  proposed: 'Actions riskdesk would take',
};

/** The actions section's title: it never says "taken" when nothing was written. */
export function actionsHeading(status: ActionsStatus): string {
  return ACTIONS_HEADINGS[status];
}

export function money(cents: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(cents / 100);
  } catch {
    return `${(cents / 100).toFixed(2)} ${currency}`;
  }
}

export function percent(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}

/** `2026-11-25T12:50:27.000Z` → `2026-11-25 12:50 UTC`; anything else is returned as is. */
export function shortTime(iso: string | null): string {
  if (!iso) return '—';
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Evidence values: ISO timestamps shortened, everything else as text. */
export function evidenceLine(evidence: Record<string, string | number | boolean | null>): string {
  return Object.entries(evidence)
    .map(([key, value]) => `${humanize(key)}: ${typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? shortTime(value) : String(value)}`)
    .join(' · ');
}

export function humanize(code: string): string {
  return code.replace(/_/g, ' ');
}

export function verificationLine(party: ViewParty): string {
  const done = (['email', 'phone', 'id'] as const).filter((k) => party.verification[k]);
  return done.length > 0 ? `${done.join(', ')} verified` : 'nothing verified';
}

export function buyerLine(party: ViewParty): string {
  const b = party.buyer;
  return `${plural(b.orders, 'order')} · spent ${(b.spendCents / 100).toFixed(2)} · ${plural(b.refunds, 'refund')} · ${plural(b.chargebacks, 'chargeback')} (${b.windowDays}d)`;
}

export function claimsLine(party: ViewParty): string {
  const b = party.buyer;
  return `${b.claimsOpened} opened (${b.claimsWon} won, ${b.claimsLost} lost) · rate ${percent(b.claimRate)}`;
}

export function sellerLine(party: ViewParty): string | null {
  const s = party.seller;
  if (!s) return null;
  return `${plural(s.orders, 'order')} · ${s.unshippedOver3Days} unshipped >3d · INR ${percent(s.inrRate)} · SNAD ${percent(s.snadRate)} (${s.windowDays}d)`;
}

export function enforcementLine(party: ViewParty): string {
  const { count, last } = party.enforcements;
  if (count === 0 || !last) return 'none';
  return `${count} (last: ${last.action}, ${shortTime(last.at)})`;
}

export function eventsLine(party: ViewParty): string | null {
  if (party.recentEvents.length === 0) return null;
  return party.recentEvents.map((e) => `${humanize(e.type)}${e.newDevice ? ' (new device)' : ''}`).join(', ');
}

export function orderShippingLine(order: ViewOrder): string {
  if (order.deliveredAt) return `delivered ${shortTime(order.deliveredAt)}`;
  if (order.shippedAt) return `shipped ${shortTime(order.shippedAt)}, not delivered`;
  return `not shipped (ordered ${shortTime(order.createdAt)})`;
}

export function orderDisputesLine(order: ViewOrder): string {
  const parts = [
    ...order.disputes.map((d) => `${d.type.toUpperCase()} dispute ${d.status}`),
    ...order.refunds.map((r) => `refund ${money(r.amountCents, order.currency)}`),
  ];
  return parts.join(' · ');
}
