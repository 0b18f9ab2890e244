import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import type { CliIo } from '../../src/cli/cli-io';
import { register as registerContext } from '../../src/cli/commands/context';
import { register as registerDemo } from '../../src/cli/commands/demo';
import { register as registerDecisions } from '../../src/cli/commands/decisions';
import { register as registerImport } from '../../src/cli/commands/import';
import { register as registerReset } from '../../src/cli/commands/reset';
import { register as registerSeed } from '../../src/cli/commands/seed';
import type { Db } from '../../src/store/db';

export interface CliRun {
  code: number | undefined;
  stdout: string;
  stderr: string;
}

/**
 * Runs `riskdesk <args>` through commander with the real import/seed/context/decisions/reset/demo registrations,
 * capturing output and exit code. `db` given → the commands use it (and leave it open);
 * otherwise they open what `env` names, as the installed CLI does.
 */
export async function runCli(args: string[], options: { env: Record<string, string | undefined>; db?: Db }): Promise<CliRun> {
  const run: CliRun = { code: undefined, stdout: '', stderr: '' };
  const io: CliIo = {
    env: options.env,
    stdout: { write: (text: string) => (run.stdout += text) },
    stderr: { write: (text: string) => (run.stderr += text), isTTY: false },
    setExitCode: (code) => {
      run.code = code;
    },
    ...(options.db ? { db: options.db } : {}),
  };
  const program = new Command('riskdesk').exitOverride().configureOutput({ writeOut: io.stdout.write, writeErr: io.stderr.write });
  for (const register of [registerImport, registerSeed, registerContext, registerDecisions, registerReset, registerDemo]) register(program, () => io);
  await program.parseAsync(['node', 'riskdesk', ...args]);
  return run;
}

/** JSON files in a temp dir, removed by `cleanup()`. */
export function tempFiles(): { write(name: string, content: unknown): string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'riskdesk-cli-'));
  return {
    write(name, content) {
      const path = join(dir, name);
      writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
      return path;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The instant CLI context tests compute at (`--at`), and a small world around it. */
export const CLI_AT = '2026-06-01T12:00:00Z';
const daysBefore = (days: number): string => new Date(Date.parse(CLI_AT) - days * 86_400_000).toISOString();
const user = (id: string, email: string, username: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id, email, username, created_at: daysBefore(900), country: 'US', email_verified: true, phone_verified: true, id_verified: true, status: 'active', is_seller: false, ...extra,
});
const paidOrder = (id: string, buyer: string, daysAgo: number): Record<string, unknown> => ({
  id, buyer_id: buyer, seller_id: 'cli-seller', show_id: 'SH-9', title: 'Jordan 1 Chicago', category: 'sneakers', amount_cents: 18_000, currency: 'USD',
  status: 'paid', created_at: daysBefore(daysAgo), shipped_at: null, delivered_at: null, tracking_number: null, carrier: null,
});

/**
 * Requester cli-buyer (email matched case-insensitively) shares a device with a banned account;
 * seller cli-seller sits on two paid, unshipped orders. Nothing else should fire.
 */
export const CLI_WORLD = {
  users: [
    user('cli-buyer', 'Dana.Buyer@cli.example', 'dana_cards'),
    user('cli-seller', 'sam@cli.example', 'sam_slabs', { is_seller: true }),
    user('cli-banned', 'ban@cli.example', 'ban_hammer', { status: 'banned' }),
  ],
  orders: [paidOrder('WN-71000001', 'cli-buyer', 5), paidOrder('WN-71000002', 'cli-elsewhere', 7)],
  payments: [{ id: 'cli-p1', order_id: 'WN-71000001', user_id: 'cli-buyer', method_fingerprint: 'card-cli-1', amount_cents: 18_000, status: 'succeeded', created_at: daysBefore(5) }],
  devices: [
    { user_id: 'cli-buyer', fingerprint: 'dev-cli-shared', first_seen_at: daysBefore(400), last_seen_at: daysBefore(2) },
    { user_id: 'cli-banned', fingerprint: 'dev-cli-shared', first_seen_at: daysBefore(300), last_seen_at: daysBefore(30) },
  ],
  enforcements: [{ id: 'cli-n1', user_id: 'cli-banned', action: 'ban', reason: 'fraud ring', created_at: daysBefore(30) }],
};
