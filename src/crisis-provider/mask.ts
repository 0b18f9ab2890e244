/**
 * What leaves riskdesk for a model service: the ticket text with obvious PII masked (emails,
 * phone numbers, card-like numbers) and its length bounded. Crisis wording survives masking.
 */
export const MAX_SENT_CHARS = 4000;

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// 13–19 digits with optional spaces or dashes between groups: payment cards and IBAN-like runs.
const CARD_LIKE = /\b(?:\d[ -]?){12,18}\d\b/g;
// International or national phone numbers: 7+ digits with the usual separators, optional +country code.
const PHONE = /(?:\+|\b00)?\d[\d ().-]{5,}\d\b/g;

const countDigits = (text: string): number => (text.match(/\d/g) ?? []).length;

export function maskForProvider(text: string, maxChars = MAX_SENT_CHARS): string {
  const masked = text
    .replace(EMAIL, '[email]')
    .replace(CARD_LIKE, (match) => (countDigits(match) >= 13 ? '[card]' : match))
    .replace(PHONE, (match) => (countDigits(match) >= 7 ? '[phone]' : match));
  // The beginning carries the subject and the customer's own words; the tail is usually quoted history.
  return masked.length > maxChars ? `${masked.slice(0, maxChars)} […]` : masked;
}
