/**
 * The rules engine. Rules run in file order and every matching rule ACCUMULATES:
 * tags, macros, next steps and note sections are unioned (first-seen order); priority is the
 * highest any fired rule sets; SLA the smallest; route comes from the FIRST fired rule that sets
 * one. A fired rule with `stop: true` ends evaluation. Defaults fill what no rule set.
 * The crisis override runs after, in code, whatever the file says; so does the review tier's
 * floor (priority at least high, its tags) and its guarantee: a review ticket is never routed to
 * the crisis destination automatically — such a route is skipped and the agent is told.
 */
import { PRIORITIES, type DecisionActions, type Priority } from '../types';
import { matches } from './conditions';
import type { Facts } from './facts';
import { CRISIS_REVIEW_TAG, CRISIS_TAG, UNKNOWN_LEVEL, crisisCategoryTag, expandTag } from './own-tags';
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
  /** Ids of rules whose crisis-team route was skipped for a review ticket. */
  readonly skippedCrisisRoutes: string[] = [];

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
    if (then.route && acc.route === null) {
      if (facts.crisisReview && then.route === rules.crisis.destination) acc.skippedCrisisRoutes.push(rule.id);
      else acc.route = then.route;
    }
    if (then.stop) break;
  }
  for (const step of rules.defaults.nextSteps ?? []) acc.nextSteps.add(step);
  if (facts.crisis) applyCrisisOverride(rules, acc, tagValues);
  if (facts.crisisCategory) acc.tags.add(crisisCategoryTag(facts.crisisCategory));
  if (facts.crisisReview) applyReviewFloor(rules, acc);

  const sections = noteSections(acc);
  return {
    fired,
    sections,
    actions: {
      tags: [...acc.tags],
      priority: acc.priority ?? rules.defaults.priority,
      route: acc.route ?? defaultRoute(rules, facts),
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

/** The defaults' route, unless it is the crisis destination and the ticket is a review ticket. */
function defaultRoute(rules: Rules, facts: Facts): string | null {
  const route = rules.defaults.route ?? null;
  return facts.crisisReview && route === rules.crisis.destination ? null : route;
}

export const REVIEW_PRIORITY_FLOOR: Priority = 'high';

/** Tells the agent why a rule's crisis-team route did not apply (only a person escalates a review ticket). */
export function skippedRouteStep(ruleIds: readonly string[]): string {
  const rules = ruleIds.slice(0, 3).join(', ');
  return `Rule ${rules} would send this possible-danger ticket to the crisis team: riskdesk never does that automatically for review tickets. Read it first; if the person is in danger now, escalate to the crisis team yourself.`;
}

/**
 * Possible danger (review tier): priority at least high whatever the rules say, the review tag
 * and, when a rule tried to route it to the crisis team, a first next step saying so.
 */
function applyReviewFloor(rules: Rules, acc: Accumulator): void {
  acc.raisePriority(rules.defaults.priority);
  acc.raisePriority(REVIEW_PRIORITY_FLOOR);
  acc.tags.add(CRISIS_REVIEW_TAG);
  if (acc.skippedCrisisRoutes.length === 0) return;
  const steps = [skippedRouteStep(acc.skippedCrisisRoutes), ...acc.nextSteps];
  acc.nextSteps.clear();
  for (const step of steps) acc.nextSteps.add(step);
}
