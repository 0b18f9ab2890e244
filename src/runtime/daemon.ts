/**
 * The long-running commands (`riskdesk serve`, `start`, `work`) run through here: from the first
 * line on, every line they write is one pino JSON object — configuration errors, start-up
 * failures, crashes and signals included — and SIGTERM is handled from before start-up begins.
 */
import { ConfigError } from '../config/config-error';
import type { Config, Env } from '../config/load-config';
import { loadProcessConfig, type ProcessConfigOptions } from '../config/load-process-config';
import { createDaemonLogger, type Logger } from '../logging/logger';
import { logProcessFailures } from '../logging/process-failures';
import { DAEMON_EXIT, handleShutdownSignals } from '../server/shutdown-signals';
import { StoreUnavailableError } from '../store/store-errors';
import { HelplinesError } from '../triage/helplines/load-helplines';

/** Starts the service; returns what stops it. */
export type StartDaemon = (config: Config, logger: Logger) => Promise<() => Promise<void>>;

function readConfig(env: Env, options: ProcessConfigOptions): Config | null {
  try {
    return loadProcessConfig(env, options);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    createDaemonLogger('info').fatal({ problems: error.problems }, `riskdesk cannot start: ${error.problems.length} problem(s) in the environment (see docs/configuration.md)`);
    return null;
  }
}

export async function runDaemon(start: StartDaemon, options: ProcessConfigOptions, env: Env = process.env): Promise<void> {
  const config = readConfig(env, options);
  if (!config) {
    process.exitCode = DAEMON_EXIT.failed;
    return;
  }
  const logger = createDaemonLogger(config.LOG_LEVEL);
  logProcessFailures(logger);
  const signals = handleShutdownSignals(logger);
  let stop: () => Promise<void>;
  try {
    stop = await start(config, logger);
  } catch (error) {
    // A database it cannot use (owned by another process, damaged) says what to do in one line.
    if (error instanceof StoreUnavailableError) logger.fatal({ problem: error.name }, `riskdesk cannot start: ${error.message}`);
    else if (error instanceof HelplinesError) logger.fatal({ problems: error.problems }, `riskdesk cannot start: ${error.message}`);
    else logger.fatal({ err: error instanceof Error ? error.message : String(error) }, 'riskdesk could not start');
    process.exit(DAEMON_EXIT.failed);
  }
  signals.started(stop);
}
