import type { Command } from 'commander';
import { z } from 'zod';
import { listenMetrics, type MetricsServer } from '../../server/metrics-server';
import { runDaemon } from '../../runtime/daemon';
import { startService } from '../../runtime/service';
import { parseCommandOptions } from '../cli-io';

const optionsSchema = z.object({
  metricsPort: z.coerce.number().int().min(0).max(65535).optional(),
  jobLockMs: z.coerce.number().int().min(1000).max(600_000).optional(),
});

/** `riskdesk work`: the worker alone (several may run on several machines against one Redis and one database). */
export function register(program: Command): void {
  program
    .command('work')
    .description('run the worker only: hydrate, decide and write back queued tickets; SIGTERM finishes running jobs (5 s at most) and exits 0 within 10 s')
    .option('--metrics-port <port>', 'also serve GET /metrics on this port (the worker has no other HTTP endpoint)')
    .option('--job-lock-ms <ms>', "how long a dead worker's jobs and tickets stay locked before other workers take over (default 30000)")
    .action(async (raw: unknown) => {
      const options = parseCommandOptions('work', optionsSchema, raw);
      if (!options) return;
      await runDaemon(async (config, logger) => {
        const service = await startService({ config, logger, server: false, worker: true, lockDurationMs: options.jobLockMs });
        let metricsServer: MetricsServer | null = null;
        if (options.metricsPort !== undefined) {
          try {
            metricsServer = await listenMetrics(service.metrics, { port: options.metricsPort, host: config.HOST, token: config.METRICS_TOKEN, logger });
            logger.info({ url: `${metricsServer.url}/metrics` }, 'serving GET /metrics on the metrics port');
          } catch (error) {
            await service.close();
            throw error;
          }
        }
        return async () => {
          await Promise.all([metricsServer?.close(), service.close()]);
        };
      }, { generateSecrets: false });
    });
}
