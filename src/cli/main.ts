import { Command } from 'commander';
import type { RegisterCommand } from './command';
import { register as serve } from './commands/serve';
import { register as start } from './commands/start';
import { register as work } from './commands/work';
import { register as importFile } from './commands/import';
import { register as seed } from './commands/seed';
import { register as context } from './commands/context';
import { register as triage } from './commands/triage';
import { register as rules } from './commands/rules';
import { register as backtest } from './commands/backtest';
import { register as failed } from './commands/failed';
import { register as retry } from './commands/retry';
import { register as decisions } from './commands/decisions';
import { register as demo } from './commands/demo';
import { register as reset } from './commands/reset';
import { register as model } from './commands/model';
import { register as backfill } from './commands/backfill';
import { register as incidents } from './commands/incidents';
import { register as alerts } from './commands/alerts';

const COMMANDS: RegisterCommand[] = [serve, start, work, importFile, seed, context, triage, rules, backtest, failed, retry, decisions, demo, reset, model, backfill, incidents, alerts];

export function buildProgram(): Command {
  const program = new Command('riskdesk')
    .description('Risk context for Trust & Safety agents inside Zendesk and Intercom')
    .version('0.1.0')
    .showHelpAfterError();
  for (const register of COMMANDS) register(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  await buildProgram().parseAsync(argv);
}
