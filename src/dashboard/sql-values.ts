/** Values read back from pg and PGlite alike: numbers may arrive as strings, times as Date or text. */
export const num = (value: unknown): number => (typeof value === 'number' ? value : Number(value ?? 0));

export function iso(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** SQL for an epoch-milliseconds number from a timestamptz expression. */
export const epochMs = (expr: string): string => `(extract(epoch FROM ${expr}) * 1000)::float8`;
