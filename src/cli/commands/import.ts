import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { loadProcessConfig } from '../../config/load-process-config';
import { importFileReport } from '../../store/import/import-file';
import { processIo, runCommand, withDb, type CliIo } from '../cli-io';

/** A progress bar on stderr, only on a terminal, so piped output stays clean JSON. */
function progressBar(io: CliIo): { onProgress(read: number, total: number): void; stop(): void } {
  const bar = io.stderr.isTTY ? new SingleBar({ format: 'importing [{bar}] {percentage}% {value}/{total} bytes' }, Presets.shades_classic) : null;
  let started = false;
  return {
    onProgress(read, total) {
      if (!bar) return;
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(read);
    },
    stop: () => bar?.stop(),
  };
}

/**
 * `riskdesk import FILE`: one transaction, idempotent. Prints `{"imported": {...counts}}`; an invalid
 * file exits 2 with the entity, index and field at fault, and nothing is written.
 */
export function importCommand(file: string, io: CliIo = processIo()): Promise<number> {
  return runCommand('import', io, async () => {
    const config = loadProcessConfig(io.env, { generateSecrets: false });
    await withDb(io, config, 'import', async (db) => {
      const bar = progressBar(io);
      try {
        const report = await importFileReport(db, file, { onProgress: bar.onProgress });
        bar.stop();
        const stale = report.skippedStale > 0 ? { skipped_stale: report.skippedStale } : {};
        io.stdout.write(`${JSON.stringify({ imported: report.imported, ...stale }, null, 2)}\n`);
      } finally {
        bar.stop();
      }
    });
  });
}

export function register(program: Command, io: () => CliIo = processIo): void {
  program
    .command('import')
    .description('Load a JSON export of marketplace data (users, orders, payments, …) in one transaction; re-importing is idempotent')
    .argument('<file>', 'JSON file: {"users": [...], "orders": [...], ...} — see docs/risk.md for every field')
    .action(async (file: string) => {
      const cli = io();
      cli.setExitCode(await importCommand(file, cli));
    });
}
