import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIntakeJobData, openJobData } from '../../jobs/intake-job';
import { crisisText, CRISIS_SCAN_CHARS } from '../../webhooks/accept-event';
import { coalesceId, intakeJobId, intakeJobOptions, COALESCE_GRACE_MS, CRISIS_PRIORITY, NORMAL_PRIORITY } from '../../jobs/intake-queue';
import type { HelpdeskEvent } from '../../src/domain/ticket';
import { parseJobDataKey, resolveJobDataKey } from '../../src/security/job-data-key';
import { openSealedJson, sealJson } from '../../src/security/seal';

const event: HelpdeskEvent = {
  source: 'zendesk',
  deliveryId: 'abc-1',
  kind: 'ticket.comment_added',
  ticketId: '5158',
  occurredAt: '2025-01-08T11:40:12.118Z',
  actor: { type: 'customer', id: '84' },
  ticket: { channel: 'web', subject: 'Card never shipped', text: 'mail me at jane@example.com', tags: ['buyer'], requester: { email: 'jane@example.com', name: 'Jane', externalId: 'usr_1', helpdeskUserId: '84' } },
};

describe('job data', () => {
  const key = randomBytes(32);

  test('PII is sealed; openJobData gives back the event', () => {
    const data = buildIntakeJobData(event, { deliveryIds: ['abc-0', 'abc-1'], crisis: false, receivedAt: '2025-01-08T11:40:13.000Z' }, key);
    const clear = JSON.stringify(data);
    for (const secret of ['jane@example.com', 'Jane', 'Card never shipped', 'mail me']) expect(clear).not.toContain(secret);
    expect(data.ticket.requester).toEqual({ externalId: 'usr_1', helpdeskUserId: '84' });
    const opened = openJobData(JSON.parse(clear), key);
    expect(opened.event).toEqual(event);
    expect(opened.deliveryIds).toEqual(['abc-0', 'abc-1']);
  });

  test('a different key or tampered data fails with a clear error', () => {
    const data = buildIntakeJobData(event, { deliveryIds: [], crisis: false, receivedAt: 'x' }, key);
    expect(() => openJobData(data, randomBytes(32))).toThrow(/JOB_DATA_KEY/);
    expect(() => openJobData({ ...data, ticketId: '' }, key)).toThrow(/ticketId/);
    expect(data.deliveryIds).toEqual(['abc-1']);
  });

  test('seal binds the purpose', () => {
    const sealed = sealJson({ a: 1 }, key, 'one');
    expect(openSealedJson(sealed, key, 'one')).toEqual({ a: 1 });
    expect(() => openSealedJson(sealed, key, 'two')).toThrow();
  });

  test('every seal gets its own IV, across refills of the pooled random bytes', () => {
    const ivs = new Set<string>();
    for (let i = 0; i < 2000; i += 1) {
      const sealed = sealJson({ i }, key, 'one');
      ivs.add(Buffer.from(sealed, 'base64').subarray(1, 13).toString('hex'));
      expect(openSealedJson(sealed, key, 'one')).toEqual({ i });
    }
    expect(ivs.size).toBe(2000);
  });
});

describe('job data key', () => {
  test('accepts 64 hex chars or base64 of 32 bytes; refuses the rest without echoing it', () => {
    const raw = randomBytes(32);
    expect(parseJobDataKey(raw.toString('hex')).equals(raw)).toBe(true);
    expect(parseJobDataKey(raw.toString('base64')).equals(raw)).toBe(true);
    expect(() => parseJobDataKey('too-short-secret')).toThrow(/32-byte/);
    try {
      parseJobDataKey('too-short-secret');
    } catch (error) {
      expect(String(error)).not.toContain('too-short-secret');
    }
  });

  test('without JOB_DATA_KEY a key file is created once with mode 0600 and reused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'riskdesk-key-'));
    try {
      const first = resolveJobDataKey({ RISKDESK_DATA_DIR: join(dir, 'data') });
      const file = join(dir, 'data', 'job-data.key');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(resolveJobDataKey({ RISKDESK_DATA_DIR: join(dir, 'data') }).equals(first)).toBe(true);
      expect(readFileSync(file, 'utf8').trim()).toBe(first.toString('base64'));
      chmodSync(file, 0o644);
      expect(() => resolveJobDataKey({ RISKDESK_DATA_DIR: join(dir, 'data') })).toThrow(/chmod 600/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('job ids and options', () => {
  test('ids never contain ":" nor are all digits, and stay distinct after sanitizing', () => {
    expect(intakeJobId('zendesk', '12345')).toBe('zendesk-12345');
    const a = intakeJobId('zendesk', 'a:b');
    const b = intakeJobId('zendesk', 'a_b');
    expect(a).not.toContain(':');
    expect(a).not.toBe(b);
    expect(intakeJobId('intercom', 'x'.repeat(500)).length).toBeLessThan(160);
    expect(coalesceId('intercom', '42')).toBe('intercom-ticket-42');
  });

  test('crisis: priority 1, no delay, no deduplication; normal: debounce per ticket', () => {
    const data = buildIntakeJobData(event, { deliveryIds: [], crisis: false, receivedAt: 'x' }, randomBytes(32));
    expect(intakeJobOptions(data, { crisis: true, coalesceMs: 2000 })).toEqual({ jobId: 'zendesk-abc-1', priority: CRISIS_PRIORITY });
    expect(intakeJobOptions(data, { crisis: false, coalesceMs: 0 })).toEqual({ jobId: 'zendesk-abc-1', priority: NORMAL_PRIORITY });
    expect(intakeJobOptions(data, { crisis: false, coalesceMs: 2000 })).toEqual({
      jobId: 'zendesk-abc-1',
      priority: NORMAL_PRIORITY,
      delay: 2000 + COALESCE_GRACE_MS,
      deduplication: { id: 'zendesk-ticket-5158', ttl: 2000, extend: true, replace: true },
    });
  });
});

describe('crisis scan window', () => {
  test('short texts are scanned whole; long ones by head and tail', () => {
    expect(crisisText({ ...event, ticket: { subject: 'S', text: 'T' } })).toBe('S\nT');
    const long = `${'a'.repeat(CRISIS_SCAN_CHARS)}MIDDLE${'b'.repeat(CRISIS_SCAN_CHARS)}END`;
    const scanned = crisisText({ ...event, ticket: { text: long } });
    expect(scanned.length).toBeLessThanOrEqual(CRISIS_SCAN_CHARS + 1);
    expect(scanned.endsWith('END')).toBe(true);
    expect(scanned).not.toContain('MIDDLE');
  });
});
