import type { Mentions } from './types';
import type { EntityPatterns } from './config';

/** Defaults used when no config is passed (same as config/risk.yaml). */
export const DEFAULT_ENTITY_PATTERNS: EntityPatterns = {
  orderPattern: String.raw`(?:#?\bWN-(\d{6,12})\b|\border\s*(?:#|no\.?|number)?\s*(\d{6,12})\b)`,
  orderIdTemplate: 'WN-{id}',
  handlePattern: String.raw`(?<![\w.+-])@([A-Za-z0-9_][A-Za-z0-9_.]{1,30}[A-Za-z0-9_])`,
  trackingPatterns: [
    String.raw`\b(1Z[0-9A-Z]{16})\b`,
    String.raw`\b(9[0-9]{21,25})\b`,
    String.raw`\b([A-Z]{2}[0-9]{9}[A-Z]{2})\b`,
    String.raw`\b(JD[0-9]{16,18})\b`,
  ],
  maxTextChars: 20000,
  maxPerKind: 10,
  maxParties: 12,
  maxLinkedPerFingerprint: 25,
};

/** Strips control and binary noise so a pasted blob cannot stretch a match or hide one. */
function scannable(text: string, maxChars: number): string {
  const bounded = typeof text === 'string' ? text.slice(0, maxChars) : '';
  // eslint-disable-next-line no-control-regex
  return bounded.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g, ' ');
}

function collect(text: string, pattern: string, limit: number, normalise: (value: string) => string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(new RegExp(pattern, 'giu'))) {
    const value = match.slice(1).find((group) => group !== undefined) ?? match[0];
    const normalised = normalise(value);
    if (normalised && !found.includes(normalised)) found.push(normalised);
    if (found.length >= limit) break;
  }
  return found;
}

/**
 * Order ids, seller handles and tracking numbers the ticket names. Bounded: only the first
 * `maxTextChars` are scanned and at most `maxPerKind` values of each kind are returned; values
 * are only ever used as bound query parameters.
 */
export function extractMentions(text: string, patterns: EntityPatterns = DEFAULT_ENTITY_PATTERNS): Mentions {
  const clean = scannable(text, patterns.maxTextChars);
  const limit = patterns.maxPerKind;
  const orderIds = collect(clean, patterns.orderPattern, limit, (id) => patterns.orderIdTemplate.replace('{id}', id));
  const handles = collect(clean, patterns.handlePattern, limit, (h) => h.toLowerCase());
  const trackingNumbers: string[] = [];
  for (const pattern of patterns.trackingPatterns) {
    for (const value of collect(clean, pattern, limit, (t) => t.toUpperCase())) {
      if (trackingNumbers.length < limit && !trackingNumbers.includes(value)) trackingNumbers.push(value);
    }
  }
  return { orderIds, handles, trackingNumbers };
}
