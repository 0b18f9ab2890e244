import type { Command } from 'commander';
import { z } from 'zod';
import { findDecisions } from '../../audit/decision-store';
import { loadConfig } from '../../config/load-config';
import { HELPDESK_SOURCES } from '../../domain/ticket';
import { CliInputError, optionProblems, processIo, runCommand, withDb, type CliIo } from '../cli-io';

const optionsSchema = z.object({
  ticket: z.string().trim().min(1).max(200).optional(),
  source: z.enum(HELPDESK_SOURCES).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(20),
  json: z.boolean().optional(),
});

/** `riskdesk decisions [--ticket ID] [--source S] [--limit N]`: the audit trail, newest first. */
export function decisionsCommand(raw: unknown, io: CliIo = processIo()): Promise<number> {
  return runCommand('decisions', io, async () => {
    const parsed = optionsSchema.safeParse(raw);
    if (!parsed.success) throw new CliInputError(optionProblems(parsed.error.issues));
    const options = parsed.data;
    const config = loadConfig(io.env);
    const rows = await withDb(io, config, 'decisions', (db) => findDecisions(db, options.source ?? null, options.ticket ?? null, options.limit));
    if (options.json) {
      for (const row of rows) io.stdout.write(`${JSON.stringify(row)}\n`);
      return;
    }
    if (rows.length === 0) io.stdout.write('no decisions recorded yet\n');
    for (const r of rows) {
      const failure = r.outcome === 'failed' ? ` status=${r.failureStatus ?? '-'} ${r.failureSummary ?? ''}` : '';
      io.stdout.write(
        `${r.createdAt}  ${r.source}/${r.ticketId}  ${r.outcome}${r.outcomeDetail ? `(${r.outcomeDetail})` : ''}  intent=${r.intent ?? '-'} ` +
          `level=${r.level ?? '-'} score=${r.score ?? '-'} crisis=${r.crisis} route=${r.actions?.route ?? '-'} ref=${r.noteRef ?? '-'} rules=${r.rulesVersion ?? '-'}${failure}\n`,
      );
    }
  });
}

export function register(program: Command, io: () => CliIo = processIo): void {
  program
    .command('decisions')
    .description('show the audit trail of worker decisions, newest first')
    .option('--ticket <id>', 'only this ticket / conversation')
    .option('--source <source>', 'zendesk or intercom')
    .option('--limit <n>', 'how many (default 20)')
    .option('--json', 'print JSON lines')
    .action(async (raw: unknown) => {
      const cli = io();
      cli.setExitCode(await decisionsCommand(raw, cli));
    });
}
