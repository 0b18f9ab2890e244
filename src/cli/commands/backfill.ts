/**
 * `riskdesk backfill --source zendesk|intercom [--status open,pending] [--since DATE] [--limit N] [--write] [--restart] [--metrics-port P]`
 * — triages a helpdesk's open backlog through the ticket pipeline, below live tickets in the shared
 * request budget, resumable, with a progress bar on a terminal, a JSON summary on stdout and,
 * with --metrics-port, its Prometheus metrics served while it runs.
 */
import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import pino from 'pino';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { runBackfill, type BackfillProgress } from '../../backfill/run-backfill';
import type { Config } from '../../config/load-config';
import { loadProcessConfig } from '../../config/load-process-config';
import type { BacklogReader } from '../../helpdesk/backlog-types';
import { HelpdeskError } from '../../helpdesk/errors';
import { createIntercomBacklogReader, INTERCOM_BACKLOG_STATES } from '../../helpdesk/intercom/backlog';
import { riskFields } from '../../helpdesk/risk-fields';
import type { FetchFn } from '../../helpdesk/paced-fetch';
import type { RequestPacer } from '../../helpdesk/types';
import { createZendeskBacklogReader, ZENDESK_BACKLOG_STATUSES } from '../../helpdesk/zendesk/backlog';
import { createLogger, type Logger } from '../../logging/logger';
import { createMetrics, type Metrics } from '../../metrics/metrics';
import type { PipelineDeps } from '../../pipeline/types';
import { createBackgroundPacer } from '../../ratelimit/background-pacer';
import { buildAdapters } from '../../runtime/adapters';
import { createRiskContextBuilder } from '../../runtime/risk-context';
import { listenMetrics, MetricsPortError, type MetricsServer } from '../../server/metrics-server';
import { createRedisConnection } from '../../server/redis-connection';
import { resolveJobDataKey } from '../../security/job-data-key';
import { detectCrisis } from '../../triage/crisis';
import { decide } from '../../triage/decide';
import { loadRules } from '../../triage/rules';
import { CliInputError, optionProblems, processIo, runCommand, withDb, type CliIo } from '../cli-io';
import { EXIT } from '../command';
import { badInputMessage } from './triage';

const optionsSchema = z
  .object({
    source: z.enum(['zendesk', 'intercom'], { message: 'must be zendesk or intercom' }),
    status: z
      .string()
      .optional()
      .transform((value) => (value ?? '').split(',').map((s) => s.trim().toLowerCase()).filter((s) => s.length > 0)),
    since: z
      .string()
      .optional()
      .transform((value, ctx) => {
        if (value === undefined) return null;
        const date = /^\d{4}-\d{2}-\d{2}(T.*)?$/.test(value) ? new Date(value) : new Date(Number.NaN);
        if (Number.isNaN(date.getTime())) ctx.addIssue({ code: 'custom', message: 'must be a date like 2026-11-01 (or an ISO 8601 time)' });
        return date;
      }),
    limit: z.coerce.number().int().min(1).optional(),
    write: z.boolean().default(false),
    restart: z.boolean().default(false),
    metricsPort: z.coerce.number().int().min(0, 'must be a port number (0-65535)').max(65535, 'must be a port number (0-65535)').optional(),
  })
  .superRefine((o, ctx) => {
    const allowed: readonly string[] = o.source === 'zendesk' ? ZENDESK_BACKLOG_STATUSES : INTERCOM_BACKLOG_STATES;
    const bad = o.status.filter((s) => !allowed.includes(s));
    if (bad.length > 0) ctx.addIssue({ code: 'custom', path: ['status'], message: `${bad.join(', ')}: ${o.source} statuses are ${allowed.join(', ')}` });
  });

export type BackfillCliOptions = z.input<typeof optionsSchema>;

/** What tests replace: the Redis connection, the vendors' fetch and the metrics registry. */
export interface BackfillOverrides {
  redis?: Redis;
  fetchImpl?: FetchFn;
  logger?: Logger;
  metrics?: Metrics;
}

async function serveMetrics(metrics: Metrics, port: number, config: Config, logger: Logger, io: CliIo): Promise<MetricsServer> {
  try {
    const server = await listenMetrics(metrics, { port, host: config.HOST, token: config.METRICS_TOKEN, logger });
    io.stderr.write(`riskdesk backfill: serving metrics on ${server.url}/metrics while the run lasts\n`);
    return server;
  } catch (error) {
    throw error instanceof MetricsPortError ? new CliInputError(error.message) : error;
  }
}

function readerFor(source: 'zendesk' | 'intercom', config: Config, pacer: RequestPacer, fetchImpl: FetchFn | undefined): BacklogReader {
  if (source === 'zendesk') {
    if (!config.zendeskApiConfigured || !config.ZENDESK_EMAIL || !config.ZENDESK_API_TOKEN) {
      throw new CliInputError('reading the Zendesk backlog needs ZENDESK_SUBDOMAIN (or ZENDESK_API_URL), ZENDESK_EMAIL and ZENDESK_API_TOKEN');
    }
    return createZendeskBacklogReader({ subdomain: config.ZENDESK_SUBDOMAIN, apiUrl: config.ZENDESK_API_URL, email: config.ZENDESK_EMAIL, token: config.ZENDESK_API_TOKEN, pacer, fetchImpl });
  }
  if (!config.intercomApiConfigured || !config.INTERCOM_ACCESS_TOKEN) throw new CliInputError('reading the Intercom backlog needs INTERCOM_ACCESS_TOKEN and INTERCOM_ADMIN_ID');
  return createIntercomBacklogReader({ token: config.INTERCOM_ACCESS_TOKEN, apiUrl: config.INTERCOM_API_URL, version: config.INTERCOM_API_VERSION, pacer, fetchImpl });
}

