import { RISK_LEVELS } from '../../risk/types';
import { INTENTS } from '../types';
import type { RulesFile } from './schema';

/** riskdesk's crisis tag: added in code on every crisis ticket, whatever the rules file says. */
export const CRISIS_TAG = 'riskdesk_crisis';

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

/** Every concrete tag the file can add, sorted; includes the hard-coded crisis tag. */
export function collectOwnTags(file: RulesFile): string[] {
  const raw = [
    CRISIS_TAG,
    ...(file.defaults.tags ?? []),
    ...(file.crisis.tags ?? []),
    ...file.rules.flatMap((rule) => rule.then.tags ?? []),
  ];
  return [...new Set(raw.flatMap(expandAll))].sort();
}
