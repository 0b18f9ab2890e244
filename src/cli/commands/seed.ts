import type { Command } from 'commander';
import { z } from 'zod';
import { ConfigError } from '../../config/config-error';
import { loadConfig } from '../../config/load-config';
import { seedDemoWorld } from '../../seed/seed-world';
import { openConfiguredDb } from '../../store/open-configured';
import { EXIT } from '../command';

const optionsSchema = z.object({
  users: z.coerce.number().int().min(50).max(5_000_000).default(2000),
  orders: z.coerce.number().int().min(100).max(20_000_000).default(20_000),
  seed: z.coerce.number().int().min(0).max(2 ** 31 - 1).default(42),
});

async function run(raw: unknown): Promise<void> {
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`);
    process.stderr.write(`riskdesk seed: ${problems.join('; ')}\n`);
    process.exitCode = EXIT.badInput;
    return;
  }
  const config = loadConfig(process.env);
  const db = await openConfiguredDb(config);
  try {
    const started = Date.now();
    const patterns = await seedDemoWorld(db, {
      ...parsed.data,
      onProgress: (done, total) => process.stderr.write(`\rseeding orders ${done}/${total}`),
    });
    process.stderr.write(`\nseeded in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    const ids = Object.values(patterns).flat();
    const { rows } = await db.query<{ id: string; username: string; email: string }>('SELECT id, username, email FROM users WHERE id = ANY($1::text[])', [ids]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const report = Object.fromEntries(
      Object.entries(patterns).map(([name, list]) => [name, list.map((id) => ({ id, username: byId.get(id)?.username, email: byId.get(id)?.email }))]),
    );
    process.stdout.write(`${JSON.stringify({ seed: parsed.data, patterns: report }, null, 2)}\n`);
  } finally {
    await db.close();
  }
}

export function register(program: Command): void {
  program
    .command('seed')
    .description('Generate a deterministic demo marketplace with planted risk patterns; prints which accounts carry which pattern')
    .option('--users <n>', 'number of accounts', '2000')
    .option('--orders <n>', 'number of ordinary orders (planted patterns add a few more)', '20000')
    .option('--seed <s>', 'random seed: the same seed gives the same world', '42')
    .action(async (options: unknown) => {
      try {
        await run(options);
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        process.stderr.write(`${error.message}\n`);
        process.exitCode = EXIT.badInput;
      }
    });
}
