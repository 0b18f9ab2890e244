/**
 * `riskdesk reset` with DATABASE_URL: refused without --force; with it, exactly the tables the
 * migrations create (and the migrations table) go, from the connection's own schema — a table of
 * someone else's next to them, and riskdesk-named tables in another schema, stay.
 */
import { Client } from 'pg';
import { riskdeskTableNames } from '../../src/store/drop-tables';
import { openDb } from '../../src/store/open-db';
import { runCli } from '../helpers/cli-harness';
import { testSchemaName } from '../helpers/test-db';

const base = process.env.TEST_DATABASE_URL ?? '';
const describePg = base ? describe : describe.skip;

describePg('riskdesk reset on PostgreSQL', () => {
  const schema = testSchemaName();
  const other = `${schema}_other`;
  const url = `${base}${base.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const env = { DATABASE_URL: url, RISKDESK_DATA_DIR: 'unused' };
  const admin = new Client({ connectionString: base });

  const tablesIn = async (name: string): Promise<string[]> =>
    (await admin.query<{ t: string }>('SELECT tablename AS t FROM pg_tables WHERE schemaname = $1 ORDER BY tablename', [name])).rows.map((r) => r.t);

  beforeAll(async () => {
    await admin.connect();
    const db = await openDb({ databaseUrl: base, dataDir: '', schema });
    await db.close();
    await admin.query(`CREATE TABLE "${schema}".keep_me (id int PRIMARY KEY)`);
    await admin.query(`CREATE SCHEMA "${other}"`);
    await admin.query(`CREATE TABLE "${other}".users (id text PRIMARY KEY)`);
  }, 60_000);

  afterAll(async () => {
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.query(`DROP SCHEMA IF EXISTS "${other}" CASCADE`);
    await admin.end();
  });

  it('knows every table the migrations create', async () => {
    expect([...riskdeskTableNames()].sort()).toEqual((await tablesIn(schema)).filter((t) => t !== 'keep_me'));
  });

  it('refuses without --force, changing nothing', async () => {
    const before = await tablesIn(schema);
    const run = await runCli(['reset'], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^riskdesk reset: DATABASE_URL is set: .*nothing was dropped; run `riskdesk reset --force`/);
    expect(run.stderr).not.toContain('options=');
    expect(await tablesIn(schema)).toEqual(before);
  });

  it('with --force drops riskdesk’s tables from its schema and nothing else', async () => {
    const run = await runCli(['reset', '--force'], { env });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain(`from schema "${schema}"`);
    expect(run.stdout).toMatch(/schema_migrations/);
    expect(await tablesIn(schema)).toEqual(['keep_me']);
    expect(await tablesIn(other)).toEqual(['users']);
    // The next start migrates the emptied schema again.
    const db = await openDb({ databaseUrl: base, dataDir: '', schema });
    await db.close();
    expect((await tablesIn(schema)).length).toBe(riskdeskTableNames().length + 1);
  });
});
