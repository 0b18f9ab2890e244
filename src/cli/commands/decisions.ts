import type { Command } from 'commander';
import { z } from 'zod';
import { findDecisionById, findDecisions } from '../../audit/decision-store';
import { loadProcessConfig } from '../../config/load-process-config';
import { HELPDESK_SOURCES } from '../../domain/ticket';
import { createLogger } from '../../logging/logger';
import { openStore } from '../../runtime/open-store';
import { parseCommandOptions } from '../cli-io';

const optionsSchema = z.object({
  ticket: z.string().trim().min(1).max(200).optional(),
  source: z.enum(HELPDESK_SOURCES).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(20),
  json: z.boolean().optional(),
  show: z.string().trim().regex(/^\d{1,18}$/, 'must be a decision id, the number after # in the list').optional(),
});

/** `riskdesk decisions [--ticket ID] [--source S] [--limit N] | --show ID`: the audit trail, newest first, or one decision in full. */
export function register(program: Command): void {
  program
    .command('decisions')
    .description('show the audit trail of worker decisions, newest first')
    .option('--ticket <id>', 'only this ticket / conversation')
    .option('--source <source>', 'zendesk or intercom')
    .option('--limit <n>', 'how many (default 20)')
    .option('--json', 'print JSON lines')
    .option('--show <id>', 'print one decision in full (JSON): reasons, fired rules, actions, outcome')
    .action(async (raw: unknown) => {
      const options = parseCommandOptions('decisions', optionsSchema, raw);
      if (!options) return;
      const config = loadProcessConfig(process.env, { generateSecrets: false });
      const db = await openStore(config, createLogger('silent'));
      try {
        if (options.show) {
          const record = await findDecisionById(db, options.show);
          if (record) console.log(JSON.stringify(record, null, 2));
          else {
            console.error(`riskdesk decisions: no decision #${options.show}: \`riskdesk decisions\` lists the recorded ones`);
            process.exitCode = 1;
          }
          return;
        }
        const rows = await findDecisions(db, options.source ?? null, options.ticket ?? null, options.limit);
        if (options.json) {
          for (const row of rows) console.log(JSON.stringify(row));
          return;
        }
        if (rows.length === 0) console.log('no decisions recorded yet');
        for (const r of rows) {
          const failure = r.outcome === 'failed' ? ` status=${r.failureStatus ?? '-'} ${r.failureSummary ?? ''}` : '';
          console.log(
            `${r.createdAt}  #${r.id}  ${r.source}/${r.ticketId}  ${r.outcome}${r.outcomeDetail ? `(${r.outcomeDetail})` : ''}  intent=${r.intent ?? '-'} ` +
              `level=${r.level ?? '-'} score=${r.score ?? '-'} crisis=${r.crisis} route=${r.actions?.route ?? '-'} ref=${r.noteRef ?? '-'} rules=${r.rulesVersion ?? '-'}${failure}`,
          );
        }
      } finally {
        await db.close();
      }
    });
}
