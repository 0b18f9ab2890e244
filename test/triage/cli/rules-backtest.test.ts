import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkRulesFile } from '../../../src/cli/commands/rules';
import { formatBacktest, runBacktest } from '../../../src/triage/decision/run-backtest';
import { loadRules } from '../../../src/triage/rules';
import { context } from '../decide/context-fixtures';

const TICKETS = 'test/fixtures/backtest/tickets.jsonl';
const dir = mkdtempSync(join(tmpdir(), 'riskdesk-backtest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('riskdesk rules check', () => {
  it('exits 0 with a summary of a valid file', () => {
    const report = checkRulesFile('config/rules.yaml');
    expect(report.exitCode).toBe(0);
    expect(report.stdout).toMatch(/config\/rules\.yaml is valid — version [0-9a-f]{12}/);
    expect(report.stdout).toContain('crisis → route crisis, macro crisis_support');
    expect(report.stdout).toContain('review (possible danger) → routed by the rules, priority at least high, never to crisis automatically');
    expect(report.stdout).toMatch(/line +\d+ +inr_claim — Item not received/);
  });

  it('exits 2 with every problem and its line', () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, readFileSync('config/rules.yaml', 'utf8').replace('route: payments\n', 'route: paymnts\n').replace('priority: high\n', 'priority: hi\n'));
    const report = checkRulesFile(file);
    expect(report.exitCode).toBe(2);
    expect(report.stdout).toBe('');
    expect(report.stderr).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\d+:\\d+ rules\\[\\d+\\]\\.then\\.route: unknown destination "paymnts"`));
    expect(report.stderr).toMatch(/rules\[\d+\]\.then\.priority: Invalid option/);
  });
});

describe('backtest', () => {
  const rules = loadRules('config/rules.yaml');

  it('summarises decisions by intent, route, priority and level', async () => {
    let ticks = 0;
    const result = await runBacktest(createReadStream(TICKETS), { rules, contextFor: async () => context(), onTicket: () => (ticks += 1) });
    expect(ticks).toBe(16);
    expect(result.rules.summary.tickets).toBe(16);
    expect(result.rules.summary.crisis).toBe(1);
    expect(result.rules.summary.byRoute.crisis).toBe(1);
    expect(result.rules.summary.byLevel).toEqual({ low: 16 });
    expect(Object.values(result.rules.summary.byIntent).reduce((a, b) => a + b, 0)).toBe(16);
    expect(result.against).toBeNull();
    const text = formatBacktest(result);
    expect(text).toContain('16 tickets, 1 crisis');
    expect(text).toMatch(/By route:\n/);
  });

  it('with --against lists exactly the tickets whose decision differs, and how', async () => {
    const variantFile = join(dir, 'variant.yaml');
    // The variant sends counterfeit reports to seller operations instead of fraud investigations.
    const variantText = readFileSync('config/rules.yaml', 'utf8').replace(
      /(- id: counterfeit_claim[\s\S]*?route: )fraud_investigations/,
      '$1seller_operations',
    );
    writeFileSync(variantFile, variantText);
    const variant = loadRules(variantFile);
    expect(variant.version).not.toBe(rules.version);
    const result = await runBacktest(createReadStream(TICKETS), { rules: variant, against: rules, contextFor: async () => context() });
    expect(result.diffs.length).toBeGreaterThan(0);
    for (const diff of result.diffs) expect(diff.changes).toContain('route: fraud_investigations → seller_operations');
    expect(result.diffs.map((d) => d.ticket.id)).toContain('ic-2001');
    expect(formatBacktest(result)).toContain('line 2 intercom:ic-2001');
    const same = await runBacktest(createReadStream(TICKETS), { rules, against: rules, contextFor: async () => null });
    expect(same.diffs).toEqual([]);
  });
});
