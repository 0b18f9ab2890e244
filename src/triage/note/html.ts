/**
 * Text hygiene for the note. Everything that reaches the note passes through `text()`: emails are
 * masked first (so clipping cannot leave half an address), long opaque tokens (fingerprints) are
 * shortened, then the result is clipped and HTML-escaped. Ticket text and data are hostile.
 */
import { maskEmails } from '../../logging/logger';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/** `a3f9c2d18e7b6a5f4c3d2e1f` → `a3f9c2d1…`: enough to compare, not enough to reuse. */
export function shortenFingerprint(value: string): string {
  return value.length > 10 ? `${value.slice(0, 8)}…` : value;
}

// Opaque ids of 24+ characters (device / payment fingerprints, tokens) inside free text.
const OPAQUE_TOKEN = /\b[A-Za-z0-9_+/=-]{24,}\b/g;

// Control characters (except tab/newline) can break helpdesk renderers; drop them.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;

/** Clips by code points so a surrogate pair is never split. */
export function clip(value: string, max: number): string {
  if (value.length <= max) return value;
  const chars = Array.from(value.slice(0, max * 2 + 2));
  return chars.length <= max ? chars.join('') : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

// Room past the clip point so an email crossing it is still masked whole (emails are ≤ 254 chars).
const MASK_WINDOW = 300;

/** Safe, bounded HTML text for any untrusted value; cost is bounded by `max`, not the input size. */
export function text(value: string | number | boolean | null | undefined, max = 200): string {
  if (value === null || value === undefined) return '—';
  const raw = String(value).slice(0, max * 2 + MASK_WINDOW).replace(CONTROL, '');
  const masked = maskEmails(raw).replace(OPAQUE_TOKEN, (token) => shortenFingerprint(token));
  return escapeHtml(clip(masked, max));
}

/** Renders at most `limit` items (only those are rendered) and a stable "… N more" tail. */
export function list<T>(items: readonly T[], limit: number, render: (item: T) => string, ordered = false): string {
  if (items.length === 0) return '';
  const shown = items.slice(0, limit).map((item) => `<li>${render(item)}</li>`);
  if (items.length > limit) shown.push(`<li><i>… ${items.length - limit} more</i></li>`);
  const tag = ordered ? 'ol' : 'ul';
  return `<${tag}>${shown.join('')}</${tag}>`;
}

export function title(label: string): string {
  return `<p><b>${escapeHtml(label)}</b></p>`;
}
