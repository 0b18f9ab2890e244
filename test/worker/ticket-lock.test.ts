import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { createTicketLock } from '../../jobs/ticket-lock';

const prefix = `test-lock-${randomBytes(4).toString('hex')}`;
const a = new Redis('redis://127.0.0.1:6379');
const b = new Redis('redis://127.0.0.1:6379');

afterAll(async () => {
  const keys = await a.keys(`${prefix}*`);
  if (keys.length > 0) await a.del(...keys);
  await Promise.all([a.quit(), b.quit()]);
});

describe('per-ticket lock', () => {
  it('lets one holder in at a time across connections, releases after work, even on error', async () => {
    const lockA = createTicketLock(a, prefix);
    const lockB = createTicketLock(b, prefix);
    let release: () => void = () => undefined;
    const held = lockA.withLock('zendesk', '1', () => new Promise<string>((resolve) => (release = () => resolve('a'))));
    // Wait until A really holds the ticket (a fixed sleep raced A's first connect under load).
    for (let tries = 0; tries < 200 && !(await b.exists(`${prefix}:lock:ticket:zendesk:1`)); tries += 1) await new Promise((r) => setTimeout(r, 10));
    expect(await lockB.withLock('zendesk', '1', async () => 'b')).toEqual({ acquired: false });
    expect(await lockB.withLock('zendesk', '2', async () => 'other ticket')).toEqual({ acquired: true, value: 'other ticket' });
    release();
    expect(await held).toEqual({ acquired: true, value: 'a' });
    await expect(lockB.withLock('zendesk', '1', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await lockA.withLock('zendesk', '1', async () => 'again')).toEqual({ acquired: true, value: 'again' });
  });

  it('never deletes a lock it no longer owns (expired, then taken by someone else)', async () => {
    const lock = createTicketLock(a, prefix);
    const key = `${prefix}:lock:ticket:intercom:9`;
    const run = await lock.withLock('intercom', '9', async () => {
      // Our lock "expired" and another worker took the ticket meanwhile.
      await b.set(key, 'someone-else', 'PX', 10_000);
    });
    expect(run.acquired).toBe(true);
    expect(await a.get(key)).toBe('someone-else');
  });
});
