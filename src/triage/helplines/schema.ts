/**
 * The helplines file's shape (config/helplines.yaml, docs/helplines.md). Every line names its
 * source and the date it was last checked, so agents and reviewers can tell how fresh it is.
 */
import { z } from 'zod';
import { CRISIS_CATEGORIES } from '../crisis/taxonomy';

const CATEGORY_HELP = `one of: ${CRISIS_CATEGORIES.join(', ')}`;
const short = (what: string, max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${what} is required` : `${what} is text`) }).trim().min(1, `${what} is empty`).max(max, `keep ${what} under ${max} characters`);

export const helplineSchema = z.strictObject({
  name: short('name', 120),
  contact: short('contact', 160),
  categories: z
    .array(z.enum(CRISIS_CATEGORIES, { error: (issue) => `unknown crisis category ${JSON.stringify(issue.input)} — ${CATEGORY_HELP}` }))
    .min(1, `list at least one category, or leave categories out for a general crisis line`)
    .optional(),
  hours: short('hours', 80).optional(),
  source: short('source', 300),
  verified: z.string({ error: 'verified is required: the date the line was last checked, YYYY-MM-DD (quote it if your editor turns it into a date)' }).regex(/^\d{4}-\d{2}-\d{2}$/, 'verified is a date, YYYY-MM-DD'),
});

const emergency = short('emergency', 160);

export const countryEntrySchema = z
  .strictObject({
    name: short('name', 80),
    emergency: emergency.optional(),
    emergencySource: short('emergencySource', 300).optional(),
    lines: z.array(helplineSchema),
  })
  .refine((entry) => entry.emergency === undefined || entry.emergencySource !== undefined, {
    message: 'give emergencySource (where the emergency number was checked) with emergency',
    path: ['emergencySource'],
  });

export const helplinesFileSchema = z.strictObject({
  countries: z.record(z.string(), countryEntrySchema),
  fallback: countryEntrySchema,
});

/** Country keys are checked apart so their problems are listed even when an entry is also wrong. */
export const COUNTRY_KEY = /^[A-Z]{2}$/;

export type Helpline = z.infer<typeof helplineSchema>;
export type CountryHelplines = z.infer<typeof countryEntrySchema>;
export type HelplinesFile = z.infer<typeof helplinesFileSchema>;

/** A validated helplines file, ready for decide(). */
export interface HelplineDirectory {
  file: string;
  countries: Readonly<Record<string, CountryHelplines>>;
  fallback: CountryHelplines;
}
