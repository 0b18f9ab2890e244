import { ticketEntities } from '../../src/incidents/entities';
import type { DecisionIncident } from '../../src/incidents/types';
import { decide } from '../../src/triage/decide';
import { parseRules } from '../../src/triage/rules';
import { context, order, party, ticket } from '../triage/decide/context-fixtures';
import { rulesYaml } from '../triage/rules/rules-fixtures';

const incident: DecisionIncident = {
  id: 'INC-00012',
  entity: { type: 'show', id: 'SH-7', label: "@breaker's show 'Friday Night Breaks'" },
  ticketCount: 6,
  firstSeen: '2026-11-20T00:00:00.000Z',
  lastSeen: '2026-11-20T18:00:00.000Z',
  severity: 'high',
  amountCents: 412_000,
  currency: 'USD',
};

const rules = parseRules(
  rulesYaml(`
  - id: wave_owner
    when: { incident: { minTickets: 5, entity: [show, seller] } }
    then: { route: fraud, priority: high }
  - id: any_incident
    when: { incident: {} }
    then: { tags: [riskdesk_wave] }
`),
);

describe('the decision carries its incident', () => {
  const t = ticket({ text: 'My order WN-48004033 never arrived' });

  it('adds incident, tags, note section and lets rules route the wave', () => {
    const d = decide(t, context(), rules, { incident });
    expect(d.incident).toEqual(incident);
    expect(d.actions.tags).toEqual(expect.arrayContaining(['riskdesk_incident', 'riskdesk_incident_inc_00012', 'riskdesk_wave']));
    expect(d.actions.route).toBe('fraud');
    expect(d.rules.fired).toEqual(['wave_owner', 'any_incident']);
    expect(d.note).toContain('6 tickets in 18 h about @breaker&#39;s show &#39;Friday Night Breaks&#39;, $4,120 at stake — INC-00012');
  });

  it('is null without an incident, and incident conditions then never match', () => {
    const d = decide(t, context(), rules);
    expect(d.incident).toBeNull();
    expect(d.rules.fired).toEqual([]);
    expect(d.actions.tags).not.toContain('riskdesk_incident');
    expect(d.note).not.toContain('Incident');
  });

  it('minTickets and entity kinds are both checked', () => {
    expect(decide(t, context(), rules, { incident: { ...incident, ticketCount: 4 } }).rules.fired).toEqual(['any_incident']);
    expect(decide(t, context(), rules, { incident: { ...incident, entity: { type: 'contact', id: 'venmo:x', label: 'Venmo @x' } } }).rules.fired).toEqual(['any_incident']);
  });

  it('refuses an unknown entity kind in the rules file', () => {
    expect(() => parseRules(rulesYaml(`  - id: bad\n    when: { incident: { entity: [buyer] } }\n    then: { priority: high }\n`))).toThrow(/rules\[0\]\.when\.incident\.entity\[0\]/);
  });
});

describe('ticket entities', () => {
  it('names the seller, show, tracking number, the seller’s linked cluster and contacts — never the requester', () => {
    const buyer = party({ userId: 'u_buyer' });
    const seller = party({ userId: 'u_seller', roles: ['seller'], account: { ...party({ userId: 'u_seller' }).account, username: 'breaker', isSeller: true }, linkedAccounts: [{ userId: 'u_alt', username: 'alt', status: 'banned', via: ['device'] }] });
    const ctx = context({ requester: buyer, others: [seller], orders: [order({ id: 'WN-48004033', buyerId: 'u_buyer', sellerId: 'u_seller', showId: 'SH-7' })] });
    const entities = ticketEntities({
      ticket: ticket({ text: 'Order WN-48004033 never came. He said pay on Venmo @fastcards instead.' }),
      context: ctx,
      shows: new Map([['SH-7', { title: 'Friday Night Breaks', sellerId: 'u_seller' }]]),
      allowed: ['seller', 'show', 'tracking', 'contact', 'linked_cluster'],
    });
    expect(entities.map((e) => [e.type, e.id, e.label])).toEqual([
      ['seller', 'u_seller', '@breaker'],
      ['linked_cluster', 'C-u_alt', '@breaker and 1 linked account'],
      ['show', 'SH-7', "@breaker's show 'Friday Night Breaks'"],
      ['tracking', '1Z999AA10123456784', 'tracking 1Z999AA10123456784'],
      ['contact', 'venmo:fastcards', 'Venmo @fastcards'],
    ]);
    expect(entities.filter((e) => e.type !== 'contact').every((e) => e.group === 'order:WN-48004033')).toBe(true);
  });
});
