/**
 * `riskdesk model eval | train | compare | promote | list`: measure riskdesk against agent labels,
 * train a versioned model on the shipped corpus plus the labels, compare and promote it.
 */
import type { Command } from 'commander';
import { processIo, type CliIo } from '../cli-io';
import { modelEvalCommand } from './model-eval';

export function register(program: Command, io: () => CliIo = processIo): void {
  const model = program.command('model').description('measure riskdesk against agent labels; train, compare and promote models (docs/learning.md)');
  model
    .command('eval')
    .description('per-intent precision and recall, crisis recall and precision, confusion matrix and agreement of the recorded decisions against agent labels')
    .option('--since <date>', 'only labels made from this date (e.g. 2026-11-01)')
    .option('--json', 'print JSON (the same as GET /api/model/quality)')
    .action(async (options: unknown) => {
      const cli = io();
      cli.setExitCode(await modelEvalCommand(options, cli));
    });
}
