import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImportError, importFile } from '../../src/store/import/import-file';
import { describeEachDb } from '../helpers/test-db';

const dir = mkdtempSync(join(tmpdir(), 'riskdesk-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileNo = 0;
const file = (content: unknown): string => {
  fileNo += 1;
  const path = join(dir, `f${fileNo}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

const at = '2026-01-02T03:04:05Z';
const user = (id: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id, email: `${id}@example.com`, username: `name_${id}`, created_at: at, country: 'US', email_verified: true, phone_verified: false, id_verified: false, status: 'active', is_seller: false, ...extra,
});
const order = (id: string, buyer: string, seller: string): Record<string, unknown> => ({
  id, buyer_id: buyer, seller_id: seller, show_id: null, title: 'PSA 10 Charizard', category: 'trading_cards', amount_cents: 12000, currency: 'USD',
  status: 'delivered', created_at: at, shipped_at: at, delivered_at: at, tracking_number: '1Z999AA10123456784', carrier: 'UPS',
});
const full = {
  users: [user('imp1'), user('imp2', { is_seller: true })],
  orders: [order('WN-70000001', 'imp1', 'imp2')],
  payments: [{ id: 'p1', order_id: 'WN-70000001', user_id: 'imp1', method_fingerprint: 'card_1', amount_cents: 12000, status: 'succeeded', created_at: at }],
  disputes: [{ id: 'd1', order_id: 'WN-70000001', opened_by: 'imp1', type: 'inr', status: 'open', created_at: at }],
  refunds: [{ id: 'r1', order_id: 'WN-70000001', amount_cents: 500, reason: 'partial', created_at: at }],
  devices: [{ user_id: 'imp1', fingerprint: 'dev1', first_seen_at: at, last_seen_at: at }],
  account_events: [{ id: 'e1', user_id: 'imp1', type: 'login', device_fingerprint: 'dev1', ip: '203.0.113.9', country: 'US', created_at: at }],
  shows: [{ id: 'SH-1', seller_id: 'imp2', title: 'Friday Night Breaks', started_at: at, ended_at: null }],
  enforcements: [{ id: 'n1', user_id: 'imp2', action: 'warning', reason: 'late shipping', created_at: at }],
};

describeEachDb('import', ({ db }) => {
  const counts = async (): Promise<Record<string, number>> => {
    const tables = Object.keys(full);
    const result: Record<string, number> = {};
    for (const t of tables) result[t] = (await db().query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`)).rows[0]?.n ?? -1;
    return result;
  };

  it('imports every entity and is idempotent on re-import', async () => {
    const path = file(full);
    const summary = await importFile(db(), path);
    expect(summary).toEqual({ users: 2, orders: 1, payments: 1, disputes: 1, refunds: 1, devices: 1, account_events: 1, shows: 1, enforcements: 1 });
    const before = await counts();
    await importFile(db(), path);
    expect(await counts()).toEqual(before);
    expect(before).toEqual({ users: 2, orders: 1, payments: 1, disputes: 1, refunds: 1, devices: 1, account_events: 1, shows: 1, enforcements: 1 });
  });

  it('updates rows by id on re-import with changed values', async () => {
    await importFile(db(), file({ users: [user('imp1', { status: 'banned' })] }));
    const { rows } = await db().query<{ status: string }>(`SELECT status FROM users WHERE id = 'imp1'`);
    expect(rows[0]?.status).toBe('banned');
  });

  it.each([
    [{ users: [user('ok1'), user('bad', { email: 'not-an-email' })] }, /users\[1\]\.email/],
    [{ orders: [{ ...order('WN-1', 'a', 'b'), status: 'lost' }] }, /orders\[0\]\.status/],
    [{ payments: [{ id: 'p9', order_id: 'x', user_id: 'y', amount_cents: 5, status: 'succeeded', created_at: at }] }, /payments\[0\]\.method_fingerprint/],
    [{ users: [user('ok2', { createdAt: at })] }, /users\[0\].*createdAt/],
    [{ users: [user('ok3')], orders: [{ ...order('WN-2', 'a', 'b'), amount_cents: -1 }] }, /orders\[0\]\.amount_cents/],
    [{ listings: [{ id: 1 }] }, /unknown entity list "listings"/],
    [{ users: [user('ok4')], listings: [] }, /unknown entity list "listings"/],
    [{ users: {} }, /"users" must be a list/],
    [[1, 2], /one JSON object/],
    ['{"users": [', /not valid JSON/],
  ])('rejects an invalid file and changes nothing (%#)', async (content, message) => {
    const before = await counts();
    const attempt = importFile(db(), file(content));
    await expect(attempt).rejects.toThrow(ImportError);
    await expect(importFile(db(), file(content))).rejects.toThrow(message);
    expect(await counts()).toEqual(before);
  });

  it('reports a missing file as an import error', async () => {
    await expect(importFile(db(), join(dir, 'missing.json'))).rejects.toThrow(/cannot read/);
  });

  it('streams a large file in batches', async () => {
    const users = Array.from({ length: 2500 }, (_, i) => user(`bulk${i}`));
    const progress: number[] = [];
    const summary = await importFile(db(), file({ users }), { batchSize: 500, onProgress: (read) => progress.push(read) });
    expect(summary.users).toBe(2500);
    expect(progress.length).toBeGreaterThan(0);
    const { rows } = await db().query<{ n: number }>(`SELECT count(*)::int AS n FROM users WHERE id LIKE 'bulk%'`);
    expect(rows[0]?.n).toBe(2500);
  });
});
