import { z } from 'zod';

/**
 * Reusable env field parsers: env values are strings, so every field coerces explicitly, and an
 * empty value counts as unset. Each parser states its constraint in the schema's metadata
 * (`constraint`), which docs/configuration.md is generated from (src/config/env/docs.ts).
 */
const emptyToUndefined = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

export const optionalString = (constraint = 'text') => z.preprocess(emptyToUndefined, z.string().trim().optional()).meta({ constraint });

export const text = (fallback: string, constraint = 'text') => z.preprocess(emptyToUndefined, z.string().default(fallback)).meta({ constraint });

export const port = (fallback: number) =>
  z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(fallback)).meta({ constraint: 'integer 0–65535' });

export const positiveInt = (fallback: number) =>
  z.preprocess(emptyToUndefined, z.coerce.number().int().positive().default(fallback)).meta({ constraint: 'integer ≥ 1' });

export const nonNegativeInt = (fallback: number) =>
  z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).default(fallback)).meta({ constraint: 'integer ≥ 0' });

export const url = (fallback?: string) =>
  (fallback === undefined ? z.preprocess(emptyToUndefined, z.url().optional()) : z.preprocess(emptyToUndefined, z.url().default(fallback))).meta({ constraint: 'URL' });

const oneOfConstraint = (values: readonly string[]): string => `one of ${values.map((v) => `\`${v}\``).join(', ')}`;

export const oneOf = <const Values extends readonly [string, ...string[]]>(values: Values, fallback: Values[number]) =>
  z.preprocess(emptyToUndefined, z.enum(values).default(fallback)).meta({ constraint: oneOfConstraint(values) });

export const optionalOneOf = <const Values extends readonly [string, ...string[]]>(values: Values) =>
  z.preprocess(emptyToUndefined, z.enum(values).optional()).meta({ constraint: oneOfConstraint(values) });

/** An optional secret token of at least `minLength` characters. */
export const token = (minLength: number) =>
  z.preprocess(emptyToUndefined, z.string().trim().min(minLength, `must be at least ${minLength} characters`).optional()).meta({ constraint: `at least ${minLength} characters` });

/** Secrets may hold two comma-separated values during a rotation. */
export const secretList = () =>
  z
    .preprocess(
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
    )
    .meta({ constraint: 'at least 8 characters; two comma-separated values (`old,new`) during a rotation' });
