/**
 * `riskdesk start` as operators run it: a child process from the TypeScript sources. A first start
 * announces its slow steps, every line it writes is one JSON object even while Redis is
 * unreachable, and SIGTERM ends it within 10 s with exit code 0 — Redis down, or the database
 * down (PostgreSQL through a proxy the test closes; needs TEST_DATABASE_URL).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { deletePrefix } from '../helpers/redis-cleanup';
import { TcpSwitch } from '../helpers/tcp-switch';

const ROOT = path.resolve(__dirname, '..', '..');
const REGISTER = path.join(ROOT, 'test', 'worker', 'crash', 'ts-register.js');
const DATABASE_URL = process.env.TEST_DATABASE_URL;
const SHUTDOWN_LIMIT_MS = 10_000;

interface LogLine {
  msg?: string;
  step?: string;
  phase?: string;
  durationMs?: number;
  [key: string]: unknown;
}

class RunningStart {
  readonly lines: string[] = [];
  private partial = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  /** 'exit' can come before the last chunk of stdout is read; 'close' comes after the pipes end. */
  private readonly outputClosed: Promise<void>;

  constructor(readonly child: ChildProcess) {
    const collect = (chunk: Buffer): void => {
      const text = this.partial + chunk.toString();
      const parts = text.split('\n');
      this.partial = parts.pop() ?? '';
      this.lines.push(...parts.filter((line) => line.length > 0));
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, at: performance.now() })));
    this.outputClosed = new Promise((resolve) => child.once('close', () => resolve()));
  }

  /** Every line parsed; a line that is not one JSON object fails the test with the line itself. */
  json(): LogLine[] {
    return this.lines.map((line) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        throw new Error(`not a JSON log line: ${line}`);
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`not a JSON object: ${line}`);
      return parsed as LogLine;
    });
  }

  async waitForLine(predicate: (line: LogLine) => boolean, timeoutMs: number, what: string): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (this.lines.some((line) => line.startsWith('{') && predicate(JSON.parse(line) as LogLine))) return;
      if (this.child.exitCode !== null) throw new Error(`riskdesk start exited before ${what}:\n${this.lines.join('\n')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`timed out waiting for ${what}:\n${this.lines.join('\n')}`);
  }

  /** Sends SIGTERM and measures until the process has exited; returns once all its output is read. */
  async stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }> {
    const sent = performance.now();
    this.child.kill('SIGTERM');
    const exit = await Promise.race([this.exited, new Promise<null>((resolve) => setTimeout(() => resolve(null), 30_000))]);
    if (!exit) {
      this.child.kill('SIGKILL');
      throw new Error(`riskdesk start still running 30 s after SIGTERM:\n${this.lines.join('\n')}`);
    }
    await Promise.race([this.outputClosed, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    return { code: exit.code, signal: exit.signal, ms: exit.at - sent };
  }

  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }
}

function startRiskdesk(env: Record<string, string>): RunningStart {
  const child = spawn(process.execPath, ['-r', REGISTER, '-e', "require('./src/cli/main').main(['node', 'riskdesk', 'start'])"], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_OPTIONS: '',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      JOB_DATA_KEY: randomBytes(32).toString('hex'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new RunningStart(child);
}

const listening = (line: LogLine): boolean => line.msg === 'riskdesk HTTP server listening';

describe('riskdesk start: start-up, logs and SIGTERM', () => {
  it('announces each slow step of a first start, logs only JSON while Redis is unreachable, and exits 0 within 10 s of SIGTERM', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'riskdesk-lifecycle-'));
    const closedPort = await TcpSwitch.freePort();
    const run = startRiskdesk({ RISKDESK_DATA_DIR: dataDir, AUTO_SEED: 'true', REDIS_URL: `redis://127.0.0.1:${closedPort}`, QUEUE_PREFIX: `test-lifecycle-${randomBytes(4).toString('hex')}` });
    try {
      await run.waitForLine(listening, 150_000, 'the HTTP server');
      // Let Redis refuse a few reconnect attempts (they come every 2 s at most).
      await new Promise((resolve) => setTimeout(resolve, 5000));
      const stopped = await run.stop();
      const lines = run.json();

      for (const step of ['opening the database', 'seeding the demo world', 'training the models']) {
        const begin = lines.findIndex((l) => l.step === step && l.phase === 'begin');
        const end = lines.findIndex((l) => l.step === step && l.phase === 'end');
        expect({ step, begin: begin >= 0, end: end > begin }).toEqual({ step, begin: true, end: true });
        expect(lines[end]?.durationMs).toEqual(expect.any(Number));
      }
      const startUp = lines.slice(0, lines.findIndex(listening));
      expect(startUp.findIndex((l) => l.step === 'seeding the demo world')).toBeGreaterThan(startUp.findIndex((l) => l.step === 'opening the database'));
      // Redis never answered: each connection said it was connecting, none claims to have connected.
      expect(lines.filter((l) => l.step === 'connecting to Redis' && l.phase === 'begin').length).toBeGreaterThanOrEqual(3);
      expect(lines.filter((l) => l.step === 'connecting to Redis' && l.phase === 'end')).toEqual([]);

      // Redis errors went through pino, rate-limited: one line per process part, not one per reconnect attempt.
      const redisErrors = lines.filter((l) => typeof l.msg === 'string' && l.msg.startsWith('Redis error: '));
      expect(redisErrors.length).toBeGreaterThanOrEqual(1);
      expect(redisErrors.length).toBeLessThanOrEqual(2);
      expect(redisErrors[0]).toMatchObject({ error: { code: 'ECONNREFUSED' }, hint: expect.stringContaining('REDIS_URL') });
      expect(run.lines.join('\n')).not.toMatch(/\[ioredis\]|Unhandled error event|^\s+at /m);

      expect(stopped).toMatchObject({ code: 0, signal: null });
      expect(stopped.ms).toBeLessThan(SHUTDOWN_LIMIT_MS);
      expect(lines.at(-1)?.msg).toBe('riskdesk stopped');
    } finally {
      run.kill();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 200_000);

  it('exits 0 at once on SIGTERM during start-up, without finishing it', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'riskdesk-lifecycle-'));
    const run = startRiskdesk({ RISKDESK_DATA_DIR: dataDir, AUTO_SEED: 'true', REDIS_URL: `redis://127.0.0.1:${await TcpSwitch.freePort()}` });
    try {
      await run.waitForLine((l) => l.step === 'opening the database' && l.phase === 'begin', 60_000, 'the first start-up step');
      const stopped = await run.stop();
      expect(stopped).toMatchObject({ code: 0, signal: null });
      expect(stopped.ms).toBeLessThan(SHUTDOWN_LIMIT_MS);
      const lines = run.json();
      expect(lines.at(-1)).toMatchObject({ signal: 'SIGTERM', msg: 'signal during start-up: exiting now (nothing was accepted yet)' });
      expect(lines.some(listening)).toBe(false);
    } finally {
      run.kill();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  (DATABASE_URL ? it : it.skip)('exits 0 within 10 s of SIGTERM when PostgreSQL went away', async () => {
    const schema = `test_lifecycle_${randomBytes(4).toString('hex')}`;
    const prefix = `test-lifecycle-${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA "${schema}"`);
    const upstream = new URL(DATABASE_URL ?? '');
    const database = await TcpSwitch.onFreePort(Number(upstream.port || 5432));
    await database.up();
    const viaSwitch = new URL(upstream);
    viaSwitch.hostname = '127.0.0.1';
    viaSwitch.port = String(database.port);
    viaSwitch.searchParams.set('options', `-c search_path=${schema}`);
    const run = startRiskdesk({ DATABASE_URL: viaSwitch.toString(), REDIS_URL: 'redis://127.0.0.1:6379', QUEUE_PREFIX: prefix });
    try {
      await run.waitForLine(listening, 120_000, 'the HTTP server');
      await run.waitForLine((l) => l.step === 'connecting to Redis' && l.phase === 'end', 20_000, 'Redis');
      await database.down();
      const stopped = await run.stop();
      expect(stopped).toMatchObject({ code: 0, signal: null });
      expect(stopped.ms).toBeLessThan(SHUTDOWN_LIMIT_MS);
      expect(run.json().at(-1)?.msg).toBe('riskdesk stopped');
    } finally {
      run.kill();
      await database.down();
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
      await admin.end();
      await deletePrefix(prefix);
    }
  }, 200_000);
});
