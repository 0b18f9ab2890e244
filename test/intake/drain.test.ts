import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signZendesk, zendeskCommentAdded } from '../helpers/signing';
import { deletePrefix, startTestIntake, testPrefix, waitFor, ZENDESK_SECRET } from './support';

/** Starts a POST, sends all but the last byte, and returns a function that sends the rest and resolves with the status. */
function halfSentRequest(url: string, signed: { body: string; headers: Record<string, string> }): { finish: () => Promise<number> } {
  const body = Buffer.from(signed.body);
  const req = request(`${url}/webhooks/zendesk`, { method: 'POST', headers: { ...signed.headers, 'content-length': String(body.length) } });
  const status = new Promise<number>((resolve, reject) => {
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
  });
  req.write(body.subarray(0, body.length - 1));
  return { finish: () => (req.end(body.subarray(body.length - 1)), status) };
}

const refused = (url: string): Promise<boolean> =>
  fetch(`${url}/healthz`).then(
    () => false,
    () => true,
  );

describe('graceful shutdown', () => {
  test('close(): stops accepting, lets the in-flight request finish (202), then closes queue and Redis', async () => {
    const intake = await startTestIntake({ LOG_LEVEL: 'silent' });
    try {
      const inFlight = halfSentRequest(intake.handle.url, signZendesk(zendeskCommentAdded(), ZENDESK_SECRET));
      await new Promise((resolve) => setTimeout(resolve, 100));
      const closing = intake.handle.close();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await refused(intake.handle.url)).toBe(true);
      expect(await inFlight.finish()).toBe(202);
      await closing;
      await waitFor(() => intake.handle.redis.status === 'end', 2000);
    } finally {
      await intake.handle.close();
      await deletePrefix(intake.prefix);
    }
  });

  test('`riskdesk serve` exits 0 on SIGTERM after draining', async () => {
    const prefix = testPrefix('serve');
    const dataDir = mkdtempSync(join(tmpdir(), 'riskdesk-serve-'));
    // Run the real serve command from the TypeScript sources (transpile-only require hook).
    const bootstrap = `
      const ts = require('typescript'); const fs = require('fs');
      require.extensions['.ts'] = (m, f) => m._compile(ts.transpileModule(fs.readFileSync(f, 'utf8'), { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true } }).outputText, f);
      const { Command } = require('commander'); const program = new Command();
      require('./src/cli/commands/serve.ts').register(program);
      program.parseAsync(['node', 'riskdesk', 'serve']).catch((e) => { console.error(e.message); process.exit(1); });`;
    const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ['-e', bootstrap], {
      cwd: join(__dirname, '..', '..'),
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', QUEUE_PREFIX: prefix, RISKDESK_DATA_DIR: dataDir, ZENDESK_WEBHOOK_SECRET: ZENDESK_SECRET, INTERCOM_CLIENT_SECRET: '', REDIS_URL: 'redis://127.0.0.1:6379' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await waitFor(() => /"port":\d+/.test(output) && output.includes('connecting to Redis: done'), 20_000);
      const port = /"port":(\d+)/.exec(output)?.[1];
      const url = `http://127.0.0.1:${port}`;
      const inFlight = halfSentRequest(url, signZendesk(zendeskCommentAdded(), ZENDESK_SECRET));
      await new Promise((resolve) => setTimeout(resolve, 100));
      child.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(await inFlight.finish()).toBe(202);
      expect(await exited).toBe(0);
      expect(output).toContain('INTERCOM_CLIENT_SECRET');
      expect(output).toContain('riskdesk HTTP server stopped');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
      await deletePrefix(prefix);
    }
  }, 30_000);
});
