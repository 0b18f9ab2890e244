import { renderNote, MAX_NOTE_BYTES, type NoteInput } from '../../../src/triage/note';
import { NOTE_SECTIONS } from '../../../src/triage/rules';
import type { PartyContext } from '../../../src/risk/types';
import { context, order, party, reason } from '../decide/context-fixtures';

const FINGERPRINT = 'fp_9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d';

function richContext() {
  const requester = party({
    userId: 'u_buyer',
    account: { ...party({ userId: 'u_buyer' }).account, username: 'jane_buys', email: 'jane.doe@example.com', ageDays: 3 },
    score: 72,
    level: 'high',
    linkedAccounts: [{ userId: 'u_banned', username: 'old_scammer', status: 'banned', via: ['device', 'payment'] }],
    recentEvents: [{ type: 'email_change', at: '2026-11-25T01:00:00Z', country: 'RO', device: 'devabcdef123456789', newDevice: true }],
    enforcements: [{ action: 'warning', reason: 'abusive chat', at: '2026-06-01T00:00:00Z' }],
    reasons: [
      reason('linked_to_banned_account', 'u_buyer', 40, { linked_user: 'u_banned', payment_fingerprint: FINGERPRINT }),
      reason('new_account', 'u_buyer', 15, { age_days: 3, ip: '203.0.113.9' }),
    ],
  });
  const seller: PartyContext = party({
    userId: 'u_seller',
    roles: ['seller'],
    account: { ...party({ userId: 'u_seller' }).account, username: 'cardkingz', isSeller: true, status: 'suspended' },
    seller: { windowDays: 30, orders: 40, unshippedOver3Days: 6, inrClaims: 4, snadClaims: 2, inrRate: 0.1, snadRate: 0.05 },
  });
  const orders = [
    order({
      id: 'WN-48213977',
      buyerId: 'u_buyer',
      sellerId: 'u_seller',
      amountCents: 123_456,
      disputes: [{ id: 'd1', type: 'inr', status: 'open', openedBy: 'u_buyer', createdAt: '2026-11-20T00:00:00Z' }],
      refunds: [{ id: 'r1', amountCents: 2_000, reason: 'partial', createdAt: '2026-11-21T00:00:00Z' }],
    }),
  ];
  return context({ requester, others: [seller], orders, level: 'high', score: 72 });
}

function input(overrides: Partial<NoteInput> = {}): NoteInput {
  return {
    intent: 'item_not_received',
    intents: [{ name: 'item_not_received', confidence: 0.91 }, { name: 'refund_request', confidence: 0.62 }],
    crisis: false,
    crisisEvidence: [],
    context: richContext(),
    sections: [...NOTE_SECTIONS],
    nextSteps: ['Check the carrier scan', 'Hold the payout'],
    rules: { version: 'abc123def456', fired: ['inr_claim', 'high_risk'] },
    ...overrides,
  };
}

describe('renderNote content', () => {
  const html = renderNote(input());

  it('starts with the headline: risk level, score and primary intent', () => {
    expect(html.startsWith('<p><b>Risk: HIGH 72/100</b>')).toBe(true);
    expect(html).toContain('Primary intent: <b>Item not received</b> (91%)');
    expect(html).toContain('Refund request (62%)');
  });

  it('shows reasons with evidence, strongest first, masking and shortening', () => {
    expect(html.indexOf('Linked to banned account')).toBeLessThan(html.indexOf('New account'));
    expect(html).toContain('<b>+40</b>');
    expect(html).toContain('fp_9a8b7…');
    expect(html).not.toContain(FINGERPRINT);
    expect(html).not.toContain('203.0.113.9');
  });

  it('summarises requester and counterparty with masked emails', () => {
    expect(html).toContain('@jane_buys');
    expect(html).toContain('j***@example.com');
    expect(html).not.toContain('jane.doe@example.com');
    expect(html).toContain('3 days old');
    expect(html).toContain('@cardkingz');
    expect(html).toContain('<b>SUSPENDED</b>');
    expect(html).toContain('6 unshipped &gt;3 d');
  });

  it('lists the mentioned order with shipping, tracking, disputes and refunds', () => {
    expect(html).toContain('WN-48213977');
    expect(html).toContain('1,234.56 USD');
    expect(html).toContain('tracking UPS 1Z999AA10123456784');
    expect(html).toContain('inr open');
    expect(html).toContain('20.00 USD partial');
  });

  it('lists linked accounts, events, enforcements, next steps and the rules version', () => {
    expect(html).toContain('@old_scammer');
    expect(html).toContain('<b>BANNED</b>');
    expect(html).toContain('Email change');
    expect(html).toContain('devabcde…');
    expect(html).toContain('abusive chat');
    expect(html).toMatch(/<ol><li>Check the carrier scan<\/li><li>Hold the payout<\/li><\/ol>/);
    expect(html).toContain('rules abc123def456 · fired: inr_claim, high_risk');
  });

  it('uses only tags both Zendesk and Intercom notes render, without attributes', () => {
    const tags = [...html.matchAll(/<\/?([a-z0-9]+)([^>]*)>/g)];
    for (const [, name, attrs] of tags) {
      expect(['p', 'b', 'i', 'br', 'ul', 'ol', 'li']).toContain(name);
      expect(attrs).toBe('');
    }
  });

  it('renders only the sections asked for, in the given order', () => {
    const only = renderNote(input({ sections: ['orders', 'reasons'] }));
    expect(only).not.toContain('@old_scammer');
    expect(only).not.toContain('Next steps');
    expect(only.indexOf('Orders mentioned')).toBeLessThan(only.indexOf('Why this risk'));
  });
});

