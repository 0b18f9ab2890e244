import type { Command } from 'commander';
import { loadProcessConfig } from '../../config/load-process-config';
import { loadRules, RulesError, type Rules } from '../../triage/rules';
import { EXIT } from '../command';

export interface CommandReport {
  exitCode: number;
  stdout: string;
  stderr: string;
}

function summary(rules: Rules): string {
  const enabled = rules.rules.filter((rule) => rule.enabled).length;
  const lines = [
    `${rules.file} is valid — version ${rules.version}`,
    `  ${rules.rules.length} rules (${enabled} enabled), ${Object.keys(rules.destinations).length} destinations, ${Object.keys(rules.macros).length} macros, ${rules.ownTags().length} tags`,
    `  crisis → route ${rules.crisis.destination}, macro ${rules.crisis.macro}, SLA ${rules.crisis.slaMinutes} min (enforced in code)`,
    `  review (possible danger) → routed by the rules, priority at least high, never to ${rules.crisis.destination} automatically (enforced in code)`,
    '  rules, in evaluation order:',
    ...rules.rules.map((rule) => `    line ${String(rules.lines[rule.id] ?? '?').padStart(4)}  ${rule.id}${rule.enabled ? '' : ' (disabled)'}${rule.then.stop ? ' [stop]' : ''}${rule.description ? ` — ${rule.description}` : ''}`),
  ];
  if (rules.warnings.length > 0) lines.push('warnings:', ...rules.warnings.map((w) => `  - ${w}`));
  return `${lines.join('\n')}\n`;
}

/** `riskdesk rules check [FILE]`: exit 0 with a summary, or exit 2 with every problem. */
export function checkRulesFile(file: string): CommandReport {
  try {
    return { exitCode: EXIT.ok, stdout: summary(loadRules(file)), stderr: '' };
  } catch (error) {
    if (error instanceof RulesError) return { exitCode: EXIT.badInput, stdout: '', stderr: `${error.message}\n` };
    throw error;
  }
}

export function register(program: Command): void {
  const rules = program.command('rules').description('Work with the triage rules file');
  rules
    .command('check')
    .description('Validate a rules file (default: RULES_FILE, config/rules.yaml) and summarise it')
    .argument('[file]', 'rules file to check')
    .action((file: string | undefined) => {
      const report = checkRulesFile(file ?? loadProcessConfig(process.env, { generateSecrets: false }).RULES_FILE);
      process.stdout.write(report.stdout);
      process.stderr.write(report.stderr);
      process.exitCode = report.exitCode;
    });
}
