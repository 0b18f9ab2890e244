/**
 * Finds the indicator combinations of indicators.ts in crisis-folded text: families of one rule
 * (its anchor among them) close enough together to be one story.
 */
import type { CrisisCategory } from '../types';
import { compileCues, cueHits, type CueHit } from './cue-scan';
import { INDICATOR_RULES } from './indicators';

/** The hits that combine lie within this many characters (a short ticket's length). */
export const COMBINATION_REACH = 800;

export interface Combination {
  category: CrisisCategory;
  /** One hit per family that combined, in text order. */
  hits: CueHit[];
}

const SEPARATOR = ':';
/** Every rule's families in one expression (one scan), each family named `rule index:family`. */
const ALL = compileCues(INDICATOR_RULES.map((rule, i) => Object.fromEntries(Object.entries(rule.families).map(([family, cues]) => [`${i}${SEPARATOR}${family}`, cues]))));

/** The first combination in the folded text (rules in their listed order), or null. */
export function combinationIn(folded: string): Combination | null {
  const found: CueHit[] = [];
  cueHits(ALL, folded, 0, folded.length, found);
  if (found.length < 2) return null;
  for (const [i, rule] of INDICATOR_RULES.entries()) {
    const prefix = `${i}${SEPARATOR}`;
    const own = found.filter((hit) => hit.concepts.some((c) => c.startsWith(prefix)));
    for (const [k, first] of own.entries()) {
      const families = new Map<string, CueHit>();
      for (const hit of own.slice(k)) {
        if (hit.start - first.start > COMBINATION_REACH) break;
        for (const concept of hit.concepts) {
          const family = concept.slice(prefix.length);
          if (concept.startsWith(prefix) && !families.has(family)) families.set(family, hit);
        }
      }
      const combines = families.size >= rule.needs && (rule.anchor === undefined || families.has(rule.anchor));
      if (combines) return { category: rule.category, hits: [...new Set(families.values())] };
    }
  }
  return null;
}
