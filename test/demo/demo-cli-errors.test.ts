import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli-harness';
import { createTestDb, type TestDb } from '../helpers/test-db';

const secrets = { ZENDESK_WEBHOOK_SECRET: 'zendesk-secret-demo-1', INTERCOM_CLIENT_SECRET: 'intercom-secret-demo-1', ADMIN_TOKEN: 'admin-token-demo-1' };
let dir: string;
let test: TestDb;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'riskdesk-demo-cli-'));
  test = await createTestDb('pglite');
}, 60_000);
afterAll(async () => {
  await test?.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('riskdesk demo: what stops it, and what it says', () => {
  it.each([
    [['--timeout', '0'], /^riskdesk demo: --timeout: /],
    [['--url', 'ftp://127.0.0.1:3000'], /^riskdesk demo: --url: must be an http\(s\) URL/],
  ])('bad options %j → exit 2', async (args, message) => {
    const run = await runCli(['demo', ...args], { env: { RISKDESK_DATA_DIR: dir, ...secrets }, db: test.db });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('without secrets (no service ever generated them) → exit 2 naming each and where they come from', async () => {
    const run = await runCli(['demo'], { env: { RISKDESK_DATA_DIR: dir }, db: test.db });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^riskdesk demo: ZENDESK_WEBHOOK_SECRET, INTERCOM_CLIENT_SECRET, ADMIN_TOKEN not set: /);
    expect(run.stderr).toContain(`${dir}/generated-secrets.json`);
  });

  it('without a demo world → exit 2 saying how to get one', async () => {
    const run = await runCli(['demo'], { env: { RISKDESK_DATA_DIR: dir, ...secrets }, db: test.db });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^riskdesk demo: no demo accounts are recorded in this database: .*riskdesk seed/);
  });

  it('with no service at the URL → exit 1 saying to start one', async () => {
    expect((await runCli(['seed', '--users', '50', '--orders', '100'], { env: { RISKDESK_DATA_DIR: dir }, db: test.db })).code).toBe(0);
    const run = await runCli(['demo', '--url', 'http://127.0.0.1:9'], { env: { RISKDESK_DATA_DIR: dir, ...secrets }, db: test.db });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^riskdesk demo: no riskdesk service answers at http:\/\/127\.0\.0\.1:9 .*riskdesk start/);
    expect(run.stdout).toBe('');
  });
});
