import type { RiskContext } from '../../src/risk/types';
import { ensurePgSchema } from '../../src/store/drivers/pg-db';
import { openDb } from '../../src/store/open-db';
import { CLI_AT, CLI_WORLD, runCli, tempFiles } from '../helpers/cli-harness';
import { createEmbeddedDataDir, testSchemaName } from '../helpers/test-db';

// The commands as installed: no injected database — they open what the environment names
// (RISKDESK_DATA_DIR, or DATABASE_URL) and close it again, once per command.
const files = tempFiles();
afterAll(() => files.cleanup());
const worldFile = files.write('world.json', CLI_WORLD);

async function importThenContext(env: Record<string, string>): Promise<void> {
  const imported = await runCli(['import', worldFile], { env });
  expect(imported).toMatchObject({ code: 0, stderr: '' });
  expect(JSON.parse(imported.stdout).imported.users).toBe(3);
  // A second process-like run sees what the first one committed.
  const run = await runCli(['context', '--user', 'cli-buyer', '--text', 'WN-71000001?', '--at', CLI_AT], { env });
  expect(run.code).toBe(0);
  const ctx = JSON.parse(run.stdout) as RiskContext;
  expect(ctx.requester?.userId).toBe('cli-buyer');
  expect(ctx.reasons.map((r) => r.code).sort()).toEqual(['linked_to_banned_account', 'seller_unshipped_orders']);
}

describe('CLI on the embedded database under RISKDESK_DATA_DIR', () => {
  let data: { dir: string; cleanup(): void } | undefined;
  beforeAll(async () => {
    data = await createEmbeddedDataDir();
  });
  afterAll(() => data?.cleanup());

  it('imports into the directory and a later command reads it back', async () => {
    await importThenContext({ RISKDESK_DATA_DIR: data?.dir ?? 'missing' });
  });

  it('a broken environment is bad input (exit 2) naming the variable', async () => {
    const run = await runCli(['context', '--user', 'cli-buyer'], { env: { RISKDESK_DATA_DIR: data?.dir ?? 'missing', DATABASE_URL: 'not a url' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/DATABASE_URL/);
  });
});

const describePg = process.env.TEST_DATABASE_URL ? describe : describe.skip;

describePg('CLI on PostgreSQL (DATABASE_URL, own schema)', () => {
  const base = process.env.TEST_DATABASE_URL ?? '';
  const schema = testSchemaName();
  // search_path in the URL's startup options: the command's pool lands in this file's schema.
  const url = `${base}${base.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;

  beforeAll(() => ensurePgSchema(base, schema));
  afterAll(async () => {
    const db = await openDb({ databaseUrl: base, dataDir: '', schema });
    await db.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).finally(() => db.close());
  });

  it('imports into the schema and a later command reads it back', async () => {
    await importThenContext({ DATABASE_URL: url, RISKDESK_DATA_DIR: 'unused' });
    const db = await openDb({ databaseUrl: base, dataDir: '', schema });
    try {
      const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
      expect(rows[0]?.n).toBe(3);
    } finally {
      await db.close();
    }
  });
});
