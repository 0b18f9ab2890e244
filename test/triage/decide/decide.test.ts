import { decide } from '../../../src/triage/decide';
import { NO_CRISIS } from '../../../src/triage/crisis/result';
import { loadRules, parseRules } from '../../../src/triage/rules';
import type { Decision } from '../../../src/triage/types';
import { rulesYaml } from '../rules/rules-fixtures';
import { context, order, party, reason, ticket } from './context-fixtures';

const rules = loadRules('config/rules.yaml');
const CRISIS_TEXT = 'My order never came and honestly I want to kill myself, I cannot take this anymore.';

describe('decide() with the default rules', () => {
  it('returns the full decision contract', () => {
    const d = decide(ticket({ text: 'My package never arrived, order #WN-48213977, tracking shows nothing for 3 weeks.' }), context(), rules);
    expect(Object.keys(d).sort()).toEqual(['actions', 'crisis', 'crisisCategory', 'crisisEvidence', 'crisisReview', 'helplines', 'incident', 'intent', 'intents', 'note', 'risk', 'rules']);
    expect(Object.keys(d.actions).sort()).toEqual(['macros', 'nextSteps', 'noteSections', 'priority', 'route', 'slaMinutes', 'tags']);
    expect(d.rules.version).toBe(rules.version);
    expect(d.risk).toEqual({ score: 0, level: 'low', reasons: [], available: true });
    expect(d.intent).toBe('item_not_received');
    expect(d.rules.fired).toContain('inr_claim');
    expect(d.actions.macros).toContain('inr_claim');
    expect(d.actions.tags).toEqual(expect.arrayContaining(['riskdesk_triaged', 'riskdesk_intent_item_not_received', 'riskdesk_risk_low', 'riskdesk_inr']));
    expect(d.note).toContain(`rules ${rules.version}`);
  });

  it('routes a crisis to the crisis team, urgent, with the crisis macro first', () => {
    const d = decide(ticket({ text: CRISIS_TEXT }), context(), rules);
    expect(d.crisis).toBe(true);
    expect(d.crisisEvidence.length).toBeGreaterThan(0);
    expect(d.actions).toMatchObject({ priority: 'urgent', route: 'crisis', slaMinutes: 15 });
    expect(d.actions.macros[0]).toBe('crisis_support');
    expect(d.actions.tags).toContain('riskdesk_crisis');
    expect(d.note.startsWith('<p><b>⚠ CRISIS')).toBe(true);
  });

  it('still decides when the risk lookup failed: crisis stays urgent + crisis route', () => {
    const d = decide(ticket({ text: CRISIS_TEXT }), null, rules);
    expect(d.actions).toMatchObject({ priority: 'urgent', route: 'crisis' });
    expect(d.risk.available).toBe(false);
  });

  it('without risk data, a normal ticket says so in the note and tags it', () => {
    const d = decide(ticket({ text: 'Where is my payout? It has been 10 days since the show.' }), null, rules);
    expect(d.crisis).toBe(false);
    expect(d.risk).toEqual({ score: 0, level: 'low', reasons: [], available: false });
    expect(d.note).toContain('Risk: unavailable');
    expect(d.actions.tags).toEqual(expect.arrayContaining(['riskdesk_risk_unavailable', 'riskdesk_risk_unknown']));
    expect(d.rules.fired).toContain('risk_unavailable');
    expect(d.rules.fired).not.toContain('high_risk');
  });

  it('is source-neutral: the same ticket from Zendesk and Intercom decides identically', () => {
    const seller = party({ userId: 'u_s', roles: ['seller'], reasons: [reason('seller_unshipped_orders', 'u_s', 30)], score: 30, level: 'medium' });
    const ctx = context({ others: [seller], orders: [order({ id: 'WN-7', buyerId: 'u_buyer', sellerId: 'u_s', amountCents: 150_000 })], level: 'medium', score: 30 });
    const text = 'Paid for a PSA 10 at the Friday show, order WN-7, seller never shipped it. I want my money back.';
    const fromZendesk = decide(ticket({ source: 'zendesk', id: '77', text }), ctx, rules);
    const fromIntercom = decide(ticket({ source: 'intercom', id: '77', text }), ctx, rules);
    expect(fromIntercom).toEqual(fromZendesk);
    expect(fromZendesk.rules.fired).toEqual(expect.arrayContaining(['seller_not_shipping', 'high_value_order']));
  });

  it('is pure: same inputs, same decision, no shared state between calls', () => {
    const t = ticket({ text: 'Someone logged into my account and changed my email!' });
    const ctx = context({ reasons: [reason('recent_account_changes', 'u_buyer', 30)], level: 'medium', score: 30 });
    const first: Decision = decide(t, ctx, rules);
    decide(ticket({ text: CRISIS_TEXT }), null, rules);
    expect(decide(t, ctx, rules)).toEqual(first);
    expect(first.actions.route).toBe('fraud_investigations');
    expect(first.rules.fired).toContain('ato_confirmed_signals');
  });
});

describe('decide() with injected classifiers', () => {
  const custom = parseRules(
    rulesYaml(`
  - id: source_specific
    when: { source: [intercom] }
    then: { tags: [riskdesk_from_intercom] }
  - id: fake
    when: { intent: { anyOf: [counterfeit], minConfidence: 0.7 } }
    then: { route: fraud, priority: high }
`),
  );
  const classify = () => ({ intent: 'counterfeit' as const, intents: [{ name: 'counterfeit' as const, confidence: 0.8 }] });
  const noCrisis = () => NO_CRISIS;

  it('uses the given classifier and crisis detector, and records fired rules', () => {
    const d = decide(ticket(), context(), custom, { classify, detectCrisis: noCrisis });
    expect(d.intent).toBe('counterfeit');
    expect(d.rules).toEqual({ version: custom.version, fired: ['fake'] });
    expect(d.actions).toMatchObject({ route: 'fraud', priority: 'high' });
  });

  it('source conditions are the only way the helpdesk changes a decision', () => {
    const d = decide(ticket({ source: 'intercom' }), context(), custom, { classify, detectCrisis: noCrisis });
    expect(d.rules.fired).toEqual(['source_specific', 'fake']);
    expect(d.actions.tags).toContain('riskdesk_from_intercom');
  });

  it('passes subject and text to the crisis detector', () => {
    const seen: string[] = [];
    decide(ticket({ subject: 'help me', text: 'body' }), null, custom, { classify, detectCrisis: (t) => (seen.push(t), NO_CRISIS) });
    expect(seen[0]).toContain('help me');
    expect(seen[0]).toContain('body');
  });
});

describe('decide() on partial tickets', () => {
  it('does not crash when hydration left fields out', () => {
    const partial = { source: 'zendesk', id: '9', requester: {} } as unknown as Parameters<typeof decide>[0];
    const d = decide(partial, null, rules);
    expect(d.intent).toBe('other');
    expect(d.actions.route).toBe('general_support');
  });
});
