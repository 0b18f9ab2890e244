/**
 * The rules engine. Rules run in file order and every matching rule ACCUMULATES:
 * tags, macros, next steps and note sections are unioned (first-seen order); priority is the
 * highest any fired rule sets; SLA the smallest; route comes from the FIRST fired rule that sets
 * one. A fired rule with `stop: true` ends evaluation. Defaults fill what no rule set.
 * The crisis override runs after, in code, whatever the file says.
 */
import { PRIORITIES, type DecisionActions, type Priority } from '../types';
import { matches } from './conditions';
import type { Facts } from './facts';
import { CRISIS_TAG, UNKNOWN_LEVEL, expandTag } from './own-tags';
import type { NoteSection, Rules } from './types';

export interface Evaluation {
  fired: string[];
  actions: DecisionActions;
  /** Same as actions.noteSections, typed for the note renderer. */
  sections: NoteSection[];
}

const rank = (priority: Priority): number => PRIORITIES.indexOf(priority);

class Accumulator {
  readonly tags = new Set<string>();
  readonly macros = new Set<string>();
  readonly nextSteps = new Set<string>();
  readonly sections = new Set<NoteSection>();
  readonly emphasized = new Set<NoteSection>();
  priority: Priority | null = null;
  route: string | null = null;
  slaMinutes: number | null = null;

  raisePriority(priority: Priority): void {
    if (this.priority === null || rank(priority) > rank(this.priority)) this.priority = priority;
  }

  lowerSla(minutes: number): void {
    if (this.slaMinutes === null || minutes < this.slaMinutes) this.slaMinutes = minutes;
  }
}

function noteSections(acc: Accumulator): NoteSection[] {
  const rest = [...acc.sections].filter((section) => !acc.emphasized.has(section));
  return [...acc.emphasized, ...rest];
}

export function evaluateRules(rules: Rules, facts: Facts): Evaluation {
  const acc = new Accumulator();
  const fired: string[] = [];
  const tagValues = { intent: facts.primaryIntent, level: facts.level ?? UNKNOWN_LEVEL };
  for (const tag of rules.defaults.tags ?? []) acc.tags.add(expandTag(tag, tagValues));
  for (const section of rules.defaults.noteSections) acc.sections.add(section);

  for (const rule of rules.rules) {
    if (!rule.enabled || !matches(rule.when, facts)) continue;
    fired.push(rule.id);
    const then = rule.then;
    for (const tag of then.tags ?? []) acc.tags.add(expandTag(tag, tagValues));
    for (const macro of then.macros ?? []) acc.macros.add(macro);
    for (const step of then.nextSteps ?? []) acc.nextSteps.add(step);
    for (const section of [...(then.noteSections ?? []), ...(then.emphasize ?? [])]) acc.sections.add(section);
    for (const section of then.emphasize ?? []) acc.emphasized.add(section);
    if (then.priority) acc.raisePriority(then.priority);
    if (then.slaMinutes !== undefined) acc.lowerSla(then.slaMinutes);
    if (then.route && acc.route === null) acc.route = then.route;
    if (then.stop) break;
  }
  for (const step of rules.defaults.nextSteps ?? []) acc.nextSteps.add(step);
  if (facts.crisis) applyCrisisOverride(rules, acc, tagValues);

  const sections = noteSections(acc);
  return {
    fired,
    sections,
    actions: {
      tags: [...acc.tags],
      priority: acc.priority ?? rules.defaults.priority,
      route: acc.route ?? rules.defaults.route ?? null,
      macros: [...acc.macros],
      slaMinutes: acc.slaMinutes ?? rules.defaults.slaMinutes ?? null,
      nextSteps: [...acc.nextSteps],
      noteSections: [...sections],
    },
  };
}

/**
 * Non-negotiable: a person may be in danger. Urgent, crisis tag, crisis route and crisis macro
 * first, crisis SLA, crisis next steps first — regardless of rule order or `stop`.
 */
function applyCrisisOverride(rules: Rules, acc: Accumulator, tagValues: { intent: string; level: string }): void {
  const policy = rules.crisis;
  acc.priority = 'urgent';
  acc.route = policy.destination;
  acc.tags.add(CRISIS_TAG);
  for (const tag of policy.tags ?? []) acc.tags.add(expandTag(tag, tagValues));
  const macros = [policy.macro, ...[...acc.macros].filter((macro) => macro !== policy.macro)];
  acc.macros.clear();
  for (const macro of macros) acc.macros.add(macro);
  acc.lowerSla(policy.slaMinutes);
  const steps = [...(policy.nextSteps ?? []), ...acc.nextSteps];
  acc.nextSteps.clear();
  for (const step of steps) acc.nextSteps.add(step);
}
