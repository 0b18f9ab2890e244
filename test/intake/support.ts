import { randomBytes, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { deletePrefix } from '../helpers/redis-cleanup';
import { loadConfig, type Config } from '../../src/config/load-config';
import { createLogger } from '../../src/logging/logger';
import { startServer, type ServerHandle, type StartServerOptions } from '../../src/server/start-server';
import type { IntakeOutcome } from '../../webhooks/types';
import type { SignedRequest } from '../helpers/signing';

export const ZENDESK_SECRET = 'zendesk-secret-current-0001';
export const ZENDESK_NEXT_SECRET = 'zendesk-secret-next-0002';
export const INTERCOM_SECRET = 'intercom-client-secret-0003';
export const ZENDESK_BOT_ID = '990001';
export const INTERCOM_ADMIN = '5017691';
export const TEST_REDIS_URL = 'redis://127.0.0.1:6379';

export const testPrefix = (area: string): string => `test-intake-${area}-${randomUUID().slice(0, 8)}`;

export interface TestIntake {
  handle: ServerHandle;
  config: Config;
  prefix: string;
  jobDataKey: Buffer;
  outcomes: Array<[string, IntakeOutcome]>;
  logLines: string[];
  post(path: string, request: SignedRequest | { body: string | Buffer; headers: Record<string, string> }): Promise<{ status: number; body: Record<string, unknown>; ms: number; headers: Headers }>;
  jobCount(): Promise<number>;
  close(): Promise<void>;
}

/** Deletes every key of one test prefix (never anything else). */
export { deletePrefix };

export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function startTestIntake(env: Record<string, string> = {}, options: Partial<StartServerOptions> = {}): Promise<TestIntake> {
  const prefix = options.queuePrefix ?? testPrefix('srv');
  const config = loadConfig({
    ZENDESK_WEBHOOK_SECRET: ZENDESK_SECRET,
    INTERCOM_CLIENT_SECRET: INTERCOM_SECRET,
    ZENDESK_BOT_USER_ID: ZENDESK_BOT_ID,
    INTERCOM_ADMIN_ID: INTERCOM_ADMIN,
    COALESCE_MS: '0',
    HOST: '127.0.0.1',
    REDIS_URL: TEST_REDIS_URL,
    ...env,
  });
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const outcomes: Array<[string, IntakeOutcome]> = [];
  const jobDataKey = randomBytes(32);
  const handle = await startServer({
    config,
    logger: createLogger(env.LOG_LEVEL ?? 'debug', sink),
    queuePrefix: prefix,
    jobDataKey,
    port: 0,
    counters: { onOutcome: (source, outcome) => outcomes.push([source, outcome]) },
    ...options,
  });
  if (!env.REDIS_URL) await waitFor(() => handle.redis.status === 'ready');
  return {
    handle,
    config,
    prefix,
    jobDataKey,
    outcomes,
    logLines,
    async post(path, request) {
      const started = Date.now();
      const response = await fetch(`${handle.url}${path}`, { method: 'POST', headers: request.headers, body: typeof request.body === 'string' ? request.body : new Uint8Array(request.body) });
      const text = await response.text();
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(text) as Record<string, unknown>;
      } catch {
        body = { raw: text };
      }
      return { status: response.status, body, ms: Date.now() - started, headers: response.headers };
    },
    async jobCount() {
      const counts = await handle.queue.getJobCounts('wait', 'delayed', 'prioritized', 'active', 'completed', 'failed');
      return Object.values(counts).reduce((sum, n) => sum + n, 0);
    },
    async close() {
      await handle.close();
      if (!env.REDIS_URL) await deletePrefix(prefix);
    },
  };
}
