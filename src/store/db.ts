/**
 * One database adapter, two drivers (pg for PostgreSQL, PGlite embedded). SQL and migrations are
 * shared; callers use `$1`-style parameters and never know which driver runs.
 */
export interface QueryResult<Row> {
  rows: Row[];
  rowCount: number;
}

export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<Row>>;
}

export interface Db extends Queryable {
  readonly driver: 'pg' | 'pglite';
  /** Runs `work` in one transaction: commits when it resolves, rolls back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** True when the database answers a trivial query (readiness probes). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
