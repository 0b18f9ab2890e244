import type { Command } from 'commander';
import { z } from 'zod';
import { loadProcessConfig } from '../../config/load-process-config';
import { buildRiskContext } from '../../risk/build-context';
import { DEFAULT_RISK_CONFIG_FILE, loadRiskConfig } from '../../risk/config';
import { CliInputError, optionProblems, processIo, runCommand, withDb, type CliIo } from '../cli-io';

const optionsSchema = z
  .object({
    email: z.string().trim().min(3).max(320).optional(),
    user: z.string().trim().min(1).max(200).optional(),
    text: z.string().max(1_000_000).default(''),
    subject: z.string().max(10_000).optional(),
    at: z.iso.datetime({ offset: true }).optional(),
  })
  .refine((o) => o.email || o.user, { message: 'give --email E or --user ID (or both) to name the requester' });

/** `riskdesk context`: the RiskContext as JSON; an unknown requester is a normal answer (exit 0). */
export function contextCommand(rawOptions: unknown, io: CliIo = processIo()): Promise<number> {
  return runCommand('context', io, async () => {
    const parsed = optionsSchema.safeParse(rawOptions);
    if (!parsed.success) throw new CliInputError(optionProblems(parsed.error.issues));
    const options = parsed.data;
    const config = loadProcessConfig(io.env, { generateSecrets: false });
    const riskConfig = loadRiskConfig(config.RISK_CONFIG_FILE ?? DEFAULT_RISK_CONFIG_FILE);
    const requester = { ...(options.user ? { externalId: options.user } : {}), ...(options.email ? { email: options.email } : {}) };
    const context = await withDb(io, config, 'context', (db) =>
      buildRiskContext(
        db,
        { requester, text: options.text, ...(options.subject ? { subject: options.subject } : {}) },
        { config: riskConfig, ...(options.at ? { now: new Date(options.at) } : {}) },
      ),
    );
    io.stdout.write(`${JSON.stringify(context, null, 2)}\n`);
  });
}

export function register(program: Command, io: () => CliIo = processIo): void {
  program
    .command('context')
    .description('Print the risk context and score of a requester (and the parties the text names) as JSON')
    .option('--email <email>', 'requester email (matched case-insensitively)')
    .option('--user <id>', 'requester marketplace user id (matched first)')
    .option('--text <text>', 'ticket text: order ids, @handles and tracking numbers in it bring their parties in', '')
    .option('--subject <subject>', 'ticket subject (scanned like the text)')
    .option('--at <iso-time>', 'compute as of this time instead of now')
    .action(async (options: unknown) => {
      const cli = io();
      cli.setExitCode(await contextCommand(options, cli));
    });
}
