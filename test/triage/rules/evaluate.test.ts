import { evaluateRules } from '../../../src/triage/rules/evaluate';
import { buildFacts } from '../../../src/triage/rules/facts';
import { parseRules } from '../../../src/triage/rules';
import type { RiskContext } from '../../../src/risk/types';
import { context, ticket } from '../decide/context-fixtures';
import { rulesYaml } from './rules-fixtures';

function run(rulesBlock: string, opts: { crisis?: boolean; ctx?: RiskContext | null; channel?: string } = {}) {
  const rules = parseRules(rulesYaml(rulesBlock));
  const facts = buildFacts(
    ticket({ channel: opts.channel ?? 'email' }),
    opts.ctx === undefined ? context({ level: 'medium', score: 35 }) : opts.ctx,
    { intent: 'counterfeit', intents: [{ name: 'counterfeit', confidence: 0.9 }] },
    opts.crisis ?? false,
  );
  return evaluateRules(rules, facts);
}

describe('actions', () => {
  it('applies every action kind of a fired rule', () => {
    const { fired, actions } = run(`
  - id: all_actions
    then:
      tags: [riskdesk_fake, "riskdesk_i_{intent}", "riskdesk_l_{level}"]
      priority: high
      route: fraud
      macros: [fraud_macro]
      slaMinutes: 60
      noteSections: [orders, enforcements]
      emphasize: [linked_accounts]
      nextSteps: ["Ask for photos"]
`);
    expect(fired).toEqual(['all_actions']);
    expect(actions).toEqual({
      tags: ['riskdesk_triaged', 'riskdesk_fake', 'riskdesk_i_counterfeit', 'riskdesk_l_medium'],
      priority: 'high',
      route: 'fraud',
      macros: ['fraud_macro'],
      slaMinutes: 60,
      nextSteps: ['Ask for photos'],
      noteSections: ['linked_accounts', 'reasons', 'next_steps', 'orders', 'enforcements'],
    });
  });

  it('falls back to defaults when nothing fires', () => {
    const { fired, actions } = run('  - id: never\n    when: { crisis: true }\n    then: { priority: urgent }\n');
    expect(fired).toEqual([]);
    expect(actions).toMatchObject({ priority: 'normal', route: 'general', slaMinutes: 1440, macros: [], tags: ['riskdesk_triaged'] });
  });

  it('fills {level} with unknown when the risk lookup failed', () => {
    const { actions } = run('  - id: a\n    then: { tags: ["riskdesk_l_{level}"] }\n', { ctx: null });
    expect(actions.tags).toContain('riskdesk_l_unknown');
  });
});

describe('matching semantics', () => {
  const block = `
  - id: first
    then: { tags: [riskdesk_a], priority: low, slaMinutes: 300, macros: [fraud_macro], nextSteps: [one] }
  - id: second
    then: { tags: [riskdesk_b, riskdesk_a], priority: high, route: fraud, slaMinutes: 30, macros: [pay_macro, fraud_macro], nextSteps: [two, one] }
  - id: third
    then: { priority: normal, route: payments, slaMinutes: 120 }
`;

  it('accumulates: unions lists, highest priority, smallest SLA, first route wins', () => {
    const { fired, actions } = run(block);
    expect(fired).toEqual(['first', 'second', 'third']);
    expect(actions.tags).toEqual(['riskdesk_triaged', 'riskdesk_a', 'riskdesk_b']);
    expect(actions.macros).toEqual(['fraud_macro', 'pay_macro']);
    expect(actions.nextSteps).toEqual(['one', 'two']);
    expect(actions.priority).toBe('high');
    expect(actions.slaMinutes).toBe(30);
    expect(actions.route).toBe('fraud');
  });

  it('a rule priority lower than the default still wins when it is the only one (no default floor)', () => {
    expect(run('  - id: a\n    then: { priority: low }\n').actions.priority).toBe('low');
  });

  it('stop: true ends evaluation after the rule fires', () => {
    const stopped = block.replace('route: fraud, slaMinutes: 30', 'route: fraud, slaMinutes: 30, stop: true');
    const { fired, actions } = run(stopped);
    expect(fired).toEqual(['first', 'second']);
    expect(actions.slaMinutes).toBe(30);
  });

  it('a stop on a rule that does not match stops nothing', () => {
    const { fired } = run('  - id: a\n    when: { channel: [chat] }\n    then: { stop: true }\n  - id: b\n    then: { priority: high }\n');
    expect(fired).toEqual(['b']);
  });

  it('disabled rules never fire', () => {
    const { fired } = run('  - id: a\n    enabled: false\n    then: { priority: urgent }\n');
    expect(fired).toEqual([]);
  });
});

describe('crisis override', () => {
  const block = `
  - id: calm_down
    then: { priority: low, route: payments, macros: [pay_macro], slaMinutes: 600, stop: true }
`;

  it('forces urgent, crisis tag, crisis route and macro first, crisis SLA — even after stop', () => {
    const { fired, actions } = run(block, { crisis: true });
    expect(fired).toEqual(['calm_down']);
    expect(actions.priority).toBe('urgent');
    expect(actions.route).toBe('crisis_team');
    expect(actions.macros).toEqual(['crisis_macro', 'pay_macro']);
    expect(actions.tags).toContain('riskdesk_crisis');
    expect(actions.slaMinutes).toBe(10);
  });

  it('applies even when the risk lookup failed', () => {
    const { actions } = run(block, { crisis: true, ctx: null });
    expect(actions).toMatchObject({ priority: 'urgent', route: 'crisis_team' });
  });

  it('does nothing without a crisis', () => {
    const { actions } = run(block);
    expect(actions.priority).toBe('low');
    expect(actions.tags).not.toContain('riskdesk_crisis');
  });
});
