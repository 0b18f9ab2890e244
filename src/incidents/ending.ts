/**
 * How an incident ended, as stored (`resolved_reason`, `resolved_at`, `resolved_by`) and in words.
 * ENDING_WORDS is the one place an ending is worded: the CLI and the sidebars read it through
 * endingText (with the stored UTC time), the dashboard through endingLabel (without it, so the
 * browser can show the time in the reader's own time zone).
 */
import { RESOLVE_REASONS, type Incident, type ResolveReason } from './types';

const KNOWN: ReadonlySet<string> = new Set(RESOLVE_REASONS);
const isResolveReason = (value: string): value is ResolveReason => KNOWN.has(value);

/** A stored reason, or null: a reason written by a newer version is shown as no reason rather than guessed at. */
export function parseResolveReason(value: unknown): ResolveReason | null {
  return typeof value === 'string' && isResolveReason(value) ? value : null;
}

export type IncidentEnding = Pick<Incident, 'status' | 'mergedInto' | 'resolvedReason' | 'resolvedAt' | 'resolvedBy'>;

/** An ending in words, split where its time goes: `${what} at ${time} ${detail}`. */
export interface EndingWords {
  /** What happened: "solved in the helpdesk", "merged into INC-00009". */
  what: string;
  /** What follows the time, when anything does: "by helpdesk user 7700". */
  detail: string | null;
}

/** The words of every reason (a Record, so a new reason does not compile until it is worded here). */
export const ENDING_WORDS: { readonly [R in ResolveReason]: (ending: IncidentEnding) => EndingWords } = {
  solved_in_helpdesk: (e) => ({ what: 'solved in the helpdesk', detail: e.resolvedBy ? `by helpdesk user ${e.resolvedBy}` : null }),
  expired: () => ({ what: 'expired', detail: '(no new ticket within the window)' }),
  merged: (e) => ({ what: `merged into ${e.mergedInto ?? 'another incident'}`, detail: null }),
};

/** A reason this version does not know (parseResolveReason gave null): said no further than "resolved". */
const UNKNOWN_ENDING: EndingWords = { what: 'resolved', detail: null };

/** The words of how it ended; null while open. */
export function endingWords(ending: IncidentEnding): EndingWords | null {
  if (ending.status === 'open') return null;
  return ending.resolvedReason ? ENDING_WORDS[ending.resolvedReason](ending) : UNKNOWN_ENDING;
}

const joined = (...parts: Array<string | null>): string => parts.filter((p): p is string => Boolean(p)).join(' ');

/** "solved in the helpdesk at 2026-11-20T10:30:00.000Z by helpdesk user 7700"; null while open. */
export function endingText(ending: IncidentEnding): string | null {
  const words = endingWords(ending);
  return words && joined(words.what, ending.resolvedAt ? `at ${ending.resolvedAt}` : null, words.detail);
}

/** The same words without the time — "solved in the helpdesk by helpdesk user 7700" — for a reader that formats resolvedAt itself; null while open. */
export function endingLabel(ending: IncidentEnding): string | null {
  const words = endingWords(ending);
  return words && joined(words.what, words.detail);
}
