import type { Command } from 'commander';
import { z } from 'zod';
import { ConfigError } from '../../config/config-error';
import { loadConfig } from '../../config/load-config';
import { buildRiskContext } from '../../risk/build-context';
import { DEFAULT_RISK_CONFIG_FILE, loadRiskConfig, RiskConfigError } from '../../risk/config';
import { openConfiguredDb } from '../../store/open-configured';
import { EXIT } from '../command';

const optionsSchema = z
  .object({
    email: z.string().trim().min(3).max(320).optional(),
    user: z.string().trim().min(1).max(200).optional(),
    text: z.string().max(1_000_000).default(''),
    subject: z.string().max(10_000).optional(),
    at: z.iso.datetime({ offset: true }).optional(),
  })
  .refine((o) => o.email || o.user, { message: 'give --email E or --user ID (or both)' });

async function run(raw: unknown): Promise<void> {
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success) {
    process.stderr.write(`riskdesk context: ${parsed.error.issues.map((i) => i.message).join('; ')}\n`);
    process.exitCode = EXIT.badInput;
    return;
  }
  const options = parsed.data;
  const config = loadConfig(process.env);
  const riskConfig = loadRiskConfig(config.RISK_CONFIG_FILE ?? DEFAULT_RISK_CONFIG_FILE);
  const db = await openConfiguredDb(config);
  try {
    const context = await buildRiskContext(
      db,
      { requester: { ...(options.user ? { externalId: options.user } : {}), ...(options.email ? { email: options.email } : {}) }, text: options.text, ...(options.subject ? { subject: options.subject } : {}) },
      { config: riskConfig, ...(options.at ? { now: new Date(options.at) } : {}) },
    );
    process.stdout.write(`${JSON.stringify(context, null, 2)}\n`);
  } finally {
    await db.close();
  }
}

export function register(program: Command): void {
  program
    .command('context')
    .description('Print the risk context and score of a requester (and the parties the text names) as JSON')
    .option('--email <email>', 'requester email (matched case-insensitively)')
    .option('--user <id>', 'requester marketplace user id (matched first)')
    .option('--text <text>', 'ticket text: order ids, @handles and tracking numbers in it bring their parties in', '')
    .option('--subject <subject>', 'ticket subject (scanned like the text)')
    .option('--at <iso-time>', 'compute as of this time instead of now')
    .action(async (options: unknown) => {
      try {
        await run(options);
      } catch (error) {
        if (!(error instanceof ConfigError || error instanceof RiskConfigError)) throw error;
        process.stderr.write(`${error.message}\n`);
        process.exitCode = EXIT.badInput;
      }
    });
}
