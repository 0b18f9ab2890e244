import type { Command } from 'commander';
import { z } from 'zod';
import { loadConfig } from '../../config/load-config';
import { seedDemoWorld } from '../../seed/seed-world';
import type { PatternMap } from '../../seed/patterns';
import type { Queryable } from '../../store/db';
import { CliInputError, optionProblems, processIo, runCommand, withDb, type CliIo } from '../cli-io';

const optionsSchema = z.object({
  users: z.coerce.number().int().min(50).max(5_000_000).default(2000),
  orders: z.coerce.number().int().min(100).max(20_000_000).default(20_000),
  seed: z.coerce.number().int().min(0).max(2 ** 31 - 1).default(42),
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

/** `riskdesk seed`: a deterministic demo world; prints `{"seed": {...}, "patterns": {...}}`. */
export function seedCommand(rawOptions: unknown, io: CliIo = processIo()): Promise<number> {
  return runCommand('seed', io, async () => {
    const parsed = optionsSchema.safeParse(rawOptions);
    if (!parsed.success) throw new CliInputError(optionProblems(parsed.error.issues));
    const config = loadConfig(io.env);
    await withDb(io, config, 'seed', async (db) => {
      const started = Date.now();
      const onProgress = io.stderr.isTTY ? (done: number, total: number) => io.stderr.write(`\rseeding orders ${done}/${total}`) : undefined;
      const patterns = await seedDemoWorld(db, { ...parsed.data, ...(onProgress ? { onProgress } : {}) });
      io.stderr.write(`${onProgress ? '\n' : ''}seeded in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
      io.stdout.write(`${JSON.stringify({ seed: parsed.data, patterns: await describePatterns(db, patterns) }, null, 2)}\n`);
    });
  });
}

export function register(program: Command, io: () => CliIo = processIo): void {
  program
    .command('seed')
    .description('Generate a deterministic demo marketplace with planted risk patterns; prints which accounts carry which pattern')
    .option('--users <n>', 'number of accounts', '2000')
    .option('--orders <n>', 'number of ordinary orders (planted patterns add a few more)', '20000')
    .option('--seed <s>', 'random seed: the same seed gives the same world', '42')
    .action(async (options: unknown) => {
      const cli = io();
      cli.setExitCode(await seedCommand(options, cli));
    });
}
