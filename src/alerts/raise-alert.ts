/**
 * The one way any module raises an alert (crisis decisions, SLA breaches, incident spikes):
 * `raiseAlert(alert)` queues one job per configured channel and resolves quickly whatever
 * happens — it never throws and waits at most `timeoutMs`, so a Redis or vendor problem never
 * blocks or delays the caller. Dedupe: one job per (channel, kind, subject) while it is kept.
 */
import type { Logger } from '../logging/logger';
import { alertSchema, type Alert, type AlertChannel } from './types';

export type RaiseAlert = (alert: Alert) => Promise<{ queued: AlertChannel[] }>;

export interface AlertRaiserDeps {
  channels: readonly AlertChannel[];
  /** Adds the job (jobs/alert-queue.ts); resolves false when a job with that id already exists. */
  enqueue(channel: AlertChannel, alert: Alert): Promise<boolean>;
  logger: Pick<Logger, 'warn' | 'info'>;
  timeoutMs?: number;
}

export function createAlertRaiser(deps: AlertRaiserDeps): RaiseAlert {
  const timeoutMs = deps.timeoutMs ?? 2000;
  return async (alert) => {
    const parsed = alertSchema.safeParse(alert);
    if (!parsed.success) {
      deps.logger.warn({ kind: alert.kind, problem: parsed.error.issues[0]?.message }, 'alert not raised: it does not match the alert shape');
      return { queued: [] };
    }
    const queued: AlertChannel[] = [];
    await Promise.all(
      deps.channels.map(async (channel) => {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<'timeout'>((resolve) => {
          timer = setTimeout(() => resolve('timeout'), timeoutMs);
        });
        try {
          const added = await Promise.race([deps.enqueue(channel, parsed.data), timeout]);
          if (added === true) queued.push(channel);
          if (added === 'timeout') deps.logger.warn({ kind: alert.kind, channel }, `alert not queued within ${timeoutMs} ms (Redis slow or down): the decision goes on without it`);
        } catch (error) {
          deps.logger.warn({ kind: alert.kind, channel, err: error instanceof Error ? error.message : String(error) }, 'alert not queued: the decision goes on without it');
        } finally {
          clearTimeout(timer);
        }
      }),
    );
    return { queued };
  };
}

/** For processes with no channel configured: raising does nothing. */
export const noAlerts: RaiseAlert = async () => ({ queued: [] });
