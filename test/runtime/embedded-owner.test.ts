/**
 * One process owns the embedded database. The real `riskdesk start` runs as a child process on a
 * temp data directory; CLI commands (run here, another process) work through it — several at
 * once — or, with no service running, take the same lock the service takes. A damaged directory
 * is one line naming `riskdesk reset`, and reset wipes it (never while the directory is in use).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RiskContext } from '../../src/risk/types';
import { createServer } from 'node:net';
import { ENDPOINT_FILE, readEndpoint, writeEndpoint } from '../../src/runtime/embedded-endpoint';
import { LOCK_FILE, lockHolder } from '../../src/runtime/embedded-lock';
import { openCliStore } from '../../src/runtime/open-cli-store';
import { createSharedSessionPgDb } from '../../src/store/drivers/pg-db';
import { CLI_AT, CLI_WORLD, runCli, tempFiles } from '../helpers/cli-harness';
import { deletePrefix } from '../helpers/redis-cleanup';
import { linesOf, spawnRiskdesk, type RiskdeskProcess } from '../helpers/riskdesk-process';
import { createEmbeddedDataDir } from '../helpers/test-db';
import { workerEnv } from '../worker/harness';

jest.setTimeout(240_000);

const prefix = `test-embedded-owner-${randomBytes(4).toString('hex')}`;
const files = tempFiles();
const worldFile = files.write('world.json', CLI_WORLD);
const laterWorldFile = files.write('later.json', {
  users: CLI_WORLD.users.map((user) => ({ ...user, id: `later-${String(user.id)}`, email: `later.${String(user.email)}` })),
});
const dirs: Array<{ cleanup(): void }> = [];

afterAll(async () => {
  for (const dir of dirs) dir.cleanup();
  files.cleanup();
  await deletePrefix(prefix);
});

async function dataDir(): Promise<string> {
  const data = await createEmbeddedDataDir();
  dirs.push(data);
  return data.dir;
}

function serviceEnv(dir: string): Record<string, string> {
  return workerEnv(prefix, {
    RISKDESK_DATA_DIR: dir,
    AUTO_SEED: 'false',
    PORT: '0',
    WRITEBACK_MODE: 'shadow',
    ZENDESK_API_URL: '',
    ZENDESK_EMAIL: '',
    ZENDESK_API_TOKEN: '',
    INTERCOM_ACCESS_TOKEN: '',
    LOG_LEVEL: 'info',
  });
}

async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** `riskdesk start` on `dir`, once it serves its database to the CLI and listens for webhooks. */
async function startService(dir: string): Promise<RiskdeskProcess> {
  const service = spawnRiskdesk(['start'], serviceEnv(dir));
  const ready = (): boolean => readEndpoint(dir)?.pid === service.pid && service.stdout().includes('riskdesk HTTP server listening');
  await waitFor(() => ready() || service.child.exitCode !== null, 'riskdesk start serving its database');
  if (service.child.exitCode !== null) throw new Error(`riskdesk start exited ${service.child.exitCode}: ${service.stdout()}${service.stderr()}`);
  return service;
}

/** The one problem line of a service that refused to start (its start-up steps may come before it). */
async function refusal(service: RiskdeskProcess): Promise<{ level: number; msg: string }> {
  expect(await service.exited).toBe(1);
  expect(service.stderr()).toBe('');
  const lines = linesOf(service.stdout()).map((line) => JSON.parse(line) as { level: number; msg: string });
  const problems = lines.filter((line) => line.level >= 40);
  expect(problems).toHaveLength(1);
  return problems[0] ?? { level: 0, msg: '' };
}

const contextArgs = ['context', '--user', 'cli-buyer', '--text', 'WN-71000001?', '--at', CLI_AT];

async function expectBuyerContext(env: Record<string, string>): Promise<void> {
  const run = await runCli(contextArgs, { env });
  expect(run).toMatchObject({ code: 0, stderr: '' });
  const context = JSON.parse(run.stdout) as RiskContext;
  expect(context.requester?.userId).toBe('cli-buyer');
  expect(context.reasons.map((r) => r.code).sort()).toEqual(['linked_to_banned_account', 'seller_unshipped_orders']);
}

