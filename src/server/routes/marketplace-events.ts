/**
 * POST /api/marketplace/events — the marketplace backend's live feed of record changes.
 * Order of checks: receiver configured (404) → JSON content type (415) → at most 5 MB (413) →
 * signature on the raw bytes (401) → JSON (400) → batch schema (400, naming index and field) →
 * one transaction → 200 {applied, skipped_stale}. Nothing of a refused batch is applied.
 * Every answer is counted by outcome (`accepted` or the error code) in the metrics.
 */
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { applyFeedBatch } from '../../feed/apply-batch';
import { parseFeedBatch } from '../../feed/feed-records';
import { FEED_SIGNATURE_HEADER, verifyFeedSignature } from '../../feed/signature';
import { sendError, sendJson, type SendErrorOptions } from '../../http/http-error';
import type { Logger } from '../../logging/logger';
import type { FeedOutcome } from '../../metrics/feed-metrics';
import type { Metrics } from '../../metrics/metrics';
import type { Db } from '../../store/db';

export const FEED_PATH = '/api/marketplace/events';
export const MAX_FEED_BODY_BYTES = 5 * 1024 * 1024;

export interface MarketplaceEventsOptions {
  db: Db;
  /** MARKETPLACE_FEED_SECRET (two during a rotation); unset → the endpoint answers 404. */
  secrets: readonly string[] | undefined;
  toleranceSeconds: number;
  logger?: Logger;
  /** Called after a batch commits with the accounts it touched (risk caches keyed by account). */
  onAccountsTouched?: (accountIds: readonly string[]) => void;
  /** Counts answers, records and transaction times; the process's /metrics serves them. */
  metrics?: Metrics;
  now?: () => number;
}

interface Refusal {
  status: number;
  code: Exclude<FeedOutcome, 'accepted'>;
  message: string;
}

const readRaw = express.raw({ type: () => true, limit: MAX_FEED_BODY_BYTES });

function isJson(req: Request): boolean {
  return Boolean(req.is(['application/json', 'application/*+json']));
}

function readBody(req: Request, res: Response): Promise<Buffer | Refusal> {
  return new Promise((resolve) => {
    void readRaw(req, res, (error?: unknown) => {
      if (error === undefined || error === null) return resolve(Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0));
      const type = (error as { type?: string }).type;
      if (type === 'entity.too.large') resolve({ status: 413, code: 'payload_too_large', message: 'the batch is larger than 5 MB: send at most 1,000 records and 5 MB per request' });
      else if (type === 'encoding.unsupported' || type === 'charset.unsupported') resolve({ status: 415, code: 'unsupported_encoding', message: 'send the body uncompressed (or gzip/deflate) in UTF-8' });
      else resolve({ status: 400, code: 'unreadable_body', message: 'the request body could not be read completely: send it again' });
    });
  });
}

function parseJson(raw: Buffer): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(raw.toString('utf8')) as unknown };
  } catch {
    return { ok: false };
  }
}

export function createMarketplaceEventsRouter(options: MarketplaceEventsOptions): Router {
  const router = Router();
  const now = options.now ?? Date.now;
  const secrets = options.secrets ?? [];
  const metrics = options.metrics;
  metrics?.watchFeed?.();
  const refuse = (res: Response, refusal: Refusal, extra: SendErrorOptions = {}): void => {
    metrics?.feedRequest?.(refusal.code);
    sendError(res, refusal.status, refusal.code, refusal.message, extra);
  };

  router.post(FEED_PATH, async (req: Request, res: Response, next: NextFunction) => {
    if (secrets.length === 0) return refuse(res, { status: 404, code: 'receiver_disabled', message: 'the marketplace feed is off: set MARKETPLACE_FEED_SECRET to enable it' });
    if (!isJson(req)) return refuse(res, { status: 415, code: 'unsupported_media_type', message: 'send the batch as application/json' });
    const raw = await readBody(req, res);
    if (!Buffer.isBuffer(raw)) return refuse(res, raw);
    const signature = verifyFeedSignature(raw, req.get(FEED_SIGNATURE_HEADER), secrets, options.toleranceSeconds, now());
    if (signature) {
      options.logger?.warn({ code: signature.code }, 'marketplace batch refused');
      return refuse(res, { status: 401, ...signature });
    }
    const json = parseJson(raw);
    if (!json.ok) return refuse(res, { status: 400, code: 'invalid_json', message: 'the body is not valid JSON' });
    const batch = parseFeedBatch(json.value);
    if (!batch.ok) {
      const first = batch.problems[0];
      const where = first?.index === undefined ? '' : `record ${first.index}: `;
      const list = batch.problems.map((p) => `${p.field}: ${p.message}`).join('; ');
      return refuse(res, { status: 400, code: 'invalid_payload', message: `${where}${list} — nothing of this batch was applied` }, { fields: batch.problems.map((p) => p.field) });
    }
    const startedAt = performance.now();
    let committed = false;
    try {
      const result = await applyFeedBatch(options.db, batch.changes);
      committed = true;
      metrics?.feedApplied?.(result.byEntity, performance.now() - startedAt, now());
      options.onAccountsTouched?.(result.touchedAccounts);
      options.logger?.info({ records: batch.changes.length, applied: result.applied, skippedStale: result.skipped_stale }, 'marketplace batch applied');
      metrics?.feedRequest?.('accepted');
      sendJson(res, 200, { applied: result.applied, skipped_stale: result.skipped_stale });
    } catch (error) {
      options.logger?.error({ err: error instanceof Error ? error.message : String(error) }, 'marketplace batch failed');
      if (res.headersSent) return next(error);
      if (!committed) metrics?.feedApplyFailed?.(performance.now() - startedAt);
      refuse(res, { status: 503, code: 'database_unavailable', message: 'the batch was not applied (database unavailable): send it again shortly' }, { headers: { 'Retry-After': '5' } });
    }
  });
  router.all(FEED_PATH, (_req, res) => refuse(res, { status: 405, code: 'method_not_allowed', message: 'send batches with POST' }, { headers: { Allow: 'POST' } }));
  return router;
}
