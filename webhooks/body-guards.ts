import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { HelpdeskSource } from '../src/domain/ticket';
import { sendError } from '../src/http/http-error';
import { MESSAGES } from './messages';
import type { IntakeCounters } from './types';

export const MAX_BODY_BYTES = 1024 * 1024;

/** Raw bytes (the signature covers them exactly), at most 1 MiB; larger bodies end in 413. */
const readRawBody: RequestHandler = express.raw({ type: () => true, limit: MAX_BODY_BYTES });

/** The content types the vendors actually send skip type-is's full media-type parse. */
const COMMON_JSON_TYPES: ReadonlySet<string> = new Set(['application/json', 'application/json; charset=utf-8', 'application/json;charset=utf-8']);

export function isJsonRequest(req: Request): boolean {
  const type = req.headers['content-type'];
  if (type !== undefined && COMMON_JSON_TYPES.has(type.toLowerCase())) return true;
  return Boolean(req.is(['application/json', 'application/*+json']));
}

interface BodyReadError {
  type?: string;
  status?: number;
}

/** Maps body-reading failures to their own statuses instead of a generic 500; false = not a body error. */
function answerBodyError(error: BodyReadError | undefined, source: HelpdeskSource, counters: IntakeCounters, res: Response): boolean {
  if (error?.type === 'entity.too.large') {
    counters.onOutcome(source, 'rejected_too_large');
    sendError(res, 413, 'payload_too_large', MESSAGES.tooLarge);
    return true;
  }
  if (error?.type === 'encoding.unsupported' || error?.type === 'charset.unsupported') {
    counters.onOutcome(source, 'rejected_content_type');
    sendError(res, 415, 'unsupported_encoding', 'send the body uncompressed (or gzip/deflate) in UTF-8');
    return true;
  }
  if (typeof error?.status === 'number' && error.status >= 400 && error.status < 500) {
    counters.onOutcome(source, 'rejected_payload');
    sendError(res, 400, 'unreadable_body', 'the request body could not be read completely: send it again');
    return true;
  }
  return false;
}

export type RawBodyHandler = (raw: Buffer, req: Request, res: Response) => Promise<void>;

/**
 * One route handler for a webhook: 415 before any byte is read unless the body is JSON, then the
 * raw bytes (1 MiB at most), then `handle`. A single Express layer instead of four keeps the
 * busiest path of the service short.
 */
export function webhookBodyHandler(source: HelpdeskSource, counters: IntakeCounters, handle: RawBodyHandler): RequestHandler {
  const empty = Buffer.alloc(0);
  return (req: Request, res: Response, next: NextFunction) => {
    if (!isJsonRequest(req)) {
      counters.onOutcome(source, 'rejected_content_type');
      sendError(res, 415, 'unsupported_media_type', MESSAGES.unsupportedMediaType);
      return;
    }
    void readRawBody(req, res, (error?: unknown) => {
      if (error !== undefined && error !== null) {
        if (!answerBodyError(error as BodyReadError, source, counters, res)) next(error);
        return;
      }
      handle(Buffer.isBuffer(req.body) ? req.body : empty, req, res).catch(next);
    });
  };
}
