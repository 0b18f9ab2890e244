/** Small formatters shared by the note sections. Outputs are plain text: escape before use. */
import type { OrderContext, PartyContext } from '../../risk/types';

export function humanize(code: string): string {
  const words = code.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

export function money(cents: number, currency?: string): string {
  const amount = (cents / 100).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  // Currency codes are data too: keep letters only so the result is always safe to embed.
  const code = (currency ?? '').replace(/[^A-Za-z]/g, '').slice(0, 5).toUpperCase();
  return code ? `${amount} ${code}` : amount;
}

/** `2026-11-24T10:00:00Z` → `2026-11-24 10:00 UTC`; never echoes an unparseable value. */
export function when(iso: string): string {
  const date = new Date(String(iso).slice(0, 40));
  if (Number.isNaN(date.getTime())) return 'unknown date';
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function hours(value: number | null): string {
  if (value === null) return '—';
  return value >= 48 ? `${Math.round(value / 24)} d` : `${Math.round(value)} h`;
}

export function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

export function partyName(party: PartyContext): string {
  return `@${party.account.username}`;
}

/** `@handle` for a known user id, else the id itself. */
export function nameOf(userId: string, parties: PartyContext[]): string {
  const party = parties.find((p) => p.userId === userId);
  return party ? partyName(party) : userId;
}

export function orderLabel(order: OrderContext): string {
  return `${order.id} — ${order.title}`;
}
