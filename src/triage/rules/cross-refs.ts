/**
 * Checks zod cannot do alone: names used by rules must exist, rule ids must be unique, the
 * crisis policy must point at a real destination and macro, and a rule written for review tickets
 * must not route them to the crisis destination (riskdesk would skip that route anyway).
 */
import { z } from 'zod';
import type { FieldPath } from './positions';
import type { RulesFile } from './schema';

/**
 * A forgiving view of the raw file (anything malformed becomes empty) so cross-references are
 * checked even when the schema also failed: one run of `rules check` lists every problem.
 */
const optionalName = z.string().optional().catch(undefined);
const looseSchema = z.object({
  defaults: z.object({ route: optionalName }).catch({ route: undefined }),
  crisis: z.object({ destination: optionalName, macro: optionalName }).catch({ destination: undefined, macro: undefined }),
  destinations: z.record(z.string(), z.unknown()).catch({}),
  macros: z.record(z.string(), z.unknown()).catch({}),
  rules: z
    .array(
      z
        .object({
          id: optionalName,
          when: z.object({ crisisReview: z.boolean().optional().catch(undefined) }).catch({ crisisReview: undefined }),
          then: z.object({ route: optionalName, macros: z.array(z.unknown()).optional().catch(undefined) }).catch({ route: undefined, macros: undefined }),
        })
        .catch({ id: undefined, when: { crisisReview: undefined }, then: { route: undefined, macros: undefined } }),
    )
    .catch([]),
});
type LooseRulesView = z.infer<typeof looseSchema>;

export function looseView(raw: unknown): LooseRulesView {
  return looseSchema.parse(raw ?? {});
}

export interface RefProblem {
  path: FieldPath;
  message: string;
}

function known(kind: string, names: string[]): string {
  return names.length > 0 ? `define it under ${kind} or use one of: ${names.join(', ')}` : `define it under ${kind}`;
}

export function crossReferenceProblems(file: LooseRulesView): RefProblem[] {
  const problems: RefProblem[] = [];
  const destinations = Object.keys(file.destinations);
  const macros = Object.keys(file.macros);
  const checkRoute = (route: string | undefined, path: FieldPath): void => {
    if (route !== undefined && !destinations.includes(route)) {
      problems.push({ path, message: `unknown destination "${route}" — ${known('destinations', destinations)}` });
    }
  };
  const checkMacros = (names: unknown[] | undefined, path: FieldPath): void => {
    (names ?? []).forEach((macro, index) => {
      if (typeof macro === 'string' && !macros.includes(macro)) problems.push({ path: [...path, index], message: `unknown macro "${macro}" — ${known('macros', macros)}` });
    });
  };

  checkRoute(file.defaults.route, ['defaults', 'route']);
  if (file.crisis.destination !== undefined && !destinations.includes(file.crisis.destination)) {
    problems.push({
      path: ['crisis', 'destination'],
      message: `crisis destination "${file.crisis.destination}" is not defined — crisis tickets must route to a real team: ${known('destinations', destinations)}`,
    });
  }
  if (file.crisis.macro !== undefined && !macros.includes(file.crisis.macro)) {
    problems.push({ path: ['crisis', 'macro'], message: `crisis macro "${file.crisis.macro}" is not defined — ${known('macros', macros)}` });
  }

  const seen = new Map<string, number>();
  file.rules.forEach((rule, index) => {
    const first = rule.id === undefined ? undefined : seen.get(rule.id);
    if (first !== undefined) {
      problems.push({ path: ['rules', index, 'id'], message: `duplicate rule id "${rule.id}" (first used by rules[${first}]) — rule ids must be unique` });
    } else if (rule.id !== undefined) seen.set(rule.id, index);
    checkRoute(rule.then.route, ['rules', index, 'then', 'route']);
    if (rule.when.crisisReview === true && rule.then.route !== undefined && rule.then.route === file.crisis.destination) {
      problems.push({
        path: ['rules', index, 'then', 'route'],
        message: `review tickets (crisisReview: true) are never routed to the crisis destination "${rule.then.route}" automatically — route them to a review queue (e.g. a senior Trust & Safety team); an agent escalates to the crisis team by hand`,
      });
    }
    checkMacros(rule.then.macros, ['rules', index, 'then', 'macros']);
  });
  return problems;
}

/** Non-fatal: a name mapped for one helpdesk only cannot be applied on the other. */
export function mappingWarnings(file: RulesFile): string[] {
  const warnings: string[] = [];
  for (const [name, destination] of Object.entries(file.destinations)) {
    if (!destination.zendesk) warnings.push(`destination "${name}" has no zendesk.groupId: Zendesk tickets routed there keep their group`);
    if (!destination.intercom) warnings.push(`destination "${name}" has no intercom.teamId: Intercom conversations routed there stay unassigned`);
  }
  for (const [name, macro] of Object.entries(file.macros)) {
    if (!macro.zendesk) warnings.push(`macro "${name}" has no zendesk.macroId: it is skipped on Zendesk`);
    if (!macro.intercom) warnings.push(`macro "${name}" has no intercom.macroId: it is skipped on Intercom`);
  }
  return warnings;
}
