import type { Command } from 'commander';
import { loadProcessConfig } from '../../config/load-process-config';
import { createLogger } from '../../logging/logger';
import { exitOnShutdownSignal } from '../../server/shutdown-signals';
import { startService } from '../../runtime/service';
import { mountSidebar } from '../../runtime/mount-sidebar';
import { startOrReport } from '../service-start';

/** `riskdesk start` (and `npm start`): HTTP server and worker in one process. */
export function register(program: Command): void {
  program
    .command('start')
    .description('run the HTTP server (webhooks, health, metrics, decisions API, sidebars) and the worker in one process; SIGTERM drains and exits 0')
    .action(async () => {
      const config = loadProcessConfig(process.env, { generateSecrets: true });
      const logger = createLogger(config.LOG_LEVEL);
      const service = await startOrReport(logger, () => startService({ config, logger, server: true, worker: true, mountSidebar }));
      if (!service) return;
      exitOnShutdownSignal(() => service.close(), logger);
    });
}
