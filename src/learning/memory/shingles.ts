/**
 * Near-identical wording, cheaply: the text is masked as labels are (emails, long numbers),
 * normalised as the detectors normalise it (folded, lower-cased), its words joined by single
 * spaces and cut into overlapping character shingles, each hashed to a 32-bit number.
 */
import { normalizeText } from '../../triage/text/normalize';
import { maskLabelText } from '../labels/mask-label-text';

export const SHINGLE_CHARS = 5;
/** Texts with fewer shingles than this are too short to match anything safely ("help me"). */
export const MIN_SHINGLES = 12;
/** Only the first part of a long ticket is read: the memory is for near-identical messages. */
const MAX_CHARS = 8000;

function fnv1a(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The canonical form both sides are compared in. */
export function canonicalText(text: string): string {
  const masked = maskLabelText('', text.slice(0, MAX_CHARS));
  return normalizeText(masked)
    .text.toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function shingles(text: string): Set<number> {
  const canonical = canonicalText(text);
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE_CHARS <= canonical.length; i += 1) out.add(fnv1a(canonical, i, i + SHINGLE_CHARS));
  return out;
}
