import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Db } from '../../src/store/db';
import { openDb, snapshotEmbeddedDb } from '../../src/store/open-db';
import { MIGRATIONS } from '../../src/store/migrations';

export interface TestDb {
  label: 'pglite' | 'postgres';
  db: Db;
  cleanup(): Promise<void>;
}

export function testSchemaName(): string {
  return `test_${process.pid}_${randomBytes(4).toString('hex')}`;
}

// initdb in PGlite costs seconds (tens under load). The first test run snapshots a migrated
// database to the temp dir; later test files load it. The key changes whenever a migration does.
function snapshotPath(): string {
  const pkg = join(dirname(require.resolve('@electric-sql/pglite')), '..', 'package.json');
  const version = (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
  const hash = createHash('sha256').update(version).update(JSON.stringify(MIGRATIONS)).digest('hex').slice(0, 16);
  return join(tmpdir(), `riskdesk-pglite-${hash}.tar`);
}

async function migratedSnapshot(): Promise<Blob> {
  const path = snapshotPath();
  if (existsSync(path)) return new Blob([readFileSync(path)]);
  const blob = await snapshotEmbeddedDb();
  const partial = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(partial, Buffer.from(await blob.arrayBuffer()));
  renameSync(partial, path); // atomic: a concurrent reader never sees half a file
  return blob;
}

/** The databases a store test runs against: embedded always, real PostgreSQL when CI provides one. */
export function testDbLabels(): Array<TestDb['label']> {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

/** In-memory PGlite (fast, nothing to clean) or a fresh PostgreSQL schema dropped on cleanup. */
export async function createTestDb(label: TestDb['label']): Promise<TestDb> {
  if (label === 'pglite') {
    const db = await openDb({ dataDir: 'memory://', pgliteSnapshot: await migratedSnapshot() });
    return { label, db, cleanup: () => db.close() };
  }
  const databaseUrl = process.env.TEST_DATABASE_URL;
  if (!databaseUrl) throw new Error('TEST_DATABASE_URL is not set: cannot create a PostgreSQL test database');
  const schema = testSchemaName();
  const db = await openDb({ databaseUrl, dataDir: '', schema });
  return {
    label,
    db,
    async cleanup() {
      await db.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
      await db.close();
    },
  };
}

/**
 * A temp RISKDESK_DATA_DIR holding an initialised, migrated embedded database, so a command that
 * opens it by itself (as the CLI does) skips initdb. Remove it with `cleanup()`.
 */
export async function createEmbeddedDataDir(): Promise<{ dir: string; cleanup(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'riskdesk-data-'));
  const db = await openDb({ dataDir: dir, pgliteSnapshot: await migratedSnapshot() });
  await db.close();
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function createTestDbs(): Promise<TestDb[]> {
  return Promise.all(testDbLabels().map((label) => createTestDb(label)));
}

export interface EachDbContext {
  label: TestDb['label'];
  /** The open database; only valid inside hooks and tests (opened in beforeAll). */
  db(): Db;
}

/**
 * `describe` once per test database. One database per block, opened in beforeAll and closed in
 * afterAll, so a test file pays the PGlite start-up once.
 */
export function describeEachDb(title: string, fn: (ctx: EachDbContext) => void): void {
  for (const label of testDbLabels()) {
    describe(`${title} [${label}]`, () => {
      let current: TestDb | undefined;
      beforeAll(async () => {
        current = await createTestDb(label);
      });
      afterAll(async () => {
        await current?.cleanup();
      });
      fn({
        label,
        db() {
          if (!current) throw new Error('test database not open yet: call db() inside a hook or test');
          return current.db;
        },
      });
    });
  }
}
