/**
 * What the test run needs from the machine, checked before any test starts: Redis, Chromium,
 * and PostgreSQL when TEST_DATABASE_URL asks for it. Each problem is one clause saying what is
 * missing and how to install or start it; the probes are injected so the logic is testable.
 */
import type { ChromiumLookup } from './chromium';

export interface PreflightProbes {
  env: Record<string, string | undefined>;
  findChromium(): ChromiumLookup;
  /** True when a Redis server answers PING at the URL. */
  redisAnswers(url: string): Promise<boolean>;
  /** True when PostgreSQL accepts a connection and answers `SELECT 1` at the URL. */
  postgresAnswers(url: string): Promise<boolean>;
}

export const DEFAULT_TEST_REDIS_URL = 'redis://127.0.0.1:6379';

/** host:port only: a URL may carry a password. */
export function describeEndpoint(url: string, fallbackPort: number): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || '127.0.0.1'}:${parsed.port || fallbackPort}`;
  } catch {
    return '(unparsable URL)';
  }
}

export function redisProblem(url: string, fromEnv: boolean): string {
  const where = `${describeEndpoint(url, 6379)}${fromEnv ? ' (REDIS_URL)' : ''}`;
  return `Redis is not reachable at ${where} — start it (Debian/Ubuntu: sudo apt-get install redis-server && sudo service redis-server start; macOS: brew install redis && brew services start redis) or point REDIS_URL at one`;
}

export function postgresProblem(url: string): string {
  return `PostgreSQL is not reachable at ${describeEndpoint(url, 5432)} (TEST_DATABASE_URL) — start it (Debian/Ubuntu: sudo apt-get install postgresql && sudo service postgresql start; macOS: brew install postgresql && brew services start postgresql), or unset TEST_DATABASE_URL to run the store tests on the embedded database only`;
}

export async function preflightProblems(probes: PreflightProbes): Promise<string[]> {
  const redisUrl = probes.env.REDIS_URL || DEFAULT_TEST_REDIS_URL;
  const databaseUrl = probes.env.TEST_DATABASE_URL;
  const [redisUp, postgresUp] = await Promise.all([
    probes.redisAnswers(redisUrl).catch(() => false),
    databaseUrl ? probes.postgresAnswers(databaseUrl).catch(() => false) : Promise.resolve(true),
  ]);
  const chromium = probes.findChromium();
  const problems: string[] = [];
  if (!redisUp) problems.push(redisProblem(redisUrl, Boolean(probes.env.REDIS_URL)));
  if (!chromium.found) problems.push(chromium.problem);
  if (!postgresUp && databaseUrl) problems.push(postgresProblem(databaseUrl));
  return problems;
}

/** The one line the run stops with, or null when everything is there. */
export function preflightLine(problems: readonly string[]): string | null {
  return problems.length === 0 ? null : `riskdesk tests cannot run: ${problems.join('; ')}.`;
}
