import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRules, parseRules, RulesError, zendeskGroupId, intercomTeamId, zendeskMacroIds, intercomMacroIds } from '../../../src/triage/rules';
import { BASE_RULES, rulesYaml } from './rules-fixtures';

function problemsOf(text: string): RulesError['problems'] {
  try {
    parseRules(text, 'test.yaml');
  } catch (error) {
    if (error instanceof RulesError) return error.problems;
    throw error;
  }
  throw new Error('expected the rules to be rejected');
}

describe('the default rules file', () => {
  const rules = loadRules('config/rules.yaml');

  it('loads, with the six T&S destinations and 15–25 rules', () => {
    expect(Object.keys(rules.destinations).sort()).toEqual(['crisis', 'fraud_investigations', 'general_support', 'payments', 'seller_operations', 'trust_safety_senior']);
    expect(rules.rules.length).toBeGreaterThanOrEqual(15);
    expect(rules.rules.length).toBeLessThanOrEqual(25);
    expect(rules.crisis.destination).toBe('crisis');
    expect(rules.version).toMatch(/^[0-9a-f]{12}$/);
    for (const name of ['crisis_support', 'inr_claim', 'snad_claim', 'counterfeit_report', 'ato_lockdown', 'chargeback_info', 'off_platform_warning', 'payout_status']) {
      expect(rules.macros[name]).toBeDefined();
    }
  });

  it('lists every tag it can add, all riskdesk_-prefixed, placeholders expanded', () => {
    const tags = rules.ownTags();
    expect(tags).toContain('riskdesk_crisis');
    expect(tags).toContain('riskdesk_intent_item_not_received');
    expect(tags).toContain('riskdesk_risk_unknown');
    expect(tags).toContain('riskdesk_risk_critical');
    expect(tags.every((tag) => tag.startsWith('riskdesk_') && !tag.includes('{'))).toBe(true);
  });

  it('records the line of each rule', () => {
    const text = readFileSync('config/rules.yaml', 'utf8').split('\n');
    const line = rules.lines.crisis;
    expect(line).toBeDefined();
    expect(text[(line ?? 0) - 1]).toContain('id: crisis');
  });
});

describe('version hash', () => {
  const text = rulesYaml('  - id: a\n    then: { priority: high }\n');

  it('ignores comments and formatting but follows content', () => {
    const base = parseRules(text).version;
    expect(parseRules(`# a comment\n${text}\n\n`).version).toBe(base);
    expect(parseRules(text.replace('priority: high', 'priority: low')).version).not.toBe(base);
  });
});

