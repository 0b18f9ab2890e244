/**
 * The crisis taxonomy (docs/crisis-taxonomy.md): every crisis verdict, evidence span, tag and
 * rules condition names one of these codes. Order is the order of urgency used to pick the one
 * category a ticket is filed under when evidence supports several.
 */
export const CRISIS_CATEGORIES = [
  'suicidal_ideation',
  'self_harm',
  'medical_emergency',
  'threat_to_writer',
  'domestic_abuse',
  'stalking',
  'child_safety',
  'threat_by_writer',
  'third_party_concern',
] as const;
export type CrisisCategory = (typeof CRISIS_CATEGORIES)[number];

export function isCrisisCategory(value: unknown): value is CrisisCategory {
  return typeof value === 'string' && (CRISIS_CATEGORIES as readonly string[]).includes(value);
}

/** The most urgent category among several (the taxonomy's order), or null for none. */
export function mostUrgentCategory(categories: Iterable<CrisisCategory>): CrisisCategory | null {
  let best: CrisisCategory | null = null;
  for (const category of categories) {
    if (best === null || CRISIS_CATEGORIES.indexOf(category) < CRISIS_CATEGORIES.indexOf(best)) best = category;
  }
  return best;
}

/** Kinds written by the pattern detector, mapped onto the taxonomy. */
const KIND_CATEGORY: Record<string, CrisisCategory> = {
  suicidal_ideation: 'suicidal_ideation',
  distress: 'suicidal_ideation',
  self_harm: 'self_harm',
  immediate_danger: 'threat_to_writer',
  child_safety: 'child_safety',
};

export function categoryOfKind(kind: string): CrisisCategory {
  return isCrisisCategory(kind) ? kind : (KIND_CATEGORY[kind] ?? 'third_party_concern');
}
