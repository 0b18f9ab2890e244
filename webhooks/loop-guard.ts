import type { Normalized } from './types';

export const OWN_TAG_PREFIX = 'riskdesk_';

export function isOwnTag(tag: string, ownTags: ReadonlySet<string>): boolean {
  return tag.startsWith(OWN_TAG_PREFIX) || ownTags.has(tag);
}

/**
 * riskdesk's own write-backs come back as webhooks. Drop them: the actor is riskdesk's own
 * Zendesk user / Intercom admin, or the only change is to riskdesk's own tags.
 */
export function loopGuard(
  normalized: Extract<Normalized, { type: 'event' }>,
  ownActorId: string | undefined,
  ownTags: ReadonlySet<string>,
): 'own_update' | 'own_tags' | null {
  if (ownActorId && normalized.actorIds.includes(ownActorId)) return 'own_update';
  const change = normalized.tagChange;
  if (change) {
    const changed = [...change.added, ...change.removed];
    if (changed.length > 0 && changed.every((tag) => isOwnTag(tag, ownTags))) return 'own_tags';
  }
  return null;
}
