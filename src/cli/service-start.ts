import type { Logger } from '../logging/logger';
import type { ServiceHandle } from '../runtime/service';
import { StoreUnavailableError } from '../store/store-errors';
import { EXIT } from './command';

/**
 * Starts the service; a database it cannot use (in use by another process, damaged) is ONE fatal
 * log line saying what to do, and exit code 1 — never a stack trace. Returns null then.
 */
export async function startOrReport(logger: Logger, start: () => Promise<ServiceHandle>): Promise<ServiceHandle | null> {
  try {
    return await start();
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    logger.fatal({ problem: error.name }, `riskdesk cannot start: ${error.message}`);
    process.exitCode = EXIT.failure;
    return null;
  }
}
