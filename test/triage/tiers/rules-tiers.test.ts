import { decide } from '../../../src/triage/decide';
import { NO_CRISIS } from '../../../src/triage/crisis/result';
import { loadRules, parseRules, RulesError } from '../../../src/triage/rules';
import { context, ticket } from '../decide/context-fixtures';
import { rulesYaml } from '../rules/rules-fixtures';
import { confident, evidence, review } from './tier-fixtures';

const none = () => NO_CRISIS;

function problemsOf(block: string): string[] {
  try {
    parseRules(rulesYaml(block), 'tiers.yaml');
  } catch (error) {
    if (error instanceof RulesError) return error.problems.map((p) => `${p.field}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('rules conditions crisisReview and crisisCategory', () => {
  const rules = parseRules(
    rulesYaml(`
  - id: review_any
    when: { crisisReview: true }
    then: { tags: [riskdesk_r_any], route: payments }
  - id: abuse_or_stalking
    when: { crisisCategory: [domestic_abuse, stalking] }
    then: { tags: [riskdesk_r_abuse] }
  - id: one_code
    when: { crisisCategory: child_safety }
    then: { tags: [riskdesk_r_child] }
  - id: not_review
    when: { crisisReview: false }
    then: { tags: [riskdesk_r_not] }
`),
  );

  it('match the review tier and the category of either tier', () => {
    const d = decide(ticket(), context(), rules, { detectCrisis: review('domestic_abuse') });
    expect(d.rules.fired).toEqual(['review_any', 'abuse_or_stalking']);
    const c = decide(ticket(), context(), rules, { detectCrisis: confident('child_safety') });
    expect(c.rules.fired).toEqual(['one_code', 'not_review']);
    const n = decide(ticket(), context(), rules, { detectCrisis: none });
    expect(n.rules.fired).toEqual(['not_review']);
    expect(n.crisisCategory).toBeNull();
  });

  it('give clear errors for bad values', () => {
    const problems = problemsOf(`
  - id: a
    when: { crisisReview: "yes" }
    then: { priority: high }
  - id: b
    when: { crisisCategory: suicide }
    then: { priority: high }
  - id: c
    when: { crisisCategory: [] }
    then: { priority: high }
  - id: d
    when: { crisisCategory: [self_harm, typo_code] }
    then: { priority: high }
`);
    expect(problems).toEqual([
      'rules[0].when.crisisReview: crisisReview is true or false (no quotes)',
      expect.stringMatching(/^rules\[1\]\.when\.crisisCategory: use a crisis category code or a list of them: suicidal_ideation, self_harm, .*third_party_concern$/),
      expect.stringMatching(/^rules\[2\]\.when\.crisisCategory: list at least one crisis category/),
      expect.stringMatching(/^rules\[3\]\.when\.crisisCategory: use a crisis category code or a list of them/),
    ]);
  });
});

describe('the review tier', () => {
  const rules = parseRules(
    rulesYaml(`
  - id: low_everything
    then: { priority: low, route: payments, tags: [riskdesk_x] }
`),
  );

  it('raises priority to at least high whatever the rules say, and adds its tags', () => {
    const d = decide(ticket(), context(), rules, { detectCrisis: review('suicidal_ideation') });
    expect(d.crisisReview).toBe(true);
    expect(d.crisis).toBe(false);
    expect(d.crisisCategory).toBe('suicidal_ideation');
    expect(d.actions.priority).toBe('high');
    expect(d.actions.route).toBe('payments');
    expect(d.actions.tags).toEqual(expect.arrayContaining(['riskdesk_crisis_review', 'riskdesk_crisis_suicidal_ideation', 'riskdesk_x']));
    expect(d.actions.tags).not.toContain('riskdesk_crisis');
  });

  it('keeps an urgent priority a rule set', () => {
    const urgent = parseRules(rulesYaml('  - id: u\n    then: { priority: urgent }\n'));
    expect(decide(ticket(), context(), urgent, { detectCrisis: review('stalking') }).actions.priority).toBe('urgent');
  });

  it('does not touch tickets without a tier', () => {
    const d = decide(ticket(), context(), rules, { detectCrisis: none });
    expect(d.actions.priority).toBe('low');
    expect(d.actions.tags.filter((t) => t.startsWith('riskdesk_crisis'))).toEqual([]);
    expect(d.helplines).toBeNull();
  });

  it('the crisis tier keeps its override and also gets the category tag', () => {
    const d = decide(ticket(), context(), rules, { detectCrisis: confident('self_harm') });
    expect(d.actions).toMatchObject({ priority: 'urgent', route: 'crisis_team' });
    expect(d.actions.tags).toEqual(expect.arrayContaining(['riskdesk_crisis', 'riskdesk_crisis_self_harm']));
    expect(d.actions.tags).not.toContain('riskdesk_crisis_review');
  });

  it('treats a result claiming both tiers as crisis', () => {
    const both = () => ({ ...confident('self_harm')(), crisisReview: true });
    const d = decide(ticket(), context(), rules, { detectCrisis: both });
    expect(d.crisis).toBe(true);
    expect(d.crisisReview).toBe(false);
  });
});

describe('review tickets never go to the crisis team automatically', () => {
  it('a rule written for review tickets that routes to the crisis destination is a load error', () => {
    const problems = problemsOf(`
  - id: bad_review
    when: { crisisReview: true }
    then: { route: crisis_team }
`);
    expect(problems).toEqual([expect.stringMatching(/^rules\[0\]\.then\.route: review tickets \(crisisReview: true\) are never routed to the crisis destination "crisis_team" automatically/)]);
  });

  it('any other rule routing a review ticket there is skipped: the next route applies and the agent is told', () => {
    const rules = parseRules(
      rulesYaml(`
  - id: everything_to_crisis
    then: { route: crisis_team }
  - id: to_fraud
    then: { route: fraud }
`),
    );
    const d = decide(ticket(), context(), rules, { detectCrisis: review('third_party_concern') });
    expect(d.actions.route).toBe('fraud');
    expect(d.actions.nextSteps[0]).toMatch(/^Rule everything_to_crisis would send this possible-danger ticket to the crisis team: riskdesk never does that automatically/);
    expect(d.note).toContain('everything_to_crisis would send');
    // The same rule still routes ordinary tickets (the file's choice) and crisis tickets (the override).
    expect(decide(ticket(), context(), rules, { detectCrisis: none }).actions.route).toBe('crisis_team');
  });

  it('a defaults route to the crisis destination is not used for review tickets either', () => {
    const text = rulesYaml('  - id: tag_only\n    then: { tags: [riskdesk_t] }\n').replace('route: general', 'route: crisis_team');
    const rules = parseRules(text);
    const d = decide(ticket(), context(), rules, { detectCrisis: review('stalking') });
    expect(d.actions.route).toBeNull();
    expect(decide(ticket(), context(), rules, { detectCrisis: none }).actions.route).toBe('crisis_team');
  });

  it('the shipped rules route review tickets to senior T&S within 60 minutes', () => {
    const rules = loadRules('config/rules.yaml');
    const d = decide(ticket(), context(), rules, { detectCrisis: review('domestic_abuse', [evidence('domestic_abuse', 'he reads my messages')]) });
    expect(d.rules.fired).toContain('crisis_review');
    expect(d.actions.route).toBe('trust_safety_senior');
    expect(d.actions.route).not.toBe(rules.crisis.destination);
    expect(d.actions.slaMinutes).toBeLessThanOrEqual(60);
    expect(d.actions.priority).toBe('high');
    expect(rules.ownTags()).toEqual(expect.arrayContaining(['riskdesk_crisis_review', 'riskdesk_crisis_domestic_abuse', 'riskdesk_crisis_child_safety']));
  });
});
