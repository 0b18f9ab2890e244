/**
 * `riskdesk model eval | train | compare | promote | list`: measure riskdesk against agent labels,
 * train a versioned model on the shipped corpus plus the labels, compare and promote it.
 */
import type { Command } from 'commander';
import { processIo, type CliIo } from '../cli-io';
import { modelEvalCommand } from './model-eval';
import { modelCompareCommand, modelListCommand, modelPromoteCommand, modelTrainCommand } from './model-learn';

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
  model
    .command('train')
    .description('train the intent and crisis models on the shipped corpus plus the agent labels (newest share held out) and store a new version; does not make it live')
    .option('--holdout <share>', `share of the newest labels held out, 0–0.9 (default ${0.2})`)
    .option('--json', 'print the new version’s metadata as JSON')
    .action(async (options: unknown) => {
      const cli = io();
      cli.setExitCode(await modelTrainCommand(options, cli));
    });
  model
    .command('compare <new> [current]')
    .description('both models on NEW’s held-out labels, on every crisis label and on the shipped labelled sets (CURRENT defaults to the live model)')
    .option('--eval <file...>', 'also score these labelled JSON Lines files')
    .option('--json', 'print JSON')
    .action(async (fresh: unknown, current: unknown, options: unknown) => {
      const cli = io();
      cli.setExitCode(await modelCompareCommand(fresh, current, options, cli));
    });
  model
    .command('promote <version>')
    .description('make VERSION the live model (every process switches within MODEL_POLL_SECONDS); refused when crisis recall on agent labels would drop')
    .action(async (version: unknown) => {
      const cli = io();
      cli.setExitCode(await modelPromoteCommand(version, cli));
    });
  model
    .command('list')
    .description('stored model versions, the live one marked *')
    .option('--json', 'print JSON')
    .action(async (options: unknown) => {
      const cli = io();
      cli.setExitCode(await modelListCommand(options, cli));
    });
}
