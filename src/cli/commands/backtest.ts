import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { loadProcessConfig } from '../../config/load-process-config';
import { DEFAULT_RISK_CONFIG_FILE, loadRiskConfig } from '../../risk/config';
import { createRiskSource } from '../../triage/decision/risk-source';
import { formatBacktest, runBacktest } from '../../triage/decision/run-backtest';
import { loadRules } from '../../triage/rules';
import { processIo, runCommand, withDb, type CliIo } from '../cli-io';
import { assertReadable, badInputMessage } from './triage';

interface BacktestOptions {
  tickets: string;
  rules?: string;
  against?: string;
  json?: boolean;
  concurrency: string;
}

async function countLines(file: string): Promise<number> {
  let count = 0;
  for await (const line of createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity })) {
    if (line.trim() !== '') count += 1;
  }
  return count;
}

async function backtest(options: BacktestOptions, io: CliIo): Promise<void> {
  const config = loadProcessConfig(io.env, { generateSecrets: false });
  const rules = loadRules(options.rules ?? config.RULES_FILE);
  const against = options.against ? loadRules(options.against) : undefined;
  const riskConfig = loadRiskConfig(config.RISK_CONFIG_FILE ?? DEFAULT_RISK_CONFIG_FILE);
  assertReadable(options.tickets);
  const total = await countLines(options.tickets);
  const bar = new SingleBar({ stream: process.stderr, format: 'backtest [{bar}] {value}/{total} tickets | {eta_formatted} left' }, Presets.shades_classic);
  let failures = 0;
  await withDb(io, config, 'backtest', async (db) => {
    const risk = createRiskSource(db, riskConfig, () => {
      failures += 1;
    });
    bar.start(total, 0);
    try {
      const result = await runBacktest(createReadStream(options.tickets, { encoding: 'utf8' }), {
        rules,
        ...(against ? { against } : {}),
        contextFor: risk.contextFor,
        concurrency: Number(options.concurrency) || 8,
        onTicket: () => bar.increment(),
      });
      bar.stop();
      if (failures > 0) io.stderr.write(`warning: the risk lookup failed for ${failures} ticket(s); they were decided without risk data\n`);
      io.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : formatBacktest(result));
    } finally {
      bar.stop();
    }
  });
}

export function register(program: Command): void {
  program
    .command('backtest')
    .description('Replay tickets through triage and summarise the decisions; with --against, list every ticket that decides differently')
    .requiredOption('--tickets <file>', 'tickets as JSON Lines (one normalized ticket per line)')
    .option('--rules <file>', 'rules file under test (default: RULES_FILE, config/rules.yaml)')
    .option('--against <file>', 'rules file to compare with (e.g. the one in production)')
    .option('--json', 'print the result as JSON')
    .option('--concurrency <n>', 'risk lookups in flight at once', '8')
    .action(async (options: BacktestOptions) => {
      const io = processIo();
      io.setExitCode(await runCommand('backtest', io, () => backtest(options, io), badInputMessage));
    });
}
