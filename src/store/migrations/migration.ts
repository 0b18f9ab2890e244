/** One versioned schema change. TS modules (not .sql files) so `tsc` ships them in dist/. */
export interface Migration {
  /** Unique, ascending. Marketplace tables use 1–99; worker/audit tables 100+. */
  version: number;
  name: string;
  /** One or more statements, run in one transaction. */
  sql: string;
}
