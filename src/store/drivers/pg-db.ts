import { createHash } from 'node:crypto';
import { Client, Pool, type PoolClient } from 'pg';
import type { Db, Queryable, QueryResult } from '../db';
import type { SessionRunner } from '../migrate';

const statementNames = new Map<string, string>();

/**
 * Read queries with parameters run as named prepared statements: each pooled connection parses
 * and plans them once, which is most of the cost of a millisecond query. Writes and DDL stay
 * unnamed so schema changes never meet a stale cached plan.
 */
function statementName(sql: string, params: readonly unknown[]): string | undefined {
  if (params.length === 0 || !/^\s*(SELECT|WITH)\b/i.test(sql)) return undefined;
  let name = statementNames.get(sql);
  if (!name) {
    name = `rd_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;
    if (statementNames.size < 5000) statementNames.set(sql, name);
  }
  return name;
}

/** Wraps anything with pg's `query(text, values)` into the shared Queryable shape. */
function queryableOn(target: Pick<PoolClient, 'query'>, preparedReads: boolean): Queryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<Row>> {
      const name = preparedReads ? statementName(sql, params) : undefined;
      const result = await target.query(name ? { name, text: sql, values: [...params] } : { text: sql, values: [...params] });
      return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
    },
  };
}

export interface PgDb extends Db {
  /** One pooled connection for work that must stay on a session (advisory locks, migrations). */
  withSession: SessionRunner;
}

/** Creates the schema before the pool exists, tolerating a concurrent creator. */
export async function ensurePgSchema(connectionString: string, schema: string): Promise<void> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  } catch (error) {
    // 23505/42P06: another process created it between the check and the insert — fine.
    const code = (error as { code?: string }).code;
    if (code !== '23505' && code !== '42P06') throw error;
  } finally {
    await client.end();
  }
}

/**
 * Session settings sent in the startup packet, so every pooled connection has them at no cost.
 * plan_cache_mode: a named read statement is planned ONCE per connection. By default PostgreSQL
 * re-plans a prepared statement for every call whenever its generic plan's estimate (made without
 * the parameter values) looks costlier — always the case for the risk statements, whose planning
 * (~1.5 ms) costs more than running them. Every read here is an index lookup whose plan does not
 * depend on the values, so the generic plan is the right one. search_path: the isolated schema.
 */
export function sessionOptions(schema?: string): string {
  return ['-c plan_cache_mode=force_generic_plan', ...(schema ? [`-c search_path="${schema}"`] : [])].join(' ');
}

export function createPgDb(connectionString: string, schema?: string): PgDb {
  // Options in the URL itself (`?options=…`) take precedence over these (pg's rule).
  return poolDb(new Pool({ connectionString, max: 10, options: sessionOptions(schema) }), true);
}

/** Where a riskdesk service serves its embedded database (see src/store/drivers/pglite-socket-server.js). */
export interface SharedSessionTarget {
  host: string;
  port: number;
  password: string;
}

/**
 * A client of the embedded database a riskdesk service serves over its socket. PGlite has one
 * session shared by everyone: one connection, no named statements (another client may have left
 * one of the same name), no session settings of its own.
 */
export function createSharedSessionPgDb(target: SharedSessionTarget): PgDb {
  return poolDb(new Pool({ ...target, user: 'postgres', database: 'postgres', ssl: false, max: 1 }), false);
}

function poolDb(pool: Pool, preparedReads: boolean): PgDb {
  // An idle client dying (server restart) must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  const queryable = (target: Pick<PoolClient, 'query'>): Queryable => queryableOn(target, preparedReads);
  const base = queryable(pool);
  return {
    driver: 'pg',
    query: base.query,
    async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(queryable(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async withSession(work) {
      const client = await pool.connect();
      try {
        return await work({ ...queryable(client), exec: async (sql) => void (await client.query(sql)) });
      } finally {
        client.release();
      }
    },
    async ping(): Promise<boolean> {
      try {
        await pool.query('SELECT 1');
        return true;
      } catch {
        return false;
      }
    },
    async close(): Promise<void> {
      await pool.end();
    },
  };
}
