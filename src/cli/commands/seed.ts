import type { Command } from 'commander';
import { z } from 'zod';
import { loadProcessConfig } from '../../config/load-process-config';
import { DEMO_WORLD } from '../../seed/ensure-demo';
import { seedDemoWorld } from '../../seed/seed-world';
import type { PatternMap } from '../../seed/patterns';
import type { Db, Queryable } from '../../store/db';
import { clearMarketplaceData, nonEmptyMarketplaceTables } from '../../store/marketplace-data';
import { CliInputError, optionProblems, processIo, runCommand, withDb, type CliIo } from '../cli-io';

// The defaults are the world `start` seeds by itself, so there is one demo world whichever made it.
const optionsSchema = z.object({
  users: z.coerce.number().int().min(50).max(5_000_000).default(DEMO_WORLD.users),
  orders: z.coerce.number().int().min(100).max(20_000_000).default(DEMO_WORLD.orders),
  seed: z.coerce.number().int().min(0).max(2 ** 31 - 1).default(DEMO_WORLD.seed),
  reset: z.boolean().default(false),
});

type PatternReport = Record<string, Array<{ id: string; username: string | undefined; email: string | undefined }>>;

/** Each pattern's accounts with the username and email an agent would search for. */
async function describePatterns(db: Queryable, patterns: PatternMap): Promise<PatternReport> {
  const ids = Object.values(patterns).flat();
  const { rows } = await db.query<{ id: string; username: string; email: string }>('SELECT id, username, email FROM users WHERE id = ANY($1::text[])', [ids]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return Object.fromEntries(
    Object.entries(patterns).map(([name, list]) => [name, list.map((id) => ({ id, username: byId.get(id)?.username, email: byId.get(id)?.email }))]),
  );
}

/** Seeding on top of existing data would merge two worlds: refuse unless asked to clear first. */
async function prepare(db: Db, reset: boolean, io: CliIo): Promise<void> {
  const tables = await nonEmptyMarketplaceTables(db);
  if (tables.length === 0) return;
  if (!reset) {
    throw new CliInputError(
      `the database already holds marketplace data (${tables.join(', ')}) and seeding would merge a second world into it: run \`riskdesk seed --reset\` to clear the marketplace tables first (the audit trail is kept)`,
    );
  }
  await clearMarketplaceData(db);
  io.stderr.write(`cleared the marketplace tables (${tables.join(', ')}); the audit trail is kept\n`);
}

/** `riskdesk seed`: a deterministic demo world; prints `{"seed": {...}, "patterns": {...}}`. */
export function seedCommand(rawOptions: unknown, io: CliIo = processIo()): Promise<number> {
  return runCommand('seed', io, async () => {
    const parsed = optionsSchema.safeParse(rawOptions);
    if (!parsed.success) throw new CliInputError(optionProblems(parsed.error.issues));
    const { reset, ...world } = parsed.data;
    const config = loadProcessConfig(io.env, { generateSecrets: false });
    await withDb(io, config, 'seed', async (db) => {
      await prepare(db, reset, io);
      const started = Date.now();
      const onProgress = io.stderr.isTTY ? (done: number, total: number) => io.stderr.write(`\rseeding orders ${done}/${total}`) : undefined;
      const patterns = await seedDemoWorld(db, { ...world, ...(onProgress ? { onProgress } : {}) });
      io.stderr.write(`${onProgress ? '\n' : ''}seeded in ${((Date.now() - started) / 1000).toFixed(1)} s; \`riskdesk demo accounts\` lists the planted accounts\n`);
      io.stdout.write(`${JSON.stringify({ seed: world, patterns: await describePatterns(db, patterns) }, null, 2)}\n`);
    });
  });
}

export function register(program: Command, io: () => CliIo = processIo): void {
  program
    .command('seed')
    .description('Generate a deterministic demo marketplace with planted risk patterns into an empty database; prints which accounts carry which pattern')
    .option('--users <n>', 'number of accounts', String(DEMO_WORLD.users))
    .option('--orders <n>', 'number of ordinary orders (planted patterns add a few more)', String(DEMO_WORLD.orders))
    .option('--seed <s>', 'random seed: the same seed gives the same world', String(DEMO_WORLD.seed))
    .option('--reset', 'first clear the marketplace tables and the recorded demo accounts (the audit trail is kept)')
    .action(async (options: unknown) => {
      const cli = io();
      cli.setExitCode(await seedCommand(options, cli));
    });
}