function progressBar(io: CliIo): { update(p: BackfillProgress): void; stop(): void } {
  if (!io.stderr.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar({ stream: process.stderr, format: 'backfill [{bar}] {value}/{total} tickets | {eta_formatted} left', etaBuffer: 50 }, Presets.shades_classic);
  let started = false;
  return {
    update(p) {
      const total = p.total ?? Math.max(p.done, 1);
      if (!started) bar.start(total, p.done);
      started = true;
      bar.setTotal(Math.max(total, p.done));
      bar.update(p.done);
    },
    stop: () => bar.stop(),
  };
}

function snapshotKey(config: Config): Buffer | undefined {
  try {
    return resolveJobDataKey(config);
  } catch {
    return undefined; // decisions are still recorded, without the sealed ticket snapshot
  }
}

export async function backfillCommand(raw: BackfillCliOptions, io: CliIo = processIo(), overrides: BackfillOverrides = {}): Promise<number> {
  let vendorFailure = false;
  const code = await runCommand(
    'backfill',
    io,
    async () => {
      const parsed = optionsSchema.safeParse(raw);
      if (!parsed.success) throw new CliInputError(optionProblems(parsed.error.issues));
      const options = parsed.data;
      const config = loadProcessConfig(io.env, { generateSecrets: false });
      const rules = loadRules(config.RULES_FILE);
      const logger = overrides.logger ?? createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, pino.destination({ dest: 2, sync: true })); // stdout carries the summary
      const redis = overrides.redis ?? createRedisConnection(config.REDIS_URL ?? 'redis://127.0.0.1:6379', 'worker');
      let stop = false;
      const onSignal = (): void => {
        stop = true;
      };
      process.once('SIGINT', onSignal);
      const bar = progressBar(io);
      const metrics = overrides.metrics ?? (options.metricsPort === undefined ? undefined : createMetrics());
      let metricsServer: MetricsServer | null = null;
      try {
        if (metrics && options.metricsPort !== undefined) metricsServer = await serveMetrics(metrics, options.metricsPort, config, logger, io);
        const pacer = createBackgroundPacer(redis, {
          prefix: config.QUEUE_PREFIX,
          budgets: { zendesk: { maxRpm: config.ZENDESK_MAX_RPM }, intercom: { maxRpm: config.INTERCOM_MAX_RPM } },
          onAcquired: (source, waitedMs) => metrics?.backfillPacerWait?.(source, waitedMs),
        });
        const reader = readerFor(options.source, config, pacer, overrides.fetchImpl);
        await withDb(io, config, 'backfill', async (db) => {
          const pipeline: PipelineDeps = {
            db,
            rules: { current: () => rules },
            adapters: buildAdapters(config, pacer, logger),
            mode: options.write ? 'live' : 'shadow',
            buildContext: await createRiskContextBuilder(config, db),
            decide,
            detectCrisis,
            logger,
            riskFields: (source, risk) => riskFields(config, source, risk),
            snapshotKey: snapshotKey(config),
          };
          const result = await runBackfill(
            { db, reader, pipeline, metrics, onProgress: (p) => bar.update(p), shouldStop: () => stop },
            { statuses: options.status, since: options.since, limit: options.limit ?? null, write: options.write, restart: options.restart },
          );
          bar.stop();
          const mode = options.write ? 'write' : 'shadow';
          io.stdout.write(`${JSON.stringify({ mode, resumed: result.resumed, complete: result.complete, ...result.summary }, null, 2)}\n`);
          if (!result.complete) io.stderr.write('riskdesk backfill: stopped; run the same command again to resume\n');
        });
      } catch (error) {
        if (!(error instanceof HelpdeskError)) throw error;
        // The run is stored: what was decided stays decided, and the same command resumes.
        vendorFailure = true;
        io.stderr.write(`riskdesk backfill: ${error.message} — the run is saved: run the same command again to resume\n`);
      } finally {
        bar.stop();
        process.removeListener('SIGINT', onSignal);
        if (!overrides.redis) redis.disconnect();
        await metricsServer?.close();
      }
    },
    (error) => (error instanceof CliInputError ? error.message : badInputMessage(error)),
  );
  return vendorFailure ? EXIT.failure : code;
}

interface RawFlags {
  source: string;
  status?: string;
  since?: string;
  limit?: string;
  write?: boolean;
  restart?: boolean;
  metricsPort?: string;
}

export function register(program: Command, io: () => CliIo = processIo): void {
  program
    .command('backfill')
    .description('Triage a helpdesk backlog through the pipeline: shadow by default (decisions recorded, nothing written), resumable, below live tickets in the request budget')
    .requiredOption('--source <helpdesk>', 'zendesk or intercom')
    .option('--status <list>', 'comma-separated statuses (Zendesk: new,open,pending,hold — default all unsolved; Intercom: open,snoozed,closed — default open)')
    .option('--since <date>', 'only tickets updated since this date (2026-11-01)')
    .option('--limit <n>', 'stop after this many tickets')
    .option('--write', 'write notes, tags and routing back (default: shadow)')
    .option('--restart', 'abandon an unfinished run with the same options and start over')
    .option('--metrics-port <port>', 'serve GET /metrics (riskdesk_backfill_*) on this port while the run lasts')
    .action(async (flags: RawFlags) => {
      const cli = io();
      cli.setExitCode(await backfillCommand({ ...flags, source: flags.source as 'zendesk' }, cli));
    });
}
