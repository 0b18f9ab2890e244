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
import { liveVersion } from '../../learning/model/model-store';
import { loadActive, UnknownModelError } from '../../learning/train/compare-models';
import type { ActiveModel } from '../../learning/model/learned-model';
import type { Db } from '../../store/db';
import { CliInputError } from '../cli-io';

async function backtestModels(db: Db, version: string): Promise<{ model: ActiveModel; live: ActiveModel }> {
  if (!/^[A-Za-z0-9._-]{1,80}$/.test(version)) throw new CliInputError('--model: is a model version such as m-20261206-031500-ab12 or corpus');
  try {
    const model = (await loadActive(db, version)).model;
    const live = (await loadActive(db, await liveVersion(db))).model;
    return { model, live };
  } catch (error) {
    if (error instanceof UnknownModelError) throw new CliInputError(error.message);
    throw error;
  }
}

interface BacktestOptions {
  tickets: string;
  rules?: string;
  against?: string;
  json?: boolean;
  concurrency: string;
  model?: string;
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
    // --model: decide under that stored model, and compare with the live one under the same rules.
    const models = options.model ? await backtestModels(db, options.model) : null;
    bar.start(total, 0);
    try {
      const result = await runBacktest(createReadStream(options.tickets, { encoding: 'utf8' }), {
        rules,
        ...(against ? { against } : {}),
        ...(models ? { decideOptions: models.model, againstDecideOptions: models.live } : {}),
        contextFor: risk.contextFor,
        concurrency: Number(options.concurrency) || 8,
        onTicket: () => bar.increment(),
      });
      bar.stop();
      if (failures > 0) io.stderr.write(`warning: the risk lookup failed for ${failures} ticket(s); they were decided without risk data\n`);
      if (models && !options.json) io.stdout.write(`model ${models.model.version} (live: ${models.live.version})\n`);
      io.stdout.write(options.json ? `${JSON.stringify(models ? { ...result, model: models.model.version, liveModel: models.live.version } : result, null, 2)}\n` : formatBacktest(result));
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
    .option('--model <version>', 'decide under this stored model (riskdesk model list) and list what changes against the live model')
    .action(async (options: BacktestOptions) => {
      const io = processIo();
      io.setExitCode(await runCommand('backtest', io, () => backtest(options, io), (error) => (error instanceof CliInputError ? error.message : badInputMessage(error))));
    });
}
