import type { Command } from 'commander';
import { runDaemon } from '../../runtime/daemon';
import { runServer } from '../../server/run-server';

/** `riskdesk serve`: the webhook intake HTTP server only (no worker). */
export function register(program: Command): void {
  program
    .command('serve')
    .description('run the HTTP server (webhook intake, /healthz, /readyz) without the worker; SIGTERM drains and exits 0 within 10 s')
    .action(() => runDaemon(runServer, { generateSecrets: true }));
}
