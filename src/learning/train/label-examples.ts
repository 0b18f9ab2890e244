/**
 * Labels as training examples, and the time-ordered split: the newest share of the labels (by
 * when they were made) is held out, so the figures say how a model does on corrections it has
 * not seen — as it would in production, where it only ever meets later tickets.
 */
import { normalizeText } from '../../triage/text/normalize';
import type { Intent } from '../../triage/types';
import type { StoredLabel } from '../labels/label-types';

export type TextLabel = StoredLabel & { text: string };

/** Each label example counts this many times beside the corpus: an agent's correction is a strong signal. */
export const LABEL_WEIGHT = 3;

export function withText(labels: ReadonlyArray<StoredLabel & { text: string | null }>): TextLabel[] {
  return labels.filter((l): l is TextLabel => l.text !== null && l.text.trim() !== '');
}

export interface TimeSplit {
  train: TextLabel[];
  heldOut: TextLabel[];
  /** When the held-out labels start (the first held-out label's time), or null when none are held out. */
  heldOutFrom: string | null;
}

/** `labels` oldest first; the newest `share` (at least one when there are two or more) is held out. */
export function timeSplit(labels: readonly TextLabel[], share: number): TimeSplit {
  const sorted = [...labels].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || Number(a.id) - Number(b.id));
  const count = sorted.length < 2 || share <= 0 ? 0 : Math.max(1, Math.floor(sorted.length * share));
  const cut = sorted.length - count;
  return { train: sorted.slice(0, cut), heldOut: sorted.slice(cut), heldOutFrom: count > 0 ? (sorted[cut]?.createdAt ?? null) : null };
}

const repeat = <T>(item: T, times: number): T[] => Array.from({ length: times }, () => item);

export function intentExamples(labels: readonly TextLabel[]): Array<{ text: string; intent: Intent }> {
  return labels.flatMap((l) => (l.kind === 'intent' && l.intent ? repeat({ text: normalizeText(l.text).text, intent: l.intent }, LABEL_WEIGHT) : []));
}

export function crisisExamples(labels: readonly TextLabel[]): Array<{ text: string; crisis: boolean }> {
  return labels.flatMap((l) => (l.kind === 'crisis' || l.kind === 'not_crisis' ? repeat({ text: normalizeText(l.text).text, crisis: l.kind === 'crisis' }, LABEL_WEIGHT) : []));
}