describe('the embedded database has one owner', () => {
  it('while `riskdesk start` runs, commands work through it at the same time and reset refuses; after a restart everything answers', async () => {
    const dir = await dataDir();
    const env = { RISKDESK_DATA_DIR: dir };
    let service = await startService(dir);
    try {
      expect(lockHolder(dir)).toEqual({ pid: service.pid, command: 'riskdesk start' });
      expect(statSync(path.join(dir, ENDPOINT_FILE)).mode & 0o777).toBe(0o600);

      // seed starts on the empty database; import, context and decisions join while it writes.
      const seeding = runCli(['seed', '--users', '60', '--orders', '200'], { env });
      const endpoint = readEndpoint(dir);
      if (!endpoint) throw new Error('no endpoint');
      const watcher = createSharedSessionPgDb(endpoint);
      try {
        await waitFor(async () => Number((await watcher.query<{ n: number }>('SELECT count(*)::int AS n FROM users')).rows[0]?.n) > 0, 'seeded users');
      } finally {
        await watcher.close();
      }
      const [seeded, imported, context, decisions] = await Promise.all([
        seeding,
        runCli(['import', worldFile], { env }),
        runCli(['context', '--user', 'U0000001'], { env }),
        runCli(['decisions'], { env }),
      ]);
      expect(seeded.code).toBe(0);
      const patterns = (JSON.parse(seeded.stdout) as { patterns: Record<string, Array<{ id: string; username?: string }>> }).patterns;
      const planted = Object.values(patterns).flat();
      expect(planted.length).toBeGreaterThan(0);
      expect(planted.every((account) => typeof account.username === 'string')).toBe(true);
      expect(imported).toMatchObject({ code: 0, stderr: '' });
      expect(JSON.parse(imported.stdout).imported.users).toBe(3);
      expect(context).toMatchObject({ code: 0, stderr: '' });
      expect((JSON.parse(context.stdout) as RiskContext).requester?.userId).toBe('U0000001');
      expect(decisions).toMatchObject({ code: 0, stdout: 'no decisions recorded yet\n' });
      await expectBuyerContext(env);

      const reset = await runCli(['reset'], { env });
      expect(reset.code).toBe(1);
      expect(linesOf(reset.stderr)).toEqual([expect.stringContaining(`open in process ${service.pid} (riskdesk start)`)]);
      await expectBuyerContext(env);

      expect(await service.stop()).toBe(0);
      expect(existsSync(path.join(dir, ENDPOINT_FILE))).toBe(false);
      expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);

      service = await startService(dir);
      await expectBuyerContext(env);
      const fraudRing = patterns.fraud_ring?.[0]?.id ?? 'missing';
      const ringMember = await runCli(['context', '--user', fraudRing], { env });
      expect((JSON.parse(ringMember.stdout) as RiskContext).requester?.userId).toBe(fraudRing);
      const later = await runCli(['import', laterWorldFile], { env });
      expect(JSON.parse(later.stdout).imported.users).toBe(3);
      expect(await service.stop()).toBe(0);
    } finally {
      await service.stop();
    }
  });

  it('a command run while no service runs holds the same lock: a service started meanwhile refuses in one line naming it; stale locks are taken over', async () => {
    const dir = await dataDir();
    const db = await openCliStore({ RISKDESK_DATA_DIR: dir, DATABASE_URL: undefined }, 'riskdesk import');
    try {
      expect(lockHolder(dir)).toEqual({ pid: process.pid, command: 'riskdesk import' });
      const line = await refusal(spawnRiskdesk(['start'], serviceEnv(dir)));
      expect(line.level).toBe(60);
      expect(line.msg).toContain(`open in process ${process.pid} (riskdesk import)`);
    } finally {
      await db.close();
    }
    expect(lockHolder(dir)).toBeNull();

    // A lock left by a process that has died is taken over.
    const gone = spawnRiskdesk(['--version'], {});
    await gone.exited;
    writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: gone.pid, command: 'riskdesk start' }));
    const run = await runCli(['import', worldFile], { env: { RISKDESK_DATA_DIR: dir } });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it('a damaged directory is one line naming `riskdesk reset` for the CLI and the service; reset empties it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'riskdesk-damaged-'));
    dirs.push({ cleanup: () => rmSync(dir, { recursive: true, force: true }) });
    cpSync(await dataDir(), dir, { recursive: true });
    rmSync(path.join(dir, 'global', 'pg_control'));
    writeFileSync(path.join(dir, 'job-data.key'), randomBytes(32).toString('base64'), { mode: 0o600 });
    const env = { RISKDESK_DATA_DIR: dir };

    const cli = await runCli(contextArgs, { env });
    expect(cli.code).toBe(1);
    expect(linesOf(cli.stderr)).toEqual([expect.stringMatching(/^riskdesk context: the embedded database in .* is damaged .*run `riskdesk reset`/)]);

    const line = await refusal(spawnRiskdesk(['start'], serviceEnv(dir)));
    expect(line.msg).toMatch(/is damaged .*run `riskdesk reset`/);

    const reset = await runCli(['reset'], { env });
    expect(reset).toMatchObject({ code: 0, stderr: '' });
    expect(reset.stdout).toMatch(/wiped the embedded data directory .*PG_VERSION, base\/, generated-secrets\.json, global\/.*job-data\.key/);
    expect(reset.stdout).toMatch(/generated secrets included/);
    // Empty, as before a first start: the next command creates a new database there.
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reset leaves a directory that is not riskdesk’s alone', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'riskdesk-not-ours-'));
    dirs.push({ cleanup: () => rmSync(dir, { recursive: true, force: true }) });
    writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    const reset = await runCli(['reset'], { env: { RISKDESK_DATA_DIR: dir } });
    expect(reset.code).toBe(1);
    expect(reset.stderr).toMatch(/does not look like a riskdesk data directory/);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('a service that holds the lock but is not serving (yet), or does not answer, is named in one line with what to do', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'riskdesk-silent-'));
    dirs.push({ cleanup: () => rmSync(dir, { recursive: true, force: true }) });
    const env = { RISKDESK_DATA_DIR: dir };
    // A live process standing in for a service that owns the directory.
    const owner = spawn(process.execPath, ['-e', 'setInterval(() => undefined, 1000)'], { stdio: 'ignore' });
    try {
      const pid = owner.pid ?? -1;
      writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid, command: 'riskdesk start' }));
      const starting = await runCli(['context', '--user', 'x'], { env });
      expect(starting.code).toBe(1);
      expect(linesOf(starting.stderr)).toEqual([expect.stringMatching(new RegExp(`open in process ${pid} \\(riskdesk start\\): that service is still starting`))]);

      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const address = closed.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      await new Promise((resolve) => closed.close(resolve));
      writeEndpoint(dir, { pid, host: '127.0.0.1', port, password: 'x'.repeat(32) });
      const silent = await runCli(['import', worldFile], { env });
      expect(silent.code).toBe(1);
      expect(linesOf(silent.stderr)).toEqual([
        expect.stringMatching(new RegExp(`^riskdesk import: .* owned by process ${pid} \\(riskdesk start\\), which does not answer on 127\\.0\\.0\\.1:${port} .*kill ${pid}`)),
      ]);
      expect(lockHolder(dir)).toEqual({ pid, command: 'riskdesk start' });
    } finally {
      owner.kill();
    }
  });
});
