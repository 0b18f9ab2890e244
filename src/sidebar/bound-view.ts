/**
 * Keeps a ContextView under its byte bound: lists are capped by ViewLimits, and when the
 * serialized view is still too large every cap is halved until it fits. The requester always
 * survives the party cap: it is the card agents look at first.
 */
import type { ContextView, ViewLimits, ViewParty } from './context-view';
import { boundEvidence, clip } from './text';

export function serializedBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}

function capParties(parties: ViewParty[], max: number): ViewParty[] {
  const requester = parties.find((p) => p.roles.includes('requester'));
  const others = parties.filter((p) => p !== requester);
  const kept = requester && max > 0 ? [requester, ...others.slice(0, max - 1)] : others.slice(0, max);
  // Keep the riskiest-first order of the input.
  return parties.filter((p) => kept.includes(p));
}

/** Applies `limits` to every list and string of `view`; marks it truncated when anything was cut. */
export function capView(view: ContextView, limits: ViewLimits): ContextView {
  const per = limits.perItem;
  const text = (s: string): string => clip(s, limits.text);
  const capped: ContextView = {
    ...view,
    risk: {
      ...view.risk,
      reasons: view.risk.reasons.slice(0, limits.reasons).map((r) => ({ ...r, text: text(r.text), evidence: boundEvidence(r.evidence, per, limits.text) })),
    },
    crisisEvidence: view.crisisEvidence.slice(0, per).map((e) => ({ ...e, excerpt: text(e.excerpt) })),
    intents: view.intents.slice(0, per),
    parties: capParties(view.parties, limits.parties).map((p) => ({
      ...p,
      username: text(p.username),
      recentEvents: p.recentEvents.slice(0, per),
      enforcements: p.enforcements.last ? { ...p.enforcements, last: { ...p.enforcements.last, reason: text(p.enforcements.last.reason) } } : p.enforcements,
    })),
    orders: view.orders.slice(0, limits.orders).map((o) => ({
      ...o,
      title: text(o.title),
      disputes: o.disputes.slice(0, per),
      refunds: o.refunds.slice(0, per).map((r) => ({ ...r, reason: text(r.reason) })),
    })),
    linkedAccounts: view.linkedAccounts.slice(0, limits.linkedAccounts).map((l) => ({ ...l, username: text(l.username) })),
    actions: { ...view.actions, tags: view.actions.tags.slice(0, per * 3).map(text), macros: view.actions.macros.slice(0, per).map(text) },
    history: view.history.slice(0, limits.history),
    requesterNote: view.requesterNote === null ? null : text(view.requesterNote),
  };
  // Anything cut (a list entry, a clipped string) changes the JSON: then the view says so.
  capped.truncated = view.truncated || JSON.stringify(capped) !== JSON.stringify(view);
  return capped;
}

function halve(limits: ViewLimits): ViewLimits {
  const half = (n: number, min: number): number => Math.max(min, Math.floor(n / 2));
  return {
    reasons: half(limits.reasons, 1),
    parties: half(limits.parties, 1),
    orders: half(limits.orders, 1),
    linkedAccounts: half(limits.linkedAccounts, 1),
    history: half(limits.history, 1),
    perItem: half(limits.perItem, 1),
    text: half(limits.text, 40),
  };
}

function isFloor(limits: ViewLimits): boolean {
  const floor = halve(limits);
  return JSON.stringify(floor) === JSON.stringify(limits);
}

/** Caps `view` with `limits`, halving them until the JSON is at most `maxBytes`; throws if it cannot. */
export function boundView(view: ContextView, limits: ViewLimits, maxBytes: number): ContextView {
  let current = limits;
  for (;;) {
    const capped = capView(view, current);
    if (serializedBytes(capped) <= maxBytes) return capped;
    if (isFloor(current)) break;
    current = halve(current);
    view = { ...view, truncated: true };
  }
  throw new Error(`context view for ${view.source} ticket ${clip(view.ticketId, 64)} cannot fit in ${maxBytes} bytes`);
}
