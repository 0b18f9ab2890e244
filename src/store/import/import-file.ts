import { z } from 'zod';
import type { Db, Queryable } from '../db';
import { bulkUpsert } from '../bulk';
import { applyVersionedChanges, type VersionedChange } from '../versioned-write';
import { ENTITY_NAMES, TABLES, type EntityName } from '../tables';
import { ENTITY_SCHEMAS } from './schemas';
import { ImportError, readEntities } from './token-reader';

export { ImportError };

export type ImportSummary = Record<EntityName, number>;

export interface ImportReport {
  /** Records written per entity (versioned records only when newer than the stored version). */
  imported: ImportSummary;
  /** Versioned records (with `updated_at`) not written because a newer or equal version exists. */
  skippedStale: number;
}

/** Incremental files: a record with `updated_at` is written only when newer (docs/risk.md). */
const VERSIONED_SCHEMAS = new Map<string, z.ZodType>(
  ENTITY_NAMES.map((name) => [name, (ENTITY_SCHEMAS[name] as z.ZodObject).extend({ updated_at: z.iso.datetime({ offset: true }) })]),
);

const isVersioned = (value: unknown): boolean => typeof value === 'object' && value !== null && 'updated_at' in value;

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
  private versioned: VersionedChange[] = [];
  readonly counts = Object.fromEntries(ENTITY_NAMES.map((n) => [n, 0])) as ImportSummary;
  skippedStale = 0;

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

  async addVersioned(entity: EntityName, parsed: Record<string, unknown>): Promise<void> {
    const { updated_at: updatedAt, ...record } = parsed;
    this.versioned.push({ spec: TABLES[entity], entity, op: 'upsert', record, updatedAt: String(updatedAt) });
    if (this.versioned.length >= this.size) await this.flushVersioned();
  }

  async flushVersioned(): Promise<void> {
    if (this.versioned.length === 0) return;
    const result = await applyVersionedChanges(this.tx, this.versioned);
    for (const change of result.appliedChanges) this.counts[change.entity as EntityName] += 1;
    this.skippedStale += result.skippedStale;
    this.versioned = [];
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
    await this.flushVersioned();
  }
}

/**
 * Loads a JSON export into the marketplace tables. Streams the file, validates every record,
 * and writes everything in ONE transaction: an invalid file changes nothing, and re-importing
 * a file is idempotent (upsert by id). Errors name the entity, index and field.
 */
export async function importFile(db: Db, path: string, options: ImportOptions = {}): Promise<ImportSummary> {
  return (await importFileReport(db, path, options)).imported;
}

/**
 * importFile with the count of stale versioned records. Records carrying `updated_at` (incremental
 * files) follow the marketplace feed's rule: written only when newer than the newest version seen
 * of that record, never over a newer one nor over a deletion the feed recorded.
 */
export async function importFileReport(db: Db, path: string, options: ImportOptions = {}): Promise<ImportReport> {
  return db.transaction(async (tx) => {
    const batches = new Batches(tx, options.batchSize ?? 1000);
    for await (const item of readEntities(path, ENTITY_NAMES, options.onProgress)) {
      if (!isEntity(item.entity)) {
        throw new ImportError(`unknown entity list "${item.entity}" — expected one of: ${ENTITY_NAMES.join(', ')}`);
      }
      const versioned = isVersioned(item.value);
      const schema: z.ZodType = (versioned ? VERSIONED_SCHEMAS.get(item.entity) : undefined) ?? ENTITY_SCHEMAS[item.entity];
      const parsed = schema.safeParse(item.value);
      if (!parsed.success) {
        const problems = parsed.error.issues.slice(0, 5).map((i) => describeIssue(item.entity, item.index, i));
        throw new ImportError(`invalid record, nothing was imported:\n  - ${problems.join('\n  - ')}`);
      }
      if (versioned) await batches.addVersioned(item.entity, parsed.data as Record<string, unknown>);
      else await batches.add(item.entity, parsed.data as Record<string, unknown>);
    }
    await batches.flushAll();
    return { imported: batches.counts, skippedStale: batches.skippedStale };
  });
}
