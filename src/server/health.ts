import { Router } from 'express';
import type { Redis } from 'ioredis';
import { errorBody, sendJson } from '../http/http-error';

export interface ReadinessCheck {
  name: string;
  check: () => Promise<boolean>;
}

const CHECK_TIMEOUT_MS = 1000;

async function runCheck(check: ReadinessCheck): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), CHECK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([check.check().catch(() => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Redis is ready when the connection is up and answers PING. */
export function redisReadinessCheck(redis: Redis): ReadinessCheck {
  return { name: 'redis', check: async () => redis.status === 'ready' && (await redis.ping()) === 'PONG' };
}

const WHAT_TO_DO: Record<string, string> = {
  redis: 'Redis is down: start it or fix REDIS_URL',
  database: 'the database is down: start it or fix DATABASE_URL',
  shutting_down: 'this process is shutting down: send traffic to another one',
};

function notReadyMessage(down: readonly string[]): string {
  return `not ready: ${down.map((name) => WHAT_TO_DO[name] ?? `${name} is down`).join('; ')}`;
}

/** /healthz: the process answers. /readyz: every dependency answers (503 names what is down). */
export function createHealthRouter(checks: readonly ReadinessCheck[], isDraining: () => boolean): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.status(200).json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const results = await Promise.all(checks.map(async (check) => [check.name, await runCheck(check)] as const));
    const down = results.filter(([, up]) => !up).map(([name]) => name);
    if (isDraining()) down.push('shutting_down');
    const checksBody = Object.fromEntries(results.map(([name, up]) => [name, up ? 'up' : 'down']));
    if (down.length === 0) {
      res.status(200).json({ status: 'ready', checks: checksBody, down });
      return;
    }
    // The error shape every non-2xx answer has, plus the probe's own fields for monitors.
    sendJson(res, 503, { ...errorBody('not_ready', notReadyMessage(down)), status: 'not_ready', checks: checksBody, down });
  });
  return router;
}
