/**
 * `riskdesk reset --force` on PostgreSQL: drops the tables riskdesk's migrations create (and the
 * migrations table) from the schema the connection works in — nothing else. No CASCADE: if
 * anything outside riskdesk depends on one of them, PostgreSQL refuses and nothing is dropped.
 */
import { Client } from 'pg';
import { MIGRATIONS } from './migrations';

const CREATE_TABLE = /CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?"?([a-z_][a-z0-9_]*)"?/gi;

/** Every table the migrations create, plus the table that records them. */
export function riskdeskTableNames(): string[] {
  const names = MIGRATIONS.flatMap((m) => [...m.sql.matchAll(CREATE_TABLE)].map((match) => (match[1] ?? '').toLowerCase()));
  return [...new Set([...names, 'schema_migrations'])];
}

export interface DropReport {
  /** The schema the tables were dropped from (the connection's current schema); null when it has none. */
  schema: string | null;
  dropped: string[];
}

export async function dropRiskdeskTables(databaseUrl: string): Promise<DropReport> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ schema: string | null }>('SELECT current_schema() AS schema');
    const schema = rows[0]?.schema ?? null;
    if (schema === null) return { schema, dropped: [] };
    await client.query('BEGIN');
    try {
      // The lock migrations take: no riskdesk process migrates this schema while it is emptied.
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('riskdesk.migrate.' || current_schema()))`);
      const present = await client.query<{ name: string }>(
        'SELECT tablename AS name FROM pg_tables WHERE schemaname = $1 AND tablename = ANY($2::text[]) ORDER BY tablename',
        [schema, riskdeskTableNames()],
      );
      const dropped = present.rows.map((r) => r.name);
      const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;
      if (dropped.length > 0) await client.query(`DROP TABLE ${dropped.map((name) => `${quote(schema)}.${quote(name)}`).join(', ')}`);
      await client.query('COMMIT');
      return { schema, dropped };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  } finally {
    await client.end();
  }
}
