/**
 * The marketplace feed's batch contract: `{"records":[{"entity","op","data"}]}`. The entities and
 * their fields come from the import contract (src/store/import/schemas.ts) so both stay one
 * contract; `data` adds `updated_at`. A delete's `data` holds the record's key and `updated_at`.
 */
import { z } from 'zod';
import { ENTITY_SCHEMAS } from '../store/import/schemas';
import { TABLES, type TableSpec } from '../store/tables';
import type { VersionedChange } from '../store/versioned-write';

export const MAX_FEED_RECORDS = 1000;

const updatedAt = z.iso.datetime({ offset: true });

interface EntityContract {
  spec: TableSpec;
  upsert: z.ZodType<Record<string, unknown>>;
  delete: z.ZodType<Record<string, unknown>>;
}

/** Every entity of the import contract that has a table (new entities flow through unchanged). */
function buildContracts(): Map<string, EntityContract> {
  const contracts = new Map<string, EntityContract>();
  const tables: Record<string, TableSpec> = TABLES;
  for (const [entity, schema] of Object.entries(ENTITY_SCHEMAS as Record<string, z.ZodObject>)) {
    const spec = tables[entity];
    if (!spec) continue;
    const keyShape = Object.fromEntries(spec.key.map((k) => [k, schema.shape[k] ?? z.string()]));
    contracts.set(entity, {
      spec,
      upsert: schema.extend({ updated_at: updatedAt }) as z.ZodType<Record<string, unknown>>,
      delete: z.strictObject({ ...keyShape, updated_at: updatedAt }) as z.ZodType<Record<string, unknown>>,
    });
  }
  return contracts;
}

const CONTRACTS = buildContracts();
export const FEED_ENTITIES: readonly string[] = [...CONTRACTS.keys()];

const envelopeSchema = z.strictObject({
  records: z
    .array(
      z.strictObject({
        entity: z.string().refine((e) => CONTRACTS.has(e), { message: `must be one of: ${FEED_ENTITIES.join(', ')}` }),
        op: z.enum(['upsert', 'delete']),
        // PostgreSQL text cannot store NUL: refuse it here, naming the record, not in the database.
        data: z.record(z.string(), z.unknown()).refine((data) => !JSON.stringify(data).includes('\\u0000'), { message: 'text must not contain NUL (\\u0000) characters' }),
      }),
    )
    .max(MAX_FEED_RECORDS, `at most ${MAX_FEED_RECORDS} records per batch: split the batch`),
});

export interface FeedProblem {
  /** `records[3].data.email` */
  field: string;
  message: string;
  /** The record's position in the batch, when the problem is inside one. */
  index?: number;
}

export type ParsedBatch = { ok: true; changes: VersionedChange[] } | { ok: false; problems: FeedProblem[] };

function issuePath(prefix: readonly PropertyKey[], issue: z.core.$ZodIssue): string {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path.push(issue.keys[0]);
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)), '');
}

const MAX_PROBLEMS = 10;

/** Validates a parsed JSON batch; every problem names its record index and field. */
export function parseFeedBatch(json: unknown): ParsedBatch {
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    const problems = envelope.error.issues.slice(0, MAX_PROBLEMS).map((issue) => {
      const index = issue.path[0] === 'records' && typeof issue.path[1] === 'number' ? issue.path[1] : undefined;
      return { field: issuePath([], issue), message: issue.message, ...(index === undefined ? {} : { index }) };
    });
    return { ok: false, problems };
  }
  const changes: VersionedChange[] = [];
  const problems: FeedProblem[] = [];
  envelope.data.records.forEach((item, index) => {
    const contract = CONTRACTS.get(item.entity);
    if (!contract || problems.length >= MAX_PROBLEMS) return;
    const parsed = contract[item.op].safeParse(item.data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues.slice(0, MAX_PROBLEMS - problems.length)) {
        problems.push({ index, field: issuePath(['records', index, 'data'], issue), message: issue.message });
      }
      return;
    }
    const { updated_at: at, ...record } = parsed.data;
    changes.push({ spec: contract.spec, entity: item.entity, op: item.op, record, updatedAt: String(at) });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, changes };
}
