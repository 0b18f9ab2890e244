/**
 * Condition semantics. Every key of a condition must hold (AND); list values are any-of.
 * A condition on risk data (level, score, reasons, role, order value) never matches when the
 * risk lookup failed; `not` simply negates, so `not: { riskLevel: … }` matches then.
 */
import { RISK_LEVELS } from '../../risk/types';
import type { Facts } from './facts';
import type { Condition } from './schema';

/** Applied when a rule's intent condition gives no minConfidence. */
export const DEFAULT_MIN_CONFIDENCE = 0.5;

type Check = (facts: Facts) => boolean;

const within = (value: number, min?: number, max?: number): boolean =>
  (min === undefined || value >= min) && (max === undefined || value <= max);

function orderValueCheck(spec: NonNullable<Condition['orderValue']>): Check {
  // min/max are major units (dollars, euros); minCents/maxCents are minor units. No FX conversion.
  const min = spec.minCents ?? (spec.min === undefined ? undefined : Math.round(spec.min * 100));
  const max = spec.maxCents ?? (spec.max === undefined ? undefined : Math.round(spec.max * 100));
  return (facts) => facts.maxOrderCents !== null && within(facts.maxOrderCents, min, max);
}

function checksFor(condition: Condition): Check[] {
  const checks: Check[] = [];
  const { intent, riskLevel, riskScore, reasons, tags } = condition;
  if (intent) {
    const min = intent.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
    checks.push((f) => f.intents.some((s) => intent.anyOf.includes(s.name) && s.confidence >= min));
  }
  if (condition.primaryIntent) {
    const wanted = condition.primaryIntent;
    checks.push((f) => wanted.includes(f.primaryIntent));
  }
  if (condition.crisis !== undefined) checks.push((f) => f.crisis === condition.crisis);
  if (condition.crisisReview !== undefined) checks.push((f) => f.crisisReview === condition.crisisReview);
  if (condition.crisisCategory !== undefined) {
    const categories: readonly string[] = Array.isArray(condition.crisisCategory) ? condition.crisisCategory : [condition.crisisCategory];
    checks.push((f) => f.crisisCategory !== null && categories.includes(f.crisisCategory));
  }
  if (condition.riskAvailable !== undefined) checks.push((f) => f.riskAvailable === condition.riskAvailable);
  if (riskLevel) {
    const minRank = riskLevel.min ? RISK_LEVELS.indexOf(riskLevel.min) : 0;
    checks.push((f) => f.level !== null && RISK_LEVELS.indexOf(f.level) >= minRank && (!riskLevel.anyOf || riskLevel.anyOf.includes(f.level)));
  }
  if (riskScore) checks.push((f) => f.score !== null && within(f.score, riskScore.min, riskScore.max));
  if (reasons) {
    checks.push(
      (f) =>
        f.riskAvailable &&
        (!reasons.any || reasons.any.some((code) => f.reasonCodes.has(code))) &&
        (!reasons.all || reasons.all.every((code) => f.reasonCodes.has(code))) &&
        (!reasons.none || !reasons.none.some((code) => f.reasonCodes.has(code))),
    );
  }
  if (condition.source) {
    const sources = condition.source;
    checks.push((f) => sources.includes(f.source));
  }
  if (condition.channel) {
    const channels = condition.channel.map((c) => c.toLowerCase());
    checks.push((f) => channels.includes(f.channel));
  }
  if (tags) {
    const lower = (list?: string[]) => list?.map((t) => t.toLowerCase());
    const [hasAny, hasAll, hasNone] = [lower(tags.hasAny), lower(tags.hasAll), lower(tags.hasNone)];
    checks.push(
      (f) =>
        (!hasAny || hasAny.some((t) => f.tags.has(t))) &&
        (!hasAll || hasAll.every((t) => f.tags.has(t))) &&
        (!hasNone || !hasNone.some((t) => f.tags.has(t))),
    );
  }
  if (condition.requesterRole) {
    const roles = condition.requesterRole;
    checks.push((f) => roles.some((role) => f.roles.has(role)));
  }
  if (condition.orderValue) checks.push(orderValueCheck(condition.orderValue));
  if (condition.incident) {
    const { minTickets, entity } = condition.incident;
    checks.push((f) => f.incident !== null && f.incident.ticketCount >= (minTickets ?? 1) && (!entity || entity.includes(f.incident.entityType)));
  }
  if (condition.all) {
    const all = condition.all;
    checks.push((f) => all.every((c) => matches(c, f)));
  }
  if (condition.any) {
    const any = condition.any;
    checks.push((f) => any.some((c) => matches(c, f)));
  }
  if (condition.not) {
    const not = condition.not;
    checks.push((f) => !matches(not, f));
  }
  return checks;
}

/** True when every part of the condition holds. An empty condition always matches. */
export function matches(condition: Condition, facts: Facts): boolean {
  return checksFor(condition).every((check) => check(facts));
}
