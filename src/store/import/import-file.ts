import type { z } from 'zod';
import type { Db, Queryable } from '../db';
import { bulkUpsert } from '../bulk';
import { ENTITY_NAMES, TABLES, type EntityName } from '../tables';
import { ENTITY_SCHEMAS } from './schemas';
import { ImportError, readEntities } from './token-reader';

export { ImportError };

export type ImportSummary = Record<EntityName, number>;

export interface ImportOptions {
  /** Bytes read so far and file size (progress bars). */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  batchSize?: number;
}

const isEntity = (name: string): name is EntityName => (ENTITY_NAMES as string[]).includes(name);

function describeIssue(entity: string, index: number, issue: z.core.$ZodIssue): string {
  const field = issue.path.map(String).join('.');
  return `${entity}[${index}]${field ? `.${field}` : ''}: ${issue.message}`;
}

/** Buffers rows per entity and upserts them in batches; the last copy of a repeated key wins. */
class Batches {
  private readonly pending = new Map<EntityName, Map<string, unknown[]>>();
  readonly counts = Object.fromEntries(ENTITY_NAMES.map((n) => [n, 0])) as ImportSummary;

  constructor(
    private readonly tx: Queryable,
    private readonly size: number,
  ) {}

  async add(entity: EntityName, record: Record<string, unknown>): Promise<void> {
    const spec = TABLES[entity];
    const row = spec.columns.map((c) => record[c.name] ?? null);
    const key = spec.key.map((k) => String(record[k])).join('\u0000');
    const rows = this.pending.get(entity) ?? new Map<string, unknown[]>();
    rows.delete(key);
    rows.set(key, row);
    this.pending.set(entity, rows);
    this.counts[entity] += 1;
    if (rows.size >= this.size) await this.flush(entity);
  }

  async flush(entity: EntityName): Promise<void> {
    const rows = this.pending.get(entity);
    if (!rows || rows.size === 0) return;
    const spec = TABLES[entity];
    await bulkUpsert(this.tx, spec.table, spec.columns, spec.key, [...rows.values()]);
    rows.clear();
  }

  async flushAll(): Promise<void> {
    for (const entity of ENTITY_NAMES) await this.flush(entity);
  }
}

/**
 * Loads a JSON export into the marketplace tables. Streams the file, validates every record,
 * and writes everything in ONE transaction: an invalid file changes nothing, and re-importing
 * a file is idempotent (upsert by id). Errors name the entity, index and field.
 */
export async function importFile(db: Db, path: string, options: ImportOptions = {}): Promise<ImportSummary> {
  return db.transaction(async (tx) => {
    const batches = new Batches(tx, options.batchSize ?? 1000);
    for await (const item of readEntities(path, ENTITY_NAMES, options.onProgress)) {
      if (!isEntity(item.entity)) {
        throw new ImportError(`unknown entity list "${item.entity}" — expected one of: ${ENTITY_NAMES.join(', ')}`);
      }
      const parsed = ENTITY_SCHEMAS[item.entity].safeParse(item.value);
      if (!parsed.success) {
        const problems = parsed.error.issues.slice(0, 5).map((i) => describeIssue(item.entity, item.index, i));
        throw new ImportError(`invalid record, nothing was imported:\n  - ${problems.join('\n  - ')}`);
      }
      await batches.add(item.entity, parsed.data as Record<string, unknown>);
    }
    await batches.flushAll();
    return batches.counts;
  });
}
