/**
 * Walks a helpdesk's backlog page by page and triages every ticket through the ticket pipeline
 * (hydrate → context → decide → settle, shadow or live). The cursor of the last completed page and
 * each ticket's result are stored as it goes: after a crash the same command resumes the run, and
 * tickets already decided are not decided again. Requests go through the pacer the caller gives
 * (the backfill's low-priority one), so live tickets keep their place in the shared budget.
 * Tickets, run events and progress are counted in the metrics the caller gives.
 */
import { CursorExpiredError, type BacklogItem, type BacklogQuery, type BacklogReader } from '../helpdesk/backlog-types';
import { RateLimitedError } from '../helpdesk/errors';
import type { Metrics } from '../metrics/metrics';
import { processTicket } from '../pipeline/process-ticket';
import { newTrace, type PipelineDeps } from '../pipeline/types';
import type { Db } from '../store/db';
import { doneTickets, finishRun, openRun, recordItem, saveCursor, saveTotal, summarizeRun, type BackfillRun, type ItemResult, type RunSummary } from './run-store';

export interface BackfillOptions {
  statuses: string[];
  since: Date | null;
  limit: number | null;
  write: boolean;
  /** Abandon an unfinished run of the same options and start over. */
  restart?: boolean;
}

export interface BackfillProgress {
  done: number;
  /** Expected tickets (the vendor's count, capped by --limit); null when unknown. */
  total: number | null;
  resumed: boolean;
}

export interface BackfillDeps {
  db: Db;
  reader: BacklogReader;
  /** The pipeline, with `mode` already set from --write. */
  pipeline: PipelineDeps;
  onProgress?: (progress: BackfillProgress) => void;
  sleep?: (ms: number) => Promise<void>;
  /** Stops after the current ticket when it returns true (SIGINT). */
  shouldStop?: () => boolean;
  metrics?: Metrics;
}

export interface BackfillResult {
  summary: RunSummary;
  resumed: boolean;
  /** False when stopped before the end (limit reached counts as complete). */
  complete: boolean;
}

const MAX_RATE_LIMIT_WAITS = 10;
const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `work`, waiting out 429s (the vendor's Retry-After) a bounded number of times. */
async function withRateLimitWaits<T>(deps: BackfillDeps, work: () => Promise<T>): Promise<T> {
  for (let waits = 0; ; waits += 1) {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof RateLimitedError) || waits >= MAX_RATE_LIMIT_WAITS) throw error;
      deps.metrics?.rateLimited(deps.reader.source);
      deps.pipeline.logger.warn({ retryAfterMs: error.retryAfterMs, operation: error.operation }, 'backfill rate limited: waiting');
      await (deps.sleep ?? defaultSleep)(error.retryAfterMs);
    }
  }
}

async function triageOne(deps: BackfillDeps, item: BacklogItem, runId: string): Promise<ItemResult> {
  try {
    const result = await withRateLimitWaits(deps, () =>
      processTicket(
        { source: deps.reader.source, ticketId: item.ticketId, fallback: item.fallback, eventIds: [`backfill:${runId}`], crisisHint: false, jobId: null, attempt: null },
        deps.pipeline,
        newTrace(),
      ),
    );
    const d = result.decision;
    deps.metrics?.backfillTicket?.(deps.reader.source, result.outcome);
    return { ticketId: item.ticketId, outcome: result.outcome, intent: d.intent, level: d.risk.level, route: d.actions.route, crisis: d.crisis };
  } catch (error) {
    deps.pipeline.logger.warn({ ticketId: item.ticketId, err: errorText(error) }, 'backfill: ticket failed; it is tried again when the run resumes');
    deps.metrics?.backfillTicket?.(deps.reader.source, 'failed');
    return { ticketId: item.ticketId, outcome: 'failed', error: errorText(error).slice(0, 500) };
  }
}

export async function runBackfill(deps: BackfillDeps, options: BackfillOptions): Promise<BackfillResult> {
  const { db, reader } = deps;
  const run = await openRun(db, { source: reader.source, statuses: options.statuses, since: options.since?.toISOString() ?? null, limit: options.limit, write: options.write }, options.restart ?? false);
  deps.metrics?.backfillRun?.(reader.source, run.resumed ? 'resumed' : 'started');
  try {
    const result = await walkBacklog(deps, options, run);
    deps.metrics?.backfillRun?.(reader.source, result.complete ? 'finished' : 'stopped');
    return result;
  } catch (error) {
    deps.metrics?.backfillRun?.(reader.source, 'failed');
    throw error;
  }
}

async function walkBacklog(deps: BackfillDeps, options: BackfillOptions, run: BackfillRun): Promise<BackfillResult> {
  const { db, reader } = deps;
  const query: BacklogQuery = { statuses: options.statuses, since: options.since };
  const done = await doneTickets(db, run.id);
  let total = run.total;
  const count = reader.count?.bind(reader);
  if (total === null && count) {
    const counted = await withRateLimitWaits(deps, () => count(query));
    if (counted !== null) {
      total = options.limit !== null ? Math.min(counted, options.limit) : counted;
      await saveTotal(db, run.id, total);
    }
  }
  const progress = (): void => {
    deps.onProgress?.({ done: done.size, total, resumed: run.resumed });
    deps.metrics?.backfillProgress?.(reader.source, done.size, total);
  };
  progress();
  let cursor = run.cursor;
  const limitReached = (): boolean => options.limit !== null && done.size >= options.limit;
  for (;;) {
    if (limitReached()) break;
    if (deps.shouldStop?.()) return { summary: await summarizeRun(db, run.id), resumed: run.resumed, complete: false };
    let page;
    try {
      page = await withRateLimitWaits(deps, () => reader.page(query, cursor));
    } catch (error) {
      if (!(error instanceof CursorExpiredError) || cursor === null) throw error;
      deps.pipeline.logger.warn({ err: error.message }, 'backfill: stored cursor refused; walking the backlog again from the start, skipping decided tickets');
      cursor = null;
      continue;
    }
    if (total === null && page.total !== null) {
      total = options.limit !== null ? Math.min(page.total, options.limit) : page.total;
      await saveTotal(db, run.id, total);
    }
    for (const item of page.items) {
      if (done.has(item.ticketId)) {
        deps.metrics?.backfillTicket?.(reader.source, 'already_decided');
        continue;
      }
      if (limitReached() || deps.shouldStop?.()) break;
      const result = await triageOne(deps, item, run.id);
      await recordItem(db, run.id, result);
      if (result.outcome !== 'failed') done.add(item.ticketId);
      progress();
    }
    if (deps.shouldStop?.()) return { summary: await summarizeRun(db, run.id), resumed: run.resumed, complete: false };
    if (limitReached()) break;
    // Saved only once the whole page is decided: a crash re-reads the page and skips what is done.
    await saveCursor(db, run.id, page.nextCursor);
    cursor = page.nextCursor;
    if (cursor === null) break;
  }
  await finishRun(db, run.id);
  return { summary: await summarizeRun(db, run.id), resumed: run.resumed, complete: true };
}
