import type { Command } from 'commander';
import { z } from 'zod';
import { findDecisions } from '../../audit/decision-store';
import { loadConfig } from '../../config/load-config';
import { HELPDESK_SOURCES } from '../../domain/ticket';
import { createLogger } from '../../logging/logger';
import { openStore } from '../../runtime/open-store';
import { parseCommandOptions } from '../cli-io';

const optionsSchema = z.object({
  ticket: z.string().trim().min(1).max(200).optional(),
  source: z.enum(HELPDESK_SOURCES).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(20),
  json: z.boolean().optional(),
});

/** `riskdesk decisions [--ticket ID] [--source S] [--limit N]`: the audit trail, newest first. */
export function register(program: Command): void {
  program
    .command('decisions')
    .description('show the audit trail of worker decisions, newest first')
    .option('--ticket <id>', 'only this ticket / conversation')
    .option('--source <source>', 'zendesk or intercom')
    .option('--limit <n>', 'how many (default 20)')
    .option('--json', 'print JSON lines')
    .action(async (raw: unknown) => {
      const options = parseCommandOptions('decisions', optionsSchema, raw);
      if (!options) return;
      const config = loadConfig(process.env);
      const db = await openStore(config, createLogger('silent'));
      try {
        const rows = await findDecisions(db, options.source ?? null, options.ticket ?? null, options.limit);
        if (options.json) {
          for (const row of rows) console.log(JSON.stringify(row));
          return;
        }
        if (rows.length === 0) console.log('no decisions recorded yet');
        for (const r of rows) {
          const failure = r.outcome === 'failed' ? ` status=${r.failureStatus ?? '-'} ${r.failureSummary ?? ''}` : '';
          console.log(
            `${r.createdAt}  ${r.source}/${r.ticketId}  ${r.outcome}${r.outcomeDetail ? `(${r.outcomeDetail})` : ''}  intent=${r.intent ?? '-'} ` +
              `level=${r.level ?? '-'} score=${r.score ?? '-'} crisis=${r.crisis} route=${r.actions?.route ?? '-'} ref=${r.noteRef ?? '-'} rules=${r.rulesVersion ?? '-'}${failure}`,
          );
        }
      } finally {
        await db.close();
      }
    });
}
