import type { Queryable } from '../store/db';
import type { RequesterIdentity } from '../domain/ticket';
import type { EntityPatterns, RiskConfig } from './config';
import { extractMentions } from './mentions';
import { assembleParty, type PartyRows } from './party';
import { orderReasons, partyReasons } from './reasons';
import { scoreReasons, strongestFirst, levelFor } from './score';
import { partyFacts } from './queries/activity';
import { orderContexts, type OrderRow } from './queries/orders';
import { resolveParties } from './queries/resolve';
import type { UserRow } from './queries/users';
import { daysAgo, hoursAgo } from './queries/values';
import type { PartyContext, PartyRole, RiskContext } from './types';

export interface BuildRiskContextInput {
  requester: RequesterIdentity;
  subject?: string;
  text: string;
}

export interface BuildRiskContextOptions {
  config: RiskConfig;
  now?: Date;
  /** Overrides config.entities (e.g. a tenant's own order id format). */
  patterns?: EntityPatterns;
}

const clean = (value: string | undefined): string | null => {
  const trimmed = typeof value === 'string' ? value.trim().slice(0, 320) : '';
  return trimmed === '' ? null : trimmed;
};

/** Who is in the ticket, in priority order: requester, parties of named orders, named handles. */
function partyRoles(requester: UserRow | null, orders: OrderRow[], handleUsers: UserRow[], max: number): Map<string, PartyRole[]> {
  const roles = new Map<string, PartyRole[]>();
  const add = (id: string, role: PartyRole): void => {
    const existing = roles.get(id);
    if (existing) {
      if (!existing.includes(role)) existing.push(role);
    } else if (roles.size < max) roles.set(id, [role]);
  };
  if (requester) add(requester.id, 'requester');
  for (const o of orders) {
    add(o.buyer_id, 'buyer');
    add(o.seller_id, 'seller');
  }
  for (const u of handleUsers) add(u.id, 'mentioned');
  return roles;
}

function unknownRequesterNote(identity: RequesterIdentity): string {
  if (!clean(identity.externalId) && !clean(identity.email)) return 'The ticket carries no marketplace user id or email, so the requester could not be matched.';
  return 'No marketplace account matches the requester’s user id or email (checked id first, then email, case-insensitively).';
}

/**
 * The full risk context for one ticket: two statements, both index-backed (resolve the parties;
 * then every party's facts at once), then pure scoring. Two round trips whatever the ticket.
 */
export async function buildRiskContext(db: Queryable, input: BuildRiskContextInput, options: BuildRiskContextOptions): Promise<RiskContext> {
  const { config } = options;
  const now = options.now ?? new Date();
  const patterns = options.patterns ?? config.entities;
  const text = [input.subject ?? '', typeof input.text === 'string' ? input.text : ''].join('\n');
  const mentions = extractMentions(text, patterns);

  const identity = input.requester ?? {};
  const resolved = await resolveParties(db, {
    externalId: clean(identity.externalId),
    email: clean(identity.email),
    orderIds: mentions.orderIds,
    trackingNumbers: mentions.trackingNumbers,
    handles: mentions.handles,
    limit: patterns.maxPerKind,
  });
  const { requester: requesterRow, orders: orderRows, handleUsers } = resolved;
  const roles = partyRoles(requesterRow, orderRows, handleUsers, patterns.maxParties);
  const ids = [...roles.keys()];

  const { windows, reasons: rules } = config;
  const facts = await partyFacts(db, {
    ids,
    orderIds: orderRows.map((o) => o.id),
    buyerSince: daysAgo(now, windows.buyerDays),
    since24h: hoursAgo(now, 24),
    since31d: daysAgo(now, 31),
    sellerSince: daysAgo(now, windows.sellerDays),
    unshippedBefore: daysAgo(now, rules.seller_unshipped_orders.unshippedAfterDays),
    eventsSince: hoursAgo(now, Math.max(windows.eventsHours, rules.recent_account_changes.windowHours)),
    perFingerprint: patterns.maxLinkedPerFingerprint,
  });
  const orders = orderContexts(orderRows, facts.disputes, facts.refunds);

  const userById = new Map(facts.users.map((u) => [u.id, u]));
  const highValue = orderReasons(orders, rules);
  const parties: PartyContext[] = [];
  for (const [id, partyRolesList] of roles) {
    const user = userById.get(id);
    if (!user) continue; // an order can name an account the store does not hold
    const rows: PartyRows = {
      user,
      roles: partyRolesList,
      buyer: facts.buyers.find((r) => r.user_id === id),
      seller: facts.sellers.find((r) => r.user_id === id),
      links: facts.links.filter((r) => r.owner === id),
      events: facts.events.filter((r) => r.user_id === id),
      enforcements: facts.enforcements.filter((r) => r.user_id === id),
    };
    const { party, signals } = assembleParty(rows, now, windows);
    const found = [...partyReasons(party, signals, rules, now), ...highValue.filter((r) => r.party === id)];
    parties.push({ ...party, ...scoreReasons(found, config.levels) });
  }
  parties.sort((a, b) => b.score - a.score || Number(b.roles.includes('requester')) - Number(a.roles.includes('requester')));

  const requester = parties.find((p) => p.roles.includes('requester')) ?? null;
  const score = parties[0]?.score ?? 0;
  return {
    requester,
    ...(requester ? {} : { requesterNote: unknownRequesterNote(identity) }),
    parties,
    orders,
    mentions,
    score,
    level: levelFor(score, config.levels),
    reasons: parties.flatMap((p) => p.reasons).sort(strongestFirst),
    computedAt: now.toISOString(),
  };
}
