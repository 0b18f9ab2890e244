import { z } from 'zod';

/** Reusable env field parsers: env values are strings, so every field coerces explicitly. */
const emptyToUndefined = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

export const optionalString = () => z.preprocess(emptyToUndefined, z.string().trim().optional());

export const port = (fallback: number) =>
  z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(fallback));

export const positiveInt = (fallback: number) =>
  z.preprocess(emptyToUndefined, z.coerce.number().int().positive().default(fallback));

export const nonNegativeInt = (fallback: number) =>
  z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).default(fallback));

export const url = (fallback?: string) =>
  fallback === undefined
    ? z.preprocess(emptyToUndefined, z.url().optional())
    : z.preprocess(emptyToUndefined, z.url().default(fallback));

/** Secrets may hold two comma-separated values during a rotation. */
export const secretList = () =>
  z.preprocess(
    emptyToUndefined,
    z
      .string()
      .transform((value) =>
        value
          .split(',')
          .map((part) => part.trim())
          .filter((part) => part.length > 0),
      )
      .pipe(z.array(z.string().min(8, 'each secret must be at least 8 characters')).max(2, 'at most two secrets (current and next) during a rotation'))
      .optional(),
  );
