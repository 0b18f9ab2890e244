import type { Config } from '../config/load-config';
import type { Logger } from '../logging/logger';
import { startServer } from './start-server';

/** `riskdesk serve`: the HTTP server alone; returns its close() for the shutdown signals. */
export async function runServer(config: Config, logger: Logger): Promise<() => Promise<void>> {
  const handle = await startServer({ config, logger });
  return () => handle.close();
}
