/**
 * What an agent's tag change means as labels (pure). Replacing riskdesk's `riskdesk_intent_*`
 * tag (or adding one) names the right intent; adding `riskdesk_crisis` or
 * `riskdesk_crisis_review` flags a crisis, removing it says "not a crisis" (unless the same change
 * adds the other crisis tag: review → crisis is an upgrade); a team tag mapped in the rules
 * file's `labels.tags` means its label.
 */
import { INTENTS, type Intent } from '../../triage/types';
import type { LabelKind } from '../labels/label-types';
import type { LabelSpec } from './label-map-schema';

export const INTENT_TAG_PREFIX = 'riskdesk_intent_';
export const CRISIS_TAGS: readonly string[] = ['riskdesk_crisis', 'riskdesk_crisis_review'];

export interface TagChange {
  added: readonly string[];
  removed: readonly string[];
}

export interface ImpliedLabel {
  kind: LabelKind;
  intent?: Intent;
  /** `tag` for riskdesk's own tags, `rules_map` for a team tag the rules file maps. */
  origin: 'tag' | 'rules_map';
}

const isIntent = (value: string): value is Intent => (INTENTS as readonly string[]).includes(value);

export function labelsFromTagChange(change: TagChange, labelTags: Readonly<Record<string, LabelSpec>> = {}): ImpliedLabel[] {
  const out = new Map<LabelKind, ImpliedLabel>();
  const put = (label: ImpliedLabel): void => {
    if (!out.has(label.kind)) out.set(label.kind, label);
  };
  for (const tag of change.added) {
    const intent = tag.startsWith(INTENT_TAG_PREFIX) ? tag.slice(INTENT_TAG_PREFIX.length) : null;
    if (intent !== null && isIntent(intent)) put({ kind: 'intent', intent, origin: 'tag' });
  }
  const addsCrisis = change.added.some((tag) => CRISIS_TAGS.includes(tag));
  if (addsCrisis) put({ kind: 'crisis', origin: 'tag' });
  else if (change.removed.some((tag) => CRISIS_TAGS.includes(tag))) put({ kind: 'not_crisis', origin: 'tag' });
  for (const tag of change.added) {
    const spec = labelTags[tag];
    if (spec) put({ kind: spec.kind, ...(spec.intent ? { intent: spec.intent } : {}), origin: 'rules_map' });
  }
  return [...out.values()];
}
