import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Paths pino censors on every line. Emails are also masked inside free text by the code that
 * logs text (see maskEmails); nothing here should ever need a secret to be readable.
 */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers["x-zendesk-webhook-signature"]',
  'req.headers["x-hub-signature"]',
  'req.headers["x-body-signature"]',
  'headers.authorization',
  'authorization',
  'signature',
  'secret',
  'token',
  'email',
  '*.email',
  '*.*.email',
  'requester.email',
  'requester_email',
  '*.authorization',
  '*.token',
  '*.secret',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'riskdesk' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}

/**
 * The long-running processes' logger: each line is written before the call returns. Every way
 * they end (a signal, a crash, a failed start) goes through process.exit, and with pino's
 * default asynchronous stdout a line still queued then was lost or landed after later ones — an
 * operator read "shutting down" last instead of "riskdesk stopped".
 */
export function createDaemonLogger(level: string, fd = 1): Logger {
  return createLogger(level, pino.destination({ dest: fd, sync: true }));
}

const EMAIL_PATTERN = /([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g;

/** `jane.doe@example.com` → `j***@example.com`: enough to recognise, not enough to contact. */
export function maskEmails(text: string): string {
  return text.replace(EMAIL_PATTERN, '$1***@$2');
}
