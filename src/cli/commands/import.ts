import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { ConfigError } from '../../config/config-error';
import { loadConfig } from '../../config/load-config';
import { ImportError, importFile } from '../../store/import/import-file';
import { openConfiguredDb } from '../../store/open-configured';
import { EXIT } from '../command';

async function run(file: string): Promise<void> {
  const config = loadConfig(process.env);
  const db = await openConfiguredDb(config);
  // The bar goes to stderr and only on a terminal, so piped output stays clean JSON.
  const bar = process.stderr.isTTY ? new SingleBar({ stream: process.stderr, format: 'importing [{bar}] {percentage}% {value}/{total} bytes' }, Presets.shades_classic) : null;
  let started = false;
  try {
    const summary = await importFile(db, file, {
      onProgress: (read, total) => {
        if (!bar) return;
        if (!started) bar.start(total, 0);
        started = true;
        bar.update(read);
      },
    });
    bar?.stop();
    process.stdout.write(`${JSON.stringify({ imported: summary }, null, 2)}\n`);
  } catch (error) {
    bar?.stop();
    throw error;
  } finally {
    await db.close();
  }
}

export function register(program: Command): void {
  program
    .command('import')
    .description('Load a JSON export of marketplace data (users, orders, payments, …) in one transaction; re-importing is idempotent')
    .argument('<file>', 'JSON file: {"users": [...], "orders": [...], ...} — see docs/risk.md for every field')
    .action(async (file: string) => {
      try {
        await run(file);
      } catch (error) {
        if (!(error instanceof ImportError || error instanceof ConfigError)) throw error;
        process.stderr.write(`riskdesk import: ${error.message}\n`);
        process.exitCode = EXIT.badInput;
      }
    });
}
