import type { Command } from 'commander';
import { loadProcessConfig } from '../../config/load-process-config';
import { createLogger } from '../../logging/logger';
import { runServer } from '../../server/run-server';

/** `riskdesk serve`: the webhook intake HTTP server only (no worker). */
export function register(program: Command): void {
  program
    .command('serve')
    .description('run the HTTP server (webhook intake, /healthz, /readyz) without the worker; SIGTERM drains and exits 0')
    .action(async () => {
      const config = loadProcessConfig(process.env, { generateSecrets: true });
      const logger = createLogger(config.LOG_LEVEL);
      await runServer({ config, logger });
    });
}
