import { RISK_LEVELS } from '../../risk/types';
import { CRISIS_CATEGORIES } from '../crisis/taxonomy';
import { INTENTS, type CrisisCategory } from '../types';
import type { RulesFile } from './schema';

/** riskdesk's crisis tag: added in code on every crisis ticket, whatever the rules file says. */
export const CRISIS_TAG = 'riskdesk_crisis';

/** The second tier's tag: possible danger, a person reads the ticket for safety first. */
export const CRISIS_REVIEW_TAG = 'riskdesk_crisis_review';

/** Added on either tier: `riskdesk_crisis_<category>`, e.g. riskdesk_crisis_domestic_abuse. */
export function crisisCategoryTag(category: CrisisCategory): string {
  return `riskdesk_crisis_${category}`;
}

/** Risk level placeholder value when the risk lookup failed. */
export const UNKNOWN_LEVEL = 'unknown';

export function expandTag(tag: string, values: { intent: string; level: string }): string {
  return tag.replaceAll('{intent}', values.intent).replaceAll('{level}', values.level);
}

function expandAll(tag: string): string[] {
  const intents = tag.includes('{intent}') ? [...INTENTS] : [''];
  const levels = tag.includes('{level}') ? [...RISK_LEVELS, UNKNOWN_LEVEL] : [''];
  return intents.flatMap((intent) => levels.map((level) => expandTag(tag, { intent, level })));
}

/** Every concrete tag the file can add, sorted; includes the hard-coded crisis, review and category tags. */
export function collectOwnTags(file: RulesFile): string[] {
  const raw = [
    CRISIS_TAG,
    CRISIS_REVIEW_TAG,
    ...CRISIS_CATEGORIES.map(crisisCategoryTag),
    ...(file.defaults.tags ?? []),
    ...(file.crisis.tags ?? []),
    ...file.rules.flatMap((rule) => rule.then.tags ?? []),
  ];
  return [...new Set(raw.flatMap(expandAll))].sort();
}
