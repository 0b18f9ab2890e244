import { accessSync, constants, createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import type { Command } from 'commander';
import { ConfigError } from '../../config/config-error';
import { loadProcessConfig } from '../../config/load-process-config';
import { defaultIncidentsFile, IncidentsConfigError, loadIncidentsConfig } from '../../incidents/config';
import { recordTriage } from '../../incidents/record-triage';
import { DEFAULT_RISK_CONFIG_FILE, loadRiskConfig, RiskConfigError } from '../../risk/config';
import { runTriage } from '../../triage/decision/run-triage';
import { createRiskSource } from '../../triage/decision/risk-source';
import { HelplinesError, loadHelplines } from '../../triage/helplines/load-helplines';
import { loadRules, RulesError } from '../../triage/rules';
import { TicketInputError } from '../../triage/ticket-input';
import { processIo, runCommand, withDb, type CliIo } from '../cli-io';

/** Fails fast (ENOENT → exit 2) before the database is opened. */
export function assertReadable(file: string): void {
  accessSync(file, constants.R_OK);
}

/** Opens FILE, or stdin for `-`. */
export function inputStream(file: string): Readable {
  if (file === '-') return process.stdin;
  assertReadable(file);
  return createReadStream(file, { encoding: 'utf8' });
}

/** Errors the user can fix by changing input or configuration: exit 2, message only. */
export function badInputMessage(error: unknown): string | null {
  if (error instanceof TicketInputError || error instanceof RulesError || error instanceof ConfigError || error instanceof RiskConfigError || error instanceof HelplinesError || error instanceof IncidentsConfigError) return error.message;
  if (error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'EISDIR')) {
    return `cannot read the input: ${error.message} — check the path, or pass - to read stdin`;
  }
  return null;
}

interface TriageOptions {
  rules?: string;
  concurrency: string;
  record?: boolean;
}

async function triage(file: string, options: TriageOptions, io: CliIo): Promise<void> {
  const config = loadProcessConfig(io.env, { generateSecrets: false });
  const rules = loadRules(options.rules ?? config.RULES_FILE);
  const helplines = loadHelplines(config.HELPLINES_FILE);
  const riskConfig = loadRiskConfig(config.RISK_CONFIG_FILE ?? DEFAULT_RISK_CONFIG_FILE);
  const incidents = options.record ? loadIncidentsConfig(config.INCIDENTS_FILE ?? defaultIncidentsFile()) : null;
  const input = inputStream(file);
  await withDb(io, config, 'triage', async (db) => {
    const risk = createRiskSource(db, riskConfig, (ticket, error) => {
      io.stderr.write(`warning: risk lookup failed for ${ticket.source}:${ticket.id} (${error.message}); decided without risk data\n`);
    });
    if (incidents) {
      const logger = { warn: (_fields: Record<string, unknown>, message: string) => void io.stderr.write(`warning: ${message}\n`) };
      await recordTriage(input, process.stdout, { db, rules, incidents, contextFor: risk.contextFor, spikes: { logger } });
      return;
    }
    await runTriage(input, process.stdout, { rules, contextFor: risk.contextFor, concurrency: Number(options.concurrency) || 8, decideOptions: { helplines } });
  });
}

export function register(program: Command): void {
  program
    .command('triage')
    .description('Decide tags, priority, route, macros and note for tickets (JSON or JSON Lines), printing decisions as JSON')
    .argument('<file>', 'normalized ticket JSON, or JSON Lines (one ticket per line); - reads stdin')
    .option('--rules <file>', 'rules file (default: RULES_FILE, config/rules.yaml)')
    .option('--concurrency <n>', 'risk lookups in flight at once', '8')
    .option('--record', 'decide one ticket at a time in file order and record decisions and incidents in the store (nothing is written to a helpdesk)')
    .action(async (file: string, options: TriageOptions) => {
      const io = processIo();
      io.setExitCode(await runCommand('triage', io, () => triage(file, options, io), badInputMessage));
    });
}
