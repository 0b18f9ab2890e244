import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import type { HelpdeskSource } from '../src/domain/ticket';
import { MESSAGES, sendError } from './http-errors';
import type { IntakeCounters } from './types';

export const MAX_BODY_BYTES = 1024 * 1024;

/** 415 before any byte is read: only JSON bodies are webhook bodies. */
export function requireJson(source: HelpdeskSource, counters: IntakeCounters): RequestHandler {
  return (req, res, next) => {
    if (req.is(['application/json', 'application/*+json'])) return next();
    counters.onOutcome(source, 'rejected_content_type');
    sendError(res, 415, 'unsupported_media_type', MESSAGES.unsupportedMediaType);
  };
}

/** Raw bytes (the signature covers them exactly), at most 1 MiB; larger bodies end in 413. */
export const rawBody: RequestHandler = express.raw({ type: () => true, limit: MAX_BODY_BYTES });

interface BodyParserError {
  type?: string;
  status?: number;
}

/** Maps body-reading failures to their own statuses instead of a generic 500. */
export function bodyErrors(source: HelpdeskSource, counters: IntakeCounters): ErrorRequestHandler {
  return (error: BodyParserError, _req, res, next) => {
    if (error?.type === 'entity.too.large') {
      counters.onOutcome(source, 'rejected_too_large');
      return sendError(res, 413, 'payload_too_large', MESSAGES.tooLarge);
    }
    if (error?.type === 'encoding.unsupported' || error?.type === 'charset.unsupported') {
      counters.onOutcome(source, 'rejected_content_type');
      return sendError(res, 415, 'unsupported_encoding', 'send the body uncompressed (or gzip/deflate) in UTF-8');
    }
    if (typeof error?.status === 'number' && error.status >= 400 && error.status < 500) {
      counters.onOutcome(source, 'rejected_payload');
      return sendError(res, 400, 'unreadable_body', 'the request body could not be read completely: send it again');
    }
    next(error);
  };
}
