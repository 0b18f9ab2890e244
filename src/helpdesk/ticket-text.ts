/**
 * Shared by both vendors: the note-ref pattern and the bounded customer text.
 */
const NOTE_REF_PATTERN = /\brd-[0-9a-f]{8,16}\b/g;

/** Every distinct `rd-…` ref in a note body, in order of appearance. */
export function extractNoteRefs(text: string): string[] {
  return [...new Set(text.match(NOTE_REF_PATTERN) ?? [])];
}

export const MAX_CUSTOMER_MESSAGES = 10;
export const MAX_CUSTOMER_TEXT_CHARS = 8000;

/**
 * Joins customer messages (oldest first) into the ticket text, newest last. Keeps the opening
 * message plus the most recent ones within the bounds: the opener says what the ticket is
 * about, the latest say what changed. Exact repeats (description == first comment) collapse.
 */
export function composeCustomerText(messages: string[]): string {
  const unique = messages.map((message) => message.trim()).filter((message, index, all) => message.length > 0 && all.indexOf(message) === index);
  if (unique.length === 0) return '';
  const [first, ...rest] = unique as [string, ...string[]];
  const recent = rest.slice(-(MAX_CUSTOMER_MESSAGES - 1));
  const kept: string[] = [];
  let budget = MAX_CUSTOMER_TEXT_CHARS - Math.min(first.length, MAX_CUSTOMER_TEXT_CHARS / 2);
  for (let i = recent.length - 1; i >= 0; i -= 1) {
    const message = recent[i] ?? '';
    if (message.length > budget) break;
    kept.unshift(message);
    budget -= message.length + 2;
  }
  const opener = first.length > MAX_CUSTOMER_TEXT_CHARS / 2 ? `${first.slice(0, MAX_CUSTOMER_TEXT_CHARS / 2)}…` : first;
  return [opener, ...kept].join('\n\n');
}
