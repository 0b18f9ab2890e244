/**
 * A crisis pattern: what it means (kind), which language it is written in, and whether it is
 * "strong" (one match raises the flag) or "weak" (distress that only counts together with a
 * second weak signal, e.g. "I can't take it anymore" + "I have nothing left").
 * Patterns run on normalised text (see src/triage/text/normalize.ts).
 */
export type CrisisKind = 'suicidal_ideation' | 'self_harm' | 'immediate_danger' | 'child_safety' | 'distress';
export type CrisisLanguage = 'en' | 'de' | 'es' | 'pl';

export interface CrisisPattern {
  kind: CrisisKind;
  language: CrisisLanguage;
  strong: boolean;
  re: RegExp;
  /** Drop the match when a negation word sits right before it ("not suicidal"). */
  negatable: boolean;
}

type Spec = readonly [CrisisKind, string, ('weak' | 'negatable')?];

export function compileCrisis(language: CrisisLanguage, specs: readonly Spec[]): CrisisPattern[] {
  // Weak phrases are counted one by one, so each alternative becomes its own pattern.
  const expanded = specs.flatMap(([kind, source, flag]): Spec[] =>
    flag === 'weak' ? splitTopLevel(source).map((alt): Spec => [kind, alt, flag]) : [[kind, source, flag]],
  );
  return expanded.map(([kind, source, flag]) => ({
    kind,
    language,
    strong: flag !== 'weak',
    negatable: flag === 'negatable',
    re: new RegExp(`\\b(?:${source})`, 'g'),
  }));
}

/** Split a pattern at the `|` that are not inside parentheses. */
function splitTopLevel(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of source) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (ch === '|' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}
