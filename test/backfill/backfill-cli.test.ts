import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { backfillCommand, type BackfillCliOptions } from '../../src/cli/commands/backfill';
import type { CliIo } from '../../src/cli/cli-io';
import { createLogger } from '../../src/logging/logger';
import { HelpdeskTraffic } from '../helpers/nock-helpdesk';
import { describeEachDb } from '../helpers/test-db';
import { REQUESTER_ID, ZD_BASE, zdComments, zdTicket, zdUser } from '../helpdesk/zendesk-fixtures';

const redis = new Redis('redis://127.0.0.1:6379');
const prefix = `test-backfill-cli-${randomBytes(4).toString('hex')}`;
afterAll(async () => {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

let traffic: HelpdeskTraffic;
beforeEach(() => {
  traffic = new HelpdeskTraffic();
});
afterEach(() => {
  try {
    traffic.assertConformantAndDone();
  } finally {
    traffic.dispose();
  }
});

const env = { ZENDESK_API_URL: ZD_BASE, ZENDESK_EMAIL: 'bot@x.test', ZENDESK_API_TOKEN: 'tok', ZENDESK_BOT_USER_ID: '9001', QUEUE_PREFIX: prefix, JOB_DATA_KEY: 'ab'.repeat(32), RULES_FILE: 'config/rules.yaml' };

describeEachDb('riskdesk backfill', ({ db }) => {
  const run = async (options: BackfillCliOptions, extraEnv: Record<string, string | undefined> = env) => {
    const out = { code: -1, stdout: '', stderr: '' };
    const io: CliIo = {
      env: extraEnv,
      stdout: { write: (t: string) => (out.stdout += t) },
      stderr: { write: (t: string) => (out.stderr += t), isTTY: false },
      setExitCode: (c) => (out.code = c),
      db: db(),
    };
    out.code = await backfillCommand(options, io, { redis, logger: createLogger('silent') });
    return out;
  };

  it('refuses bad options and missing credentials with exit 2, sending nothing', async () => {
    const bad = await run({ source: 'zendesk', status: 'open,closed' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--status: closed: zendesk statuses are new, open, pending, hold/);
    expect((await run({ source: 'zendesk', since: 'last week' })).stderr).toMatch(/--since: must be a date/);
    const noCredentials = await run({ source: 'intercom' });
    expect(noCredentials.code).toBe(2);
    expect(noCredentials.stderr).toMatch(/INTERCOM_ACCESS_TOKEN/);
  });

  it('triages the backlog in shadow mode by default and prints the summary', async () => {
    const scope = traffic.scope(ZD_BASE);
    scope.get('/api/v2/search/count').query({ query: 'type:ticket status:open' }).reply(200, { count: 1 });
    scope.get('/api/v2/search/export').query({ query: 'status:open', 'filter[type]': 'ticket', 'page[size]': '100' }).reply(200, {
      results: [{ id: 61, subject: 'Card never arrived', description: 'It never arrived', requester_id: REQUESTER_ID, tags: [], status: 'open', updated_at: '2026-11-25T10:00:00Z' }],
      facets: null, links: { next: null, prev: null }, meta: { has_more: false, after_cursor: null, before_cursor: null },
    });
    scope.get('/api/v2/tickets/61.json').reply(200, zdTicket({ id: 61 }));
    scope.get('/api/v2/tickets/61/comments.json').query(true).reply(200, zdComments());
    scope.get(`/api/v2/users/${REQUESTER_ID}.json`).reply(200, zdUser());
    const out = await run({ source: 'zendesk', status: 'open' });
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const summary = JSON.parse(out.stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({ mode: 'shadow', resumed: false, complete: true, tickets: 1, outcome: { shadow: 1 }, crisis: 0 });
    expect(Object.keys(summary)).toEqual(expect.arrayContaining(['intent', 'level', 'route']));
    expect(traffic.requests.every((r) => r.method === 'GET')).toBe(true);
  });

  it('a vendor refusal exits 1 saying the run is saved', async () => {
    const scope = traffic.scope(ZD_BASE);
    scope.get('/api/v2/search/count').query(true).reply(401, { error: "Couldn't authenticate you" });
    const out = await run({ source: 'zendesk', status: 'pending' });
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/zendesk search_count: helpdesk refused the request \(401\).*run the same command again to resume/);
    expect(out.stdout).toBe('');
  });
});
