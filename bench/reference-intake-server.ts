import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Queue } from 'bullmq';
import express from 'express';
import { Redis } from 'ioredis';

/**
 * The bare reference the intake benchmark compares against: Express 5, raw body, Zendesk HMAC
 * check, one queue.add — nothing else (no schema, no dedupe, no sealing, no logging).
 */
export interface ReferenceServer {
  port: number;
  close(): Promise<void>;
}

export async function startReferenceServer(options: { redisUrl: string; prefix: string; secret: string }): Promise<ReferenceServer> {
  const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
  const queue = new Queue('intake', { connection: redis, prefix: options.prefix });
  await queue.waitUntilReady();
  const app = express();
  app.post('/webhooks/zendesk', express.raw({ type: () => true, limit: 1024 * 1024 }), async (req, res) => {
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const timestamp = String(req.headers['x-zendesk-webhook-signature-timestamp'] ?? '');
    const expected = createHmac('sha256', options.secret).update(timestamp).update(raw).digest();
    const received = Buffer.from(String(req.headers['x-zendesk-webhook-signature'] ?? ''), 'base64');
    if (received.length !== expected.length || !timingSafeEqual(received, expected)) {
      res.status(401).end();
      return;
    }
    const job = await queue.add('event', { payload: raw.toString('utf8') });
    res.status(202).json({ accepted: true, id: job.id });
  });
  const server: Server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await queue.close();
      await redis.quit();
    },
  };
}
