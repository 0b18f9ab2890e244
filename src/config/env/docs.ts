/**
 * The environment variables' reference, generated from the schema itself (constraint and
 * meaning are metadata on each field), so docs/configuration.md cannot drift from what is
 * enforced: `npm run docs:config` rewrites its table, and a test compares the two.
 */
import { z } from 'zod';
import { envSchema, SECRET_ENV_NAMES } from './schema';

export interface EnvDoc {
  name: string;
  /** What an unset variable means, or null when it has no default. */
  defaultValue: string | null;
  constraint: string;
  meaning: string;
  secret: boolean;
}

export const TABLE_BEGIN = '<!-- env-table:begin (generated from src/config/env/schema.ts by `npm run docs:config`) -->';
export const TABLE_END = '<!-- env-table:end -->';

type Field = z.ZodType;

/** A field's metadata, looking through the pipes a `.transform()` adds. */
function metaOf(field: Field, key: 'constraint' | 'description'): string | undefined {
  const value = field.meta()?.[key];
  if (typeof value === 'string') return value;
  return field instanceof z.ZodPipe ? metaOf(field.in as Field, key) : undefined;
}

function defaultOf(field: Field): string | null {
  const parsed = field.safeParse(undefined);
  return parsed.success && parsed.data !== undefined ? `\`${String(parsed.data)}\`` : null;
}

export function envDocs(): EnvDoc[] {
  return Object.entries(envSchema.shape).map(([name, field]) => ({
    name,
    defaultValue: defaultOf(field),
    constraint: metaOf(field, 'constraint') ?? '',
    meaning: metaOf(field, 'description') ?? '',
    secret: (SECRET_ENV_NAMES as readonly string[]).includes(name),
  }));
}

const cell = (text: string): string => text.replace(/\|/g, '\\|');

export function renderEnvTable(docs: readonly EnvDoc[] = envDocs()): string {
  const rows = docs.map((doc) => `| \`${doc.name}\` | ${doc.defaultValue ?? 'unset'} | ${cell(doc.constraint)} | ${cell(doc.meaning)}${doc.secret ? '. **Secret**: never logged or echoed' : ''} |`);
  return [TABLE_BEGIN, '| Variable | Default | Constraint | Meaning |', '| --- | --- | --- | --- |', ...rows, TABLE_END].join('\n');
}

/** `document` with its generated table replaced by the current one. */
export function withCurrentEnvTable(document: string): string {
  const begin = document.indexOf(TABLE_BEGIN);
  const end = document.indexOf(TABLE_END);
  if (begin < 0 || end < begin) throw new Error(`docs/configuration.md lacks the table markers (${TABLE_BEGIN} … ${TABLE_END})`);
  return document.slice(0, begin) + renderEnvTable() + document.slice(end + TABLE_END.length);
}
