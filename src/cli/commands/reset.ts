import type { Command } from 'commander';
import { z } from 'zod';
import { loadConfig } from '../../config/load-config';
import { JOB_DATA_KEY_FILE } from '../../security/job-data-key';
import { wipeEmbeddedDataDir } from '../../runtime/wipe-data-dir';
import { dropRiskdeskTables, riskdeskTableNames } from '../../store/drop-tables';
import { firstLine, StoreUnavailableError } from '../../store/store-errors';
import { CliInputError, optionProblems, processIo, runCommand, type CliIo } from '../cli-io';

const optionsSchema = z.object({ force: z.boolean().optional() });

/** The database a URL names, without credentials or options: what the user may see in output. */
function describeUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
}

async function resetPostgres(databaseUrl: string, force: boolean, io: CliIo): Promise<void> {
  const where = describeUrl(databaseUrl);
  if (!force) {
    throw new CliInputError(
      `DATABASE_URL is set: reset would drop riskdesk's tables (${riskdeskTableNames().join(', ')}) from ${where} — nothing was dropped; run \`riskdesk reset --force\` to do it`,
    );
  }
  const report = await dropRiskdeskTables(databaseUrl).catch((error: unknown) => {
    throw new StoreUnavailableError(`could not reset ${where}: ${firstLine(error)} — nothing was dropped`);
  });
  if (report.schema === null) {
    io.stdout.write(`riskdesk reset: ${where} has no current schema (check search_path): nothing to drop\n`);
    return;
  }
  const list = report.dropped.length > 0 ? `: ${report.dropped.join(', ')}` : '';
  io.stdout.write(`riskdesk reset: dropped ${report.dropped.length} riskdesk table(s) from schema "${report.schema}" of ${where}${list}. Nothing else in that database was touched.\n`);
}

function resetEmbedded(dataDir: string, io: CliIo): void {
  if (dataDir.startsWith('memory://')) throw new CliInputError(`RISKDESK_DATA_DIR is ${dataDir}: an in-memory database has nothing to reset`);
  const { removed } = wipeEmbeddedDataDir(dataDir);
  if (removed.length === 0) {
    io.stdout.write(`riskdesk reset: ${dataDir} is empty or absent: nothing to remove\n`);
    return;
  }
  const key = removed.includes(JOB_DATA_KEY_FILE)
    ? ` — ${JOB_DATA_KEY_FILE} too: webhooks still queued in Redis that were sealed with it can no longer be read`
    : '';
  io.stdout.write(
    `riskdesk reset: wiped the embedded data directory ${dataDir}, removing ${removed.length} entries: ${removed.join(', ')}\n` +
      `The whole directory was emptied, generated secrets included${key}. The next \`riskdesk start\` creates a new, empty database there.\n`,
  );
}

/** `riskdesk reset [--force]`: start over with an empty database. Asks nothing; refuses what it must not do. */
export function resetCommand(raw: unknown, io: CliIo = processIo()): Promise<number> {
  return runCommand('reset', io, async () => {
    const parsed = optionsSchema.safeParse(raw);
    if (!parsed.success) throw new CliInputError(optionProblems(parsed.error.issues));
    const config = loadConfig(io.env);
    if (config.DATABASE_URL) await resetPostgres(config.DATABASE_URL, parsed.data.force === true, io);
    else resetEmbedded(config.RISKDESK_DATA_DIR, io);
  });
}

export function register(program: Command, io: () => CliIo = processIo): void {
  program
    .command('reset')
    .description(
      'Start over with an empty database: wipes the embedded data directory (RISKDESK_DATA_DIR, generated secrets included; refused while a riskdesk process has it open), ' +
        "or with DATABASE_URL and --force drops riskdesk's own tables from that database",
    )
    .option('--force', 'with DATABASE_URL: really drop the tables')
    .action(async (options: unknown) => {
      const cli = io();
      cli.setExitCode(await resetCommand(options, cli));
    });
}
