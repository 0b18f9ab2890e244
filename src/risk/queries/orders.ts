import type { OrderContext, RefundFacts } from '../types';
import type { DisputeRow, RefundRow } from './activity';
import { iso, isoOrNull, ms, num } from './values';

export interface OrderRow {
  id: string;
  buyer_id: string;
  seller_id: string;
  show_id: string | null;
  title: string;
  category: string;
  amount_cents: number;
  currency: string;
  status: OrderContext['status'];
  created_at: Date | string;
  shipped_at: Date | string | null;
  delivered_at: Date | string | null;
  tracking_number: string | null;
  carrier: string | null;
}

/** Each mentioned order with its disputes and refunds and its shipping times. */
export function orderContexts(orders: OrderRow[], disputes: DisputeRow[], refunds: RefundRow[]): OrderContext[] {
  return orders.map((o) => toOrderContext(o, disputes, refunds));
}

function toOrderContext(o: OrderRow, disputes: DisputeRow[], refunds: RefundRow[]): OrderContext {
  const hours = (from: unknown, to: unknown): number | null =>
    from && to ? Math.round(((ms(to) - ms(from)) / 3_600_000) * 10) / 10 : null;
  return {
    id: o.id,
    buyerId: o.buyer_id,
    sellerId: o.seller_id,
    showId: o.show_id,
    title: o.title,
    category: o.category,
    amountCents: num(o.amount_cents),
    currency: o.currency,
    status: o.status,
    createdAt: iso(o.created_at),
    shippedAt: isoOrNull(o.shipped_at),
    deliveredAt: isoOrNull(o.delivered_at),
    trackingNumber: o.tracking_number,
    carrier: o.carrier,
    hoursToShip: hours(o.created_at, o.shipped_at),
    hoursInTransit: hours(o.shipped_at, o.delivered_at),
    disputes: disputes
      .filter((d) => d.order_id === o.id)
      .map((d) => ({ id: d.id, type: d.type, status: d.status, openedBy: d.opened_by, createdAt: iso(d.created_at) })),
    refunds: refunds
      .filter((r) => r.order_id === o.id)
      .map((r) => ({ id: r.id, amountCents: num(r.amount_cents), reason: r.reason, createdAt: iso(r.created_at) }) satisfies RefundFacts),
  };
}
