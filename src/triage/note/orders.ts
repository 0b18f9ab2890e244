/** Mentioned orders: what happened, when, and the money already moved (disputes, refunds). */
import type { OrderContext, RiskContext } from '../../risk/types';
import { hours, money, nameOf, when } from './format';
import { list, text, title } from './html';
import type { NoteLimits } from './limits';

function orderItem(order: OrderContext, context: RiskContext, limits: NoteLimits): string {
  const shipping = order.shippedAt ? `shipped ${when(order.shippedAt)} (${hours(order.hoursToShip)} after order)` : 'not shipped';
  const delivery = order.deliveredAt ? `delivered ${when(order.deliveredAt)} (${hours(order.hoursInTransit)} in transit)` : 'not delivered';
  const tracking = order.trackingNumber
    ? `tracking ${text(order.carrier ?? 'carrier?', 30)} ${text(order.trackingNumber, 40)}`
    : 'no tracking';
  const disputes = order.disputes
    .slice(0, limits.disputes)
    .map((d) => `${text(d.type, 20)} ${text(d.status, 10)} (opened ${when(d.createdAt)} by ${text(nameOf(d.openedBy, context.parties), 60)})`);
  const refunds = order.refunds.slice(0, limits.disputes).map((r) => `${money(r.amountCents, order.currency)} ${text(r.reason, limits.text)} (${when(r.createdAt)})`);
  const extra = [
    disputes.length > 0 ? `Disputes: ${disputes.join('; ')}${more(order.disputes.length, limits.disputes)}` : 'No disputes',
    refunds.length > 0 ? `Refunds: ${refunds.join('; ')}${more(order.refunds.length, limits.disputes)}` : 'No refunds',
  ];
  return (
    `<b>${text(order.id, 60)}</b> — ${text(order.title, limits.text)} (${text(order.category, 40)}) — <b>${money(order.amountCents, order.currency)}</b> — ` +
    `status <b>${text(order.status, 12)}</b><br>Buyer ${text(nameOf(order.buyerId, context.parties), 60)}, seller ${text(nameOf(order.sellerId, context.parties), 60)} · ` +
    `ordered ${when(order.createdAt)} · ${shipping} · ${delivery} · ${tracking}<br>${extra.join(' · ')}`
  );
}

function more(total: number, shown: number): string {
  return total > shown ? ` … ${total - shown} more` : '';
}

export function ordersSection(context: RiskContext, limits: NoteLimits): string {
  if (context.orders.length === 0) {
    const mentioned = context.mentions.orderIds.length;
    return title('Orders') + `<p>${mentioned > 0 ? `${mentioned} order id(s) mentioned but not found in the marketplace data.` : 'No order mentioned in the ticket.'}</p>`;
  }
  return title('Orders mentioned') + list(context.orders, limits.orders, (o) => orderItem(o, context, limits));
}
