import { Router } from 'express';
import type { Redis } from 'ioredis';

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
    const body = { status: down.length === 0 ? 'ready' : 'not_ready', checks: Object.fromEntries(results.map(([name, up]) => [name, up ? 'up' : 'down'])), down };
    res.status(down.length === 0 ? 200 : 503).json(body);
  });
  return router;
}
