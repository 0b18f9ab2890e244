import { exitOnShutdownSignal } from './shutdown-signals';
import { startServer, type ServerHandle, type StartServerOptions } from './start-server';

/** `riskdesk serve`: the HTTP server alone, stopped gracefully by SIGTERM/SIGINT (exit 0). */
export async function runServer(options: StartServerOptions): Promise<ServerHandle> {
  const handle = await startServer(options);
  exitOnShutdownSignal(() => handle.close(), options.logger);
  return handle;
}
