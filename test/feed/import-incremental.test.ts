import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFileReport } from '../../src/store/import/import-file';
import { applyFeedBatch } from '../../src/feed/apply-batch';
import { parseFeedBatch } from '../../src/feed/feed-records';
import { runCli } from '../helpers/cli-harness';
import { describeEachDb } from '../helpers/test-db';

const dir = mkdtempSync(join(tmpdir(), 'riskdesk-incr-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const file = (content: unknown): string => {
  n += 1;
  const path = join(dir, `i${n}.json`);
  writeFileSync(path, JSON.stringify(content));
  return path;
};
const user = (id: string, status: string, updatedAt?: string): Record<string, unknown> => ({
  id, email: `${id}@example.com`, username: `h_${id}`, created_at: '2026-01-01T00:00:00Z', status, ...(updatedAt ? { updated_at: updatedAt } : {}),
});

describeEachDb('incremental import', ({ db }) => {
  const status = async (id: string): Promise<string | undefined> =>
    (await db().query<{ status: string }>('SELECT status FROM users WHERE id = $1', [id])).rows[0]?.status;

  it('writes a record with updated_at only when newer than the stored version', async () => {
    const first = await importFileReport(db(), file({ users: [user('i1', 'banned', '2026-12-06T02:00:00Z')] }));
    expect(first).toEqual(expect.objectContaining({ skippedStale: 0 }));
    expect(first.imported.users).toBe(1);
    const older = await importFileReport(db(), file({ users: [user('i1', 'active', '2026-12-06T01:00:00Z')] }));
    expect(older.imported.users).toBe(0);
    expect(older.skippedStale).toBe(1);
    expect(await status('i1')).toBe('banned');
    await importFileReport(db(), file({ users: [user('i1', 'suspended', '2026-12-06T03:00:00Z')] }));
    expect(await status('i1')).toBe('suspended');
  });

  it('shares versions with the feed: a deletion from the feed is not undone by an older file', async () => {
    await importFileReport(db(), file({ users: [user('i2', 'active', '2026-12-06T01:00:00Z')] }));
    const batch = parseFeedBatch({ records: [{ entity: 'users', op: 'delete', data: { id: 'i2', updated_at: '2026-12-06T02:00:00Z' } }] });
    if (!batch.ok) throw new Error('batch should parse');
    expect((await applyFeedBatch(db(), batch.changes)).applied).toBe(1);
    const late = await importFileReport(db(), file({ users: [user('i2', 'active', '2026-12-06T01:30:00Z')] }));
    expect(late.skippedStale).toBe(1);
    expect(await status('i2')).toBeUndefined();
  });

  it('keeps full exports (no updated_at) as before, and validates updated_at', async () => {
    await importFileReport(db(), file({ users: [user('i3', 'active')] }));
    expect(await status('i3')).toBe('active');
    await expect(importFileReport(db(), file({ users: [user('i4', 'active', 'last tuesday')] }))).rejects.toThrow(/users\[0\]\.updated_at/);
    expect(await status('i4')).toBeUndefined();
  });

  it('riskdesk import prints skipped_stale when versioned records were older', async () => {
    await importFileReport(db(), file({ users: [user('i5', 'banned', '2026-12-06T02:00:00Z')] }));
    const run = await runCli(['import', file({ users: [user('i5', 'active', '2026-12-06T01:00:00Z'), user('i6', 'active', '2026-12-06T01:00:00Z')] })], { env: {}, db: db() });
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { imported: { users: number }; skipped_stale: number };
    expect(out.imported.users).toBe(1);
    expect(out.skipped_stale).toBe(1);
    expect(await status('i5')).toBe('banned');
  });
});
