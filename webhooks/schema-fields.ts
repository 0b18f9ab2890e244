import { z } from 'zod';

/** Field parsers shared by the vendor schemas: vendors send ids as numbers or strings, and empty placeholders as "". */
export const idField = z
  .union([z.string().trim().min(1).max(200), z.number().int().nonnegative()])
  .transform((value) => String(value));

export const optionalId = z
  .union([z.string().max(200), z.number().int()])
  .nullish()
  .transform((value) => (value === null || value === undefined || value === '' ? undefined : String(value)));

export const optionalText = z
  .string()
  .nullish()
  .transform((value) => (value === null || value === undefined || value === '' ? undefined : value));

export const tagList = z.array(z.string().max(200)).max(1000);

/** ISO 8601 time that Date.parse understands. */
export const isoTime = z.string().refine((value) => /^\d{4}-\d{2}-\d{2}T/.test(value) && Number.isFinite(Date.parse(value)), 'must be an ISO 8601 time');

export function toIso(value: string | number | undefined, fallback: string): string {
  if (value === undefined) return fallback;
  const date = new Date(typeof value === 'number' ? value * 1000 : Date.parse(value));
  // Out-of-range times (valid JSON numbers, invalid dates) fall back instead of throwing.
  return Number.isFinite(date.getTime()) ? date.toISOString() : fallback;
}
