/**
 * Backfill metrics (`riskdesk backfill --metrics-port`): tickets by outcome, run events, the run's
 * progress, and the time spent waiting for a slot in the shared request budget. Labels are
 * bounded: the helpdesk and fixed outcome and event lists, never a ticket or run id.
 */
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/** Write-back outcomes of a decided ticket, `failed`, and `already_decided` (skipped on a resumed walk). */
export const BACKFILL_TICKET_OUTCOMES = ['written', 'unchanged', 'shadow', 'failed', 'already_decided'] as const;
export type BackfillTicketOutcome = (typeof BACKFILL_TICKET_OUTCOMES)[number];

export const BACKFILL_RUN_EVENTS = ['started', 'resumed', 'finished', 'stopped', 'failed'] as const;
export type BackfillRunEvent = (typeof BACKFILL_RUN_EVENTS)[number];

export interface BackfillMetrics {
  /** A run started (new), resumed, finished, stopped (Ctrl-C) or failed; a start pre-registers the run's series at 0. */
  backfillRun(source: string, event: BackfillRunEvent): void;
  backfillTicket(source: string, outcome: BackfillTicketOutcome): void;
  /** Tickets of the run decided so far (earlier parts included) and expected (null: not known yet). */
  backfillProgress(source: string, done: number, expected: number | null): void;
  /** One request slot taken by the backfill, after waiting `ms` for the schedule to be idle. */
  backfillPacerWait(source: string, ms: number): void;
}

// From no wait (an idle schedule) through one slot (60 ms at 1,000 rpm, 1 s at 60) to live bursts.
const WAIT_BUCKETS = [0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

export function createBackfillMetrics(registry: Registry): BackfillMetrics {
  // On the registry from the first recording on: the processes that never run a backfill
  // (start, serve, work) do not list its metrics.
  const runs = new Counter({
    name: 'riskdesk_backfill_runs_total',
    help: 'Backfill run events (started, resumed, finished, stopped, failed) by helpdesk',
    labelNames: ['source', 'event'],
    registers: [],
  });
  const tickets = new Counter({
    name: 'riskdesk_backfill_tickets_total',
    help: 'Backfill tickets by helpdesk and outcome (written, unchanged, shadow, failed, already_decided)',
    labelNames: ['source', 'outcome'],
    registers: [],
  });
  const done = new Gauge({ name: 'riskdesk_backfill_tickets_done', help: 'Tickets of the running backfill decided so far, resumed parts included', labelNames: ['source'], registers: [] });
  const remaining = new Gauge({
    name: 'riskdesk_backfill_tickets_remaining',
    help: "Tickets the running backfill still expects to decide (the helpdesk's count, capped by --limit, minus those done); absent until the count is known",
    labelNames: ['source'],
    registers: [],
  });
  const waits = new Histogram({
    name: 'riskdesk_backfill_pacer_wait_seconds',
    help: 'Time each backfill request waited for an idle slot in the shared helpdesk budget',
    labelNames: ['source'],
    buckets: WAIT_BUCKETS,
    registers: [],
  });

  let registered = false;
  const register = (): void => {
    if (registered) return;
    registered = true;
    registry.registerMetric(runs);
    registry.registerMetric(tickets);
    registry.registerMetric(done);
    registry.registerMetric(remaining);
    registry.registerMetric(waits);
  };

  return {
    backfillRun(source, event) {
      register();
      if (event === 'started' || event === 'resumed') {
        // Stall and failure alerts need the series to exist before the first ticket.
        for (const outcome of BACKFILL_TICKET_OUTCOMES) tickets.inc({ source, outcome }, 0);
        for (const other of BACKFILL_RUN_EVENTS) runs.inc({ source, event: other }, 0);
      }
      runs.inc({ source, event });
    },
    backfillTicket(source, outcome) {
      register();
      tickets.inc({ source, outcome });
    },
    backfillProgress(source, count, expected) {
      register();
      done.set({ source }, count);
      if (expected !== null) remaining.set({ source }, Math.max(0, expected - count));
    },
    backfillPacerWait(source, ms) {
      register();
      waits.observe({ source }, ms / 1000);
    },
  };
}
