import type { Command } from 'commander';
import { z } from 'zod';
import { decisionIdSchema } from '../../audit/decision-id';
import { findDecisionById, findDecisions } from '../../audit/decision-store';
import type { DecisionRecord } from '../../audit/types';
import { loadProcessConfig } from '../../config/load-process-config';
import { HELPDESK_SOURCES } from '../../domain/ticket';
import type { Db } from '../../store/db';
import { CliInputError, optionProblems, processIo, runCommand, withDb, type CliIo } from '../cli-io';
import { EXIT } from '../command';
import { formatDecisionDetail } from '../decision-text';

const optionsSchema = z
  .object({
    ticket: z.string().trim().min(1).max(200).optional(),
    source: z.enum(HELPDESK_SOURCES).optional(),
    limit: z.coerce.number().int().min(1).max(1000).optional(),
    json: z.boolean().optional(),
    crisisReview: z.boolean().optional(),
    show: decisionIdSchema.optional(),
  })
  .refine((o) => !o.show || (o.ticket === undefined && o.source === undefined && o.limit === undefined && o.crisisReview === undefined), {
    message: '--show ID names one decision: leave out --ticket, --source, --limit and --crisis-review',
  });
type Options = z.infer<typeof optionsSchema>;

function listLine(r: DecisionRecord): string {
  const failure = r.outcome === 'failed' ? ` status=${r.failureStatus ?? '-'} ${r.failureSummary ?? ''}` : '';
  return (
    `${r.id}  ${r.createdAt}  ${r.source}/${r.ticketId}  ${r.outcome}${r.outcomeDetail ? `(${r.outcomeDetail})` : ''}  intent=${r.intent ?? '-'} ` +
    `level=${r.level ?? '-'} score=${r.score ?? '-'} crisis=${r.crisis} review=${r.crisisReview}${r.crisisCategory ? ` category=${r.crisisCategory}` : ''} route=${r.actions?.route ?? '-'} ref=${r.noteRef ?? '-'} rules=${r.rulesVersion ?? '-'}${failure}`
  );
}

async function list(db: Db, options: Options, io: CliIo): Promise<void> {
  const filters = options.crisisReview ? { crisisReview: true } : {};
  const rows = await findDecisions(db, options.source ?? null, options.ticket ?? null, options.limit ?? 20, filters);
  if (options.json) {
    for (const row of rows) io.stdout.write(`${JSON.stringify(row)}\n`);
    return;
  }
  if (rows.length === 0) io.stdout.write(options.crisisReview ? 'no review (possible danger) decisions recorded\n' : 'no decisions recorded yet\n');
  for (const r of rows) io.stdout.write(`${listLine(r)}\n`);
}

/** Exit 1 when no decision has the id (the id itself was fine). */
async function show(db: Db, id: string, json: boolean, io: CliIo): Promise<boolean> {
  const detail = await findDecisionById(db, id);
  if (!detail) {
    io.stderr.write(`riskdesk decisions: no decision with id ${id} — list recent ones with \`riskdesk decisions\`\n`);
    return false;
  }
  io.stdout.write(json ? `${JSON.stringify(detail, null, 2)}\n` : formatDecisionDetail(detail));
  return true;
}

/** `riskdesk decisions [--ticket ID] [--source S] [--limit N] [--crisis-review] [--json]` or `--show ID [--json]`. */
export async function decisionsCommand(rawOptions: unknown, io: CliIo = processIo()): Promise<number> {
  let found = true;
  const code = await runCommand('decisions', io, async () => {
    const parsed = optionsSchema.safeParse(rawOptions);
    if (!parsed.success) throw new CliInputError(optionProblems(parsed.error.issues));
    const options = parsed.data;
    await withDb(io, loadProcessConfig(io.env, { generateSecrets: false }), 'decisions', async (db) => {
      if (options.show) found = await show(db, options.show, Boolean(options.json), io);
      else await list(db, options, io);
    });
  });
  return code === EXIT.ok && !found ? EXIT.failure : code;
}

export function register(program: Command, io: () => CliIo = processIo): void {
  program
    .command('decisions')
    .description('show the audit trail of worker decisions, newest first; --show ID prints one with its write plan')
    .option('--ticket <id>', 'only this ticket / conversation')
    .option('--source <source>', 'zendesk or intercom')
    .option('--limit <n>', 'how many (default 20)')
    .option('--crisis-review', 'only review tickets (possible danger, read for safety first)')
    .option('--show <id>', 'one decision with what riskdesk wrote (or, in shadow mode, would write)')
    .option('--json', 'print JSON (one line per decision when listing)')
    .action(async (options: unknown) => {
      const cli = io();
      cli.setExitCode(await decisionsCommand(options, cli));
    });
}