describe('validation errors carry file:line:col, the field and a hint', () => {
  it('reports an invalid enum value at its line', () => {
    const problems = problemsOf(rulesYaml('  - id: a\n    then:\n      priority: hihg\n'));
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem).toMatchObject({ file: 'test.yaml', field: 'rules[0].then.priority' });
    const lines = rulesYaml('').split('\n').length;
    expect(problem?.line).toBe(lines + 2);
    expect(problem?.col).toBe(17);
  });

  it('reports unknown fields at the key', () => {
    const problems = problemsOf(rulesYaml('  - id: a\n    when:\n      intnet: { anyOf: [counterfeit] }\n    then: { priority: high }\n'));
    expect(problems[0]?.field).toBe('rules[0].when.intnet');
    expect(problems[0]?.message).toContain('unknown field "intnet"');
  });

  it('reports unknown destinations and macros with the known names', () => {
    const problems = problemsOf(rulesYaml('  - id: a\n    then:\n      route: fruad\n      macros: [fraud_macro, nope]\n'));
    expect(problems.map((p) => p.field)).toEqual(['rules[0].then.route', 'rules[0].then.macros[1]']);
    expect(problems[0]?.message).toContain('unknown destination "fruad"');
    expect(problems[0]?.message).toContain('fraud');
    expect(problems[1]?.message).toContain('unknown macro "nope"');
  });

  it('rejects duplicate rule ids', () => {
    const problems = problemsOf(rulesYaml('  - id: a\n    then: { priority: high }\n  - id: a\n    then: { priority: low }\n'));
    expect(problems[0]?.message).toContain('duplicate rule id "a"');
    expect(problems[0]?.field).toBe('rules[1].id');
  });

  it('rejects a file without a crisis destination', () => {
    const withoutCrisis = BASE_RULES.replace(/crisis:\n {2}destination: crisis_team\n {2}macro: crisis_macro\n {2}slaMinutes: 10\n/, '');
    const problems = problemsOf(`${withoutCrisis}rules: []\n`);
    expect(problems.some((p) => p.field === 'crisis' && /required/.test(p.message))).toBe(true);
    const unknownTeam = problemsOf(`${BASE_RULES.replace('destination: crisis_team', 'destination: nobody')}rules: []\n`);
    expect(unknownTeam[0]).toMatchObject({ field: 'crisis.destination' });
    expect(unknownTeam[0]?.message).toContain('crisis destination "nobody" is not defined');
  });

  it('rejects tags without the riskdesk_ prefix, bad confidences and empty actions', () => {
    const problems = problemsOf(
      rulesYaml('  - id: a\n    when: { intent: { anyOf: [counterfeit], minConfidence: 1.5 } }\n    then: { tags: [fraud] }\n  - id: b\n    then: {}\n'),
    );
    expect(problems.map((p) => p.field).sort()).toEqual(['rules[0].then.tags[0]', 'rules[0].when.intent.minConfidence', 'rules[1].then'].sort());
  });

  it('lists every problem at once, sorted by line, in the error message', () => {
    const text = rulesYaml('  - id: Bad-Id\n    then: { priority: hihg, route: nowhere }\n  - id: ok\n    when: { riskLevel: { min: extreme } }\n    then: { slaMinutes: -5 }\n');
    let message = '';
    try {
      parseRules(text, 'config/x.yaml');
    } catch (error) {
      message = error instanceof Error ? error.message : '';
    }
    expect(message).toContain('is invalid (5 problems)');
    for (const field of ['rules[0].id', 'rules[0].then.priority', 'rules[0].then.route', 'rules[1].when.riskLevel.min', 'rules[1].then.slaMinutes']) {
      expect(message).toMatch(new RegExp(`config/x\\.yaml:\\d+:\\d+ ${field.replace(/[[\].]/g, '\\$&')}:`));
    }
    expect(message).toContain('riskdesk rules check config/x.yaml');
  });

  it('reports YAML syntax errors with their line', () => {
    const problems = problemsOf('defaults:\n  priority: [high\nrules: []\n');
    expect(problems[0]?.message).toMatch(/^YAML syntax/);
    expect(problems[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it('rejects an empty file and a missing one with what to do', () => {
    expect(problemsOf('')[0]?.message).toContain('empty');
    expect(() => loadRules('/nonexistent/rules.yaml')).toThrow(/cannot read the rules file.*RULES_FILE/);
  });
});

describe('loadRules from disk and per-helpdesk resolution', () => {
  const dir = mkdtempSync(join(tmpdir(), 'riskdesk-rules-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('resolves routes and macros per helpdesk, skipping unmapped ones', () => {
    const file = join(dir, 'rules.yaml');
    writeFileSync(file, rulesYaml('  - id: a\n    then: { route: payments }\n'));
    const rules = loadRules(file);
    expect(rules.file).toBe(file);
    expect(zendeskGroupId(rules, 'payments')).toBe(3);
    expect(intercomTeamId(rules, 'payments')).toBe('33');
    expect(intercomTeamId(rules, 'general')).toBeNull();
    expect(zendeskGroupId(rules, null)).toBeNull();
    expect(zendeskMacroIds(rules, ['crisis_macro', 'fraud_macro', 'pay_macro'])).toEqual([100, 200]);
    expect(intercomMacroIds(rules, ['crisis_macro', 'fraud_macro', 'pay_macro'])).toEqual(['m100', 'm300']);
    expect(rules.warnings).toEqual(
      expect.arrayContaining([expect.stringContaining('destination "general" has no intercom.teamId'), expect.stringContaining('macro "fraud_macro" has no intercom.macroId')]),
    );
  });
});

describe('a file that is not rules at all', () => {
  it('lists the first 50 problems and counts the rest', () => {
    const junk = Array.from({ length: 80 }, (_, i) => `{"a": ${i}, "b": [}`).join('\n');
    let message = '';
    try {
      parseRules(junk, 'junk.yaml');
    } catch (error) {
      message = error instanceof Error ? error.message : '';
    }
    const listed = message.split('\n').filter((line) => line.startsWith('  - junk.yaml:'));
    expect(listed).toHaveLength(50);
    expect(message).toMatch(/… \d+ more problems/);
  });
});
