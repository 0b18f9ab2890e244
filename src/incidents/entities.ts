/**
 * The entities one ticket points at, from its risk context (the orders it names, their seller,
 * show and tracking number, the sellers' linked-account clusters, handles it names) and its text
 * (off-platform contacts). Entities from the same order or party share a `group`: incidents on
 * entities of one group are linked, and merge.
 */
import type { Ticket } from '../domain/ticket';
import type { PartyContext, RiskContext } from '../risk/types';
import { extractContacts, type ContactOptions } from './contacts';
import type { EntityType, TicketEntity } from './types';

export interface ShowInfo {
  title: string;
  sellerId: string;
}

export interface EntityInputs {
  ticket: Ticket;
  context: RiskContext | null;
  /** Titles of the shows the context's orders belong to (unknown shows are labelled by id). */
  shows: ReadonlyMap<string, ShowInfo>;
  allowed: readonly EntityType[];
  contactOptions?: ContactOptions;
}

const MAX_ENTITIES = 24;

function clusterOf(party: PartyContext): { id: string; size: number } | null {
  if (party.linkedAccounts.length === 0) return null;
  const members = [party.userId, ...party.linkedAccounts.map((a) => a.userId)].sort();
  return { id: `C-${members[0] ?? party.userId}`, size: members.length };
}

/** The entities of one ticket, deduplicated by (type, id) with the first group kept per group pair. */
export function ticketEntities(inputs: EntityInputs): TicketEntity[] {
  const { context, ticket } = inputs;
  const out: TicketEntity[] = [];
  const allowed = new Set(inputs.allowed);
  const add = (type: EntityType, id: string, label: string, group: string): void => {
    if (!allowed.has(type) || out.length >= MAX_ENTITIES) return;
    if (out.some((e) => e.type === type && e.id === id && e.group === group)) return;
    out.push({ type, id, label, group });
  };
  const requesterId = context?.requester?.userId ?? null;
  const parties = new Map((context?.parties ?? []).map((p) => [p.userId, p]));
  const handle = (userId: string): string => {
    const party = parties.get(userId);
    return party ? `@${party.account.username}` : userId;
  };
  const addParty = (party: PartyContext, group: string): void => {
    if (party.userId === requesterId) return;
    if (party.account.isSeller) add('seller', party.userId, handle(party.userId), group);
    const cluster = clusterOf(party);
    if (cluster) add('linked_cluster', cluster.id, `${handle(party.userId)} and ${cluster.size - 1} linked account${cluster.size === 2 ? '' : 's'}`, group);
  };
  for (const order of context?.orders ?? []) {
    const group = `order:${order.id}`;
    if (order.sellerId !== requesterId) {
      add('seller', order.sellerId, handle(order.sellerId), group);
      const seller = parties.get(order.sellerId);
      if (seller) addParty(seller, group);
    }
    if (order.showId) {
      const show = inputs.shows.get(order.showId);
      const title = show ? `'${show.title}'` : order.showId;
      add('show', order.showId, `${handle(show?.sellerId ?? order.sellerId)}'s show ${title}`, group);
    }
    if (order.trackingNumber) add('tracking', order.trackingNumber.toUpperCase(), `tracking ${order.trackingNumber.toUpperCase()}`, group);
  }
  for (const tracking of context?.mentions.trackingNumbers ?? []) {
    if (!out.some((e) => e.type === 'tracking' && e.id === tracking)) add('tracking', tracking, `tracking ${tracking}`, `tracking:${tracking}`);
  }
  for (const party of context?.parties ?? []) {
    if (party.roles.includes('mentioned')) addParty(party, `party:${party.userId}`);
  }
  const known = [...(context?.orders ?? []).flatMap((o) => [o.id, o.trackingNumber ?? '']), ...(context?.mentions.trackingNumbers ?? [])];
  const text = `${ticket.subject ?? ''}\n${ticket.text ?? ''}`;
  for (const contact of extractContacts(text, { ...inputs.contactOptions, knownNumbers: known })) {
    add('contact', contact.id, contact.label, `contact:${contact.id}`);
  }
  return out;
}
