import { MAX_VIEW_BYTES } from '../../src/sidebar/context-view';
import { toContextView } from '../../src/sidebar/to-context-view';
import { storedFromDecision, toHistoryEntry } from '../../src/sidebar/view-loader';
import { decision, order, party, riskContext } from './fixtures';

const NOW = new Date('2026-11-25T12:30:00Z');

function build(overrides: Partial<Parameters<typeof toContextView>[0]> = {}) {
  return toContextView({ source: 'zendesk', ticketId: '4711', status: 'decided', decision: decision(), context: riskContext(), history: [], now: NOW, ...overrides });
}

describe('toContextView', () => {
  it('projects the decision and the fresh context into the sidebar view', () => {
    const view = build({ history: [toHistoryEntry(storedFromDecision(decision(), '2026-11-25T11:00:00Z', 'written'))] });
    expect(view).toMatchObject({ source: 'zendesk', ticketId: '4711', status: 'decided', generatedAt: NOW.toISOString(), intent: 'item_not_received', crisis: false });
    expect(view.risk.score).toBe(40);
    expect(view.risk.level).toBe('high');
    expect(view.risk.reasons.map((r) => r.code)).toEqual(['linked_to_banned_account', 'delivered_but_claimed_inr']);
    expect(view.risk.reasons[0].partyUsername).toBe('cardkingz');
    expect(view.requesterId).toBe('u_req');
    const requester = view.parties.find((p) => p.roles.includes('requester'));
    expect(requester).toMatchObject({ userId: 'u_req', username: 'jane_buyer', maskedEmail: 'j***@example.com', verification: { email: true, phone: false, id: false } });
    expect(requester?.buyer.chargebacks).toBe(2);
    const seller = view.parties.find((p) => p.userId === 'u_sel');
    expect(seller?.seller?.unshippedOver3Days).toBe(6);
    expect(seller?.enforcements).toEqual({ count: 1, last: { action: 'warning', reason: 'late shipping', at: '2026-10-01T00:00:00Z' } });
    expect(view.orders[0]).toMatchObject({ id: 'WN-48213977', status: 'delivered', trackingNumber: '1Z999AA10123456784', disputes: [{ type: 'inr', status: 'open' }] });
    expect(view.linkedAccounts).toEqual([{ userId: 'u_ban', username: 'shadyseller', status: 'banned', via: ['device', 'payment'], linkedTo: 'u_sel' }]);
    expect(view.actions).toEqual({ tags: ['rd-risk-high', 'rd-inr'], priority: 'high', route: 'tns_escalations', macros: ['inr_delivered'], slaMinutes: 240 });
    expect(view.history).toEqual([{ at: '2026-11-25T11:00:00Z', rulesVersion: 'v3', level: 'high', score: 40, intent: 'item_not_received', outcome: 'written' }]);
    expect(view.truncated).toBe(false);
  });

  it('never carries a full email or any fingerprint', () => {
    const json = JSON.stringify(build());
    expect(json).not.toMatch(/jane\.doe@|kings@cards/);
    expect(json).not.toContain('fp_9f8e');
    expect(json).not.toMatch(/fingerprint/i);
  });

  it('masks emails quoted inside reason texts', () => {
    const context = riskContext();
    context.reasons[0] = { ...context.reasons[0], text: 'Linked to old.account@mail.example via device' };
    expect(JSON.stringify(build({ context }))).not.toContain('old.account@');
  });

  it('falls back to the decision’s risk when the risk context is unavailable', () => {
    const view = build({ context: null, decision: decision({ risk: { score: 55, level: 'high', reasons: [] } }) });
    expect(view.risk).toEqual({ score: 55, level: 'high', reasons: [] });
    expect(view.parties).toEqual([]);
    expect(view.requesterNote).toMatch(/unavailable/);
  });

  it('sorts linked accounts banned and suspended first', () => {
    const context = riskContext();
    context.parties[0].linkedAccounts = [
      { userId: 'a', username: 'ok', status: 'active', via: ['device'] },
      { userId: 'b', username: 'susp', status: 'suspended', via: ['payment'] },
      { userId: 'c', username: 'ban', status: 'banned', via: ['device'] },
    ];
    expect(build({ context }).linkedAccounts.map((l) => l.status)).toEqual(['banned', 'suspended', 'active']);
  });

  it('stays under 64 KB for a huge context, keeps the requester and says it was cut', () => {
    const context = riskContext();
    const longTitle = 'Holo rare '.repeat(200);
    context.orders = Array.from({ length: 2000 }, (_, i) => ({ ...order, id: `WN-${10000000 + i}`, title: longTitle, disputes: Array(30).fill(order.disputes[0]) }));
    const others = Array.from({ length: 300 }, (_, i) =>
      party({ userId: `u_${i}`, username: `user_${i}`, email: `u${i}@x.example`, roles: ['mentioned'], score: 90, level: 'critical', linkedAccounts: Array.from({ length: 50 }, (__, j) => ({ userId: `l_${i}_${j}`, username: `linked_${j}`, status: 'banned' as const, via: ['device' as const] })) }),
    );
    context.parties = [...others, ...context.parties];
    context.reasons = Array.from({ length: 500 }, (_, i) => ({ ...context.reasons[0], text: `reason ${i} ${'x'.repeat(500)}` }));
    const view = build({ context, history: Array.from({ length: 500 }, () => toHistoryEntry(storedFromDecision(decision(), '2026-11-25T11:00:00Z', 'written'))) });
    expect(Buffer.byteLength(JSON.stringify(view))).toBeLessThanOrEqual(MAX_VIEW_BYTES);
    expect(view.truncated).toBe(true);
    expect(view.parties.some((p) => p.roles.includes('requester'))).toBe(true);
    expect(view.orders.length).toBeGreaterThan(0);
    expect(view.orders.length).toBeLessThan(2000);
    expect(view.risk.reasons[0].text.length).toBeLessThanOrEqual(300);
  });

  it('honours a smaller byte bound by cutting further', () => {
    const small = build({ maxBytes: 2500 });
    expect(Buffer.byteLength(JSON.stringify(small))).toBeLessThanOrEqual(2500);
    expect(small.truncated).toBe(true);
    expect(() => build({ maxBytes: 200 })).toThrow(/cannot fit in 200 bytes/);
  });
});
