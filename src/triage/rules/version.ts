import { createHash } from 'node:crypto';

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

/**
 * Version = first 12 hex chars of sha256 over the validated content with sorted keys: editing a
 * comment or re-indenting keeps the version; changing any value changes it.
 */
export function rulesVersion(content: unknown): string {
  return createHash('sha256').update(JSON.stringify(canonical(content))).digest('hex').slice(0, 12);
}
