import type { Command } from 'commander';
import { z } from 'zod';
import { loadProcessConfig } from '../../config/load-process-config';
import { listDemoAccounts } from '../../seed/demo-accounts';
import { CliInputError, optionProblems, processIo, runCommand, withDb, type CliIo } from '../cli-io';
import { EXIT } from '../command';
import { accountsJson, accountsTable } from '../demo/accounts';
import { runDemo } from '../demo/run-demo';

const demoOptionsSchema = z.object({
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://127.0.0.1:3000' }).optional(),
  timeout: z.coerce.number().int().min(1).max(600).default(60),
});

const accountsOptionsSchema = z.object({ json: z.boolean().default(false) });

function parse<T>(schema: z.ZodType<T>, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new CliInputError(optionProblems(parsed.error.issues));
  return parsed.data;
}

/** `riskdesk demo`: signed sample tickets to the running service, and the decisions it made. */
export async function demoCommand(rawOptions: unknown, io: CliIo = processIo()): Promise<number> {
  let code: number = EXIT.ok;
  const outcome = await runCommand('demo', io, async () => {
    const options = parse(demoOptionsSchema, rawOptions);
    const config = loadProcessConfig(io.env, { generateSecrets: false });
    const baseUrl = (options.url ?? `http://127.0.0.1:${config.PORT}`).replace(/\/+$/, '');
    code = await runDemo(io, config, { baseUrl, timeoutMs: options.timeout * 1000 });
  });
  return outcome === EXIT.ok ? code : outcome;
}

/** `riskdesk demo accounts [--json]`: which accounts carry which pattern in this database. */
export function demoAccountsCommand(rawOptions: unknown, io: CliIo = processIo()): Promise<number> {
  return runCommand('demo accounts', io, async () => {
    const options = parse(accountsOptionsSchema, rawOptions);
    const config = loadProcessConfig(io.env, { generateSecrets: false });
    const accounts = await withDb(io, config, 'demo accounts', (db) => listDemoAccounts(db));
    if (options.json) {
      io.stdout.write(accountsJson(accounts));
      return;
    }
    if (accounts.length === 0) {
      io.stdout.write('no demo accounts recorded: `riskdesk start` seeds the demo world into an empty embedded database, or run `riskdesk seed` (`riskdesk seed --reset` replaces the data already there)\n');
      return;
    }
    io.stdout.write(accountsTable(accounts));
  });
}

export function register(program: Command, io: () => CliIo = processIo): void {
  const demo = program
    .command('demo')
    .description('send signed sample Zendesk and Intercom webhooks for the planted demo accounts (and one crisis ticket) to the running service, and print its decisions')
    .option('--url <url>', 'the running service (default http://127.0.0.1:$PORT)')
    .option('--timeout <seconds>', 'how long to wait for the decisions', '60')
    .action(async (options: unknown) => {
      const cli = io();
      cli.setExitCode(await demoCommand(options, cli));
    });
  demo
    .command('accounts')
    .description('list the planted demo accounts: email, handle, pattern, one of their orders, and what a ticket from them shows')
    .option('--json', 'print JSON')
    .action(async (options: unknown) => {
      const cli = io();
      cli.setExitCode(await demoAccountsCommand(options, cli));
    });
}
