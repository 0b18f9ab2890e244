/**
 * Jest globalSetup: stop the run at once, with one line, when the machine lacks what the tests
 * need (see test/helpers/preflight-checks.ts), instead of dozens of failures and timeouts later.
 */
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { findChromium } from '../helpers/chromium';
import { preflightLine, preflightProblems } from '../helpers/preflight-checks';

const PROBE_TIMEOUT_MS = 2000;

async function redisAnswers(url: string): Promise<boolean> {
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: PROBE_TIMEOUT_MS, retryStrategy: () => null, maxRetriesPerRequest: 0, enableOfflineQueue: false });
  redis.on('error', () => undefined); // the answer below is the report
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

async function postgresAnswers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: PROBE_TIMEOUT_MS });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export default async function preflight(): Promise<void> {
  const line = preflightLine(await preflightProblems({ env: process.env, findChromium: () => findChromium(), redisAnswers, postgresAnswers }));
  if (!line) return;
  process.stderr.write(`\n${line}\n`);
  process.exit(1);
}
