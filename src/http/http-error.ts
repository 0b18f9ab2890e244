/**
 * Every HTTP answer riskdesk writes by hand goes through here, and every non-2xx body has ONE
 * shape: `{"error":{"code":"<snake_case>","message":"<what went wrong and what to do>"}}`
 * (`fields` lists the offending input fields where there are some).
 */
import type { ServerResponse } from 'node:http';

const JSON_TYPE = 'application/json; charset=utf-8';

export interface ErrorBody {
  error: { code: string; message: string; fields?: string[] };
}

export interface SendErrorOptions {
  headers?: Record<string, string>;
  /** Input fields the error is about (schema mismatches). */
  fields?: string[];
}

const SNAKE_CASE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

export function isSnakeCase(code: string): boolean {
  return SNAKE_CASE.test(code);
}

export function errorBody(code: string, message: string, fields?: string[]): ErrorBody {
  return { error: { code, message, ...(fields ? { fields } : {}) } };
}

/**
 * Writes a small JSON answer straight to the socket. Answers written here are never cached or
 * revalidated, so Express's ETag hashing and content-type negotiation (`res.json`) are work the
 * busiest path (webhooks) does not need. Headers set earlier with setHeader are kept.
 */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'Content-Type': JSON_TYPE, 'Content-Length': String(Buffer.byteLength(text)) });
  res.end(text);
}

/** The one way to answer an error. */
export function sendError(res: ServerResponse, status: number, code: string, message: string, options: SendErrorOptions = {}): void {
  sendJson(res, status, errorBody(code, message, options.fields), options.headers);
}
