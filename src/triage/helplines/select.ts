/**
 * Which crisis lines an agent sees for one ticket: the requester's country (from the risk
 * context), else the region of the ticket's locale, else the fallback; within the country the
 * lines for the ticket's crisis category first, then its general crisis lines.
 */
import type { Ticket } from '../../domain/ticket';
import type { RiskContext } from '../../risk/types';
import type { CrisisCategory } from '../crisis/taxonomy';
import type { CountryHelplines, HelplineDirectory } from './schema';

/** Lines shown per ticket: enough to choose, few enough to read at a glance. */
export const MAX_LINES = 3;

export interface ChosenHelpline {
  name: string;
  contact: string;
  hours?: string;
}

export interface HelplineChoice {
  /** ISO 3166-1 alpha-2 code of the country whose entry is used; null when none is known. */
  country: string | null;
  /** The country's name, or the fallback's. */
  name: string;
  /** Where the country came from. */
  basis: 'requester' | 'locale' | 'none';
  emergency: string | null;
  lines: ChosenHelpline[];
  /** True when the fallback's lines are shown (country unknown, not in the file, or without lines). */
  fallback: boolean;
}

const ALIASES: Record<string, string> = { UK: 'GB', EL: 'GR' };

export function normalizeCountry(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) return null;
  return ALIASES[code] ?? code;
}

/** The region of a BCP 47 locale (`en-GB`, `de_AT`, `es-419` → null); a bare language has none. */
export function regionOfLocale(locale: string | null | undefined): string | null {
  if (typeof locale !== 'string') return null;
  const region = locale.split(/[-_]/).slice(1).find((part) => /^[A-Za-z]{2}$/.test(part));
  return normalizeCountry(region);
}

export function countryOf(ticket: Pick<Ticket, 'locale'> | null, context: RiskContext | null): { country: string | null; basis: HelplineChoice['basis'] } {
  const requester = normalizeCountry(context?.requester?.account.country);
  if (requester) return { country: requester, basis: 'requester' };
  const locale = regionOfLocale(ticket?.locale);
  if (locale) return { country: locale, basis: 'locale' };
  return { country: null, basis: 'none' };
}

function linesFor(entry: CountryHelplines, category: CrisisCategory | null): ChosenHelpline[] {
  const specific = category === null ? [] : entry.lines.filter((line) => line.categories?.includes(category));
  const general = entry.lines.filter((line) => line.categories === undefined);
  return [...specific, ...general].slice(0, MAX_LINES).map((line) => ({ name: line.name, contact: line.contact, ...(line.hours ? { hours: line.hours } : {}) }));
}

export function selectHelplines(directory: HelplineDirectory, where: { country: string | null; basis: HelplineChoice['basis'] }, category: CrisisCategory | null): HelplineChoice {
  const entry = where.country === null ? undefined : directory.countries[where.country];
  const fallbackLines = linesFor(directory.fallback, category);
  if (!entry) {
    return { country: where.country, name: directory.fallback.name, basis: where.basis, emergency: directory.fallback.emergency ?? null, lines: fallbackLines, fallback: true };
  }
  const lines = linesFor(entry, category);
  const emergency = entry.emergency ?? directory.fallback.emergency ?? null;
  if (lines.length === 0) return { country: where.country, name: entry.name, basis: where.basis, emergency, lines: fallbackLines, fallback: true };
  return { country: where.country, name: entry.name, basis: where.basis, emergency, lines, fallback: false };
}
