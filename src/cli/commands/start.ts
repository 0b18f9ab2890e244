import type { Command } from 'commander';
import { runDaemon } from '../../runtime/daemon';
import { mountSidebar } from '../../runtime/mount-sidebar';
import { startService } from '../../runtime/service';

/** `riskdesk start` (and `npm start`): HTTP server and worker in one process. */
export function register(program: Command): void {
  program
    .command('start')
    .description('run the HTTP server (webhooks, health, metrics, decisions API, sidebars) and the worker in one process; SIGTERM drains and exits 0 within 10 s')
    .action(() =>
      runDaemon(async (config, logger) => {
        const service = await startService({ config, logger, server: true, worker: true, mountSidebar });
        return () => service.close();
      }, { generateSecrets: true }),
    );
}