describe('crisis and missing risk', () => {
  it('puts the crisis banner first with escaped evidence', () => {
    const html = renderNote(input({ crisis: true, crisisEvidence: [{ excerpt: 'i want to <b>end it</b>', kind: 'suicidal_ideation', category: 'suicidal_ideation', language: 'en', source: 'local' }] }));
    expect(html.startsWith('<p><b>⚠ CRISIS')).toBe(true);
    expect(html).toContain('i want to &lt;b&gt;end it&lt;/b&gt;');
    expect(html.indexOf('CRISIS')).toBeLessThan(html.indexOf('Risk: HIGH'));
  });

  it('says risk is unavailable when the context is null, still with next steps', () => {
    const html = renderNote(input({ context: null }));
    expect(html).toContain('Risk: unavailable');
    expect(html).toContain('Check the carrier scan');
    expect(html).not.toContain('Why this risk');
  });

  it('says when the requester was not matched', () => {
    const html = renderNote(input({ context: context({ requester: null }) }));
    expect(html).toContain('Not matched to a marketplace account: no user with that email or external id');
  });
});

describe('hostile data', () => {
  const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';

  it('escapes every value taken from ticket or data', () => {
    const ctx = richContext();
    const requester = ctx.requester as PartyContext;
    requester.account.username = evil;
    const html = renderNote(
      input({
        context: { ...ctx, orders: ctx.orders.map((o) => ({ ...o, title: evil, currency: '<u>' })), reasons: [reason('new_account', 'u_buyer', 5, { [evil]: evil })] },
        nextSteps: [evil],
        crisis: true,
        crisisEvidence: [{ excerpt: evil, kind: evil, category: 'self_harm', language: 'en', source: 'local' }],
      }),
    );
    expect(html).not.toMatch(/<script|<img|<u>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&#39;&amp;');
  });

  it('stays under 64 KB with a huge context, saying how much was left out', () => {
    const ctx = richContext();
    const big = '€"<'.repeat(5_000);
    const many = Array.from({ length: 400 }, (_, i) => i);
    const requester = ctx.requester as PartyContext;
    requester.linkedAccounts = many.map((i) => ({ userId: `u_${i}_${big}`, username: big, status: 'banned', via: ['device'] }));
    requester.recentEvents = many.map(() => ({ type: big, at: 'not a date', country: big, device: big, newDevice: true }));
    const huge = {
      ...ctx,
      reasons: many.map((i) => reason('velocity_spike', 'u_buyer', i, Object.fromEntries(many.slice(0, 50).map((k) => [`k${k}`, big])))),
      orders: many.map((i) => order({ id: `WN-${i}`, buyerId: 'u_buyer', sellerId: 'u_seller', title: big, refunds: many.map((r) => ({ id: `r${r}`, amountCents: r, reason: big, createdAt: big })) })),
      parties: [...ctx.parties, ...many.map((i) => party({ userId: `p${i}`, account: { ...requester.account, username: big } }))],
    };
    const html = renderNote(input({ context: huge, nextSteps: many.map((i) => `${i} ${big}`), rules: { version: big, fired: many.map(String) } }));
    const size = Buffer.byteLength(html, 'utf8');
    expect(size).toBeLessThan(MAX_NOTE_BYTES);
    expect(html).toMatch(/… \d+ more/);
    expect(html.startsWith('<p><b>Risk: HIGH 72/100</b>')).toBe(true);
  });
});
