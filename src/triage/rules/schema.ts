/**
 * The rules file's shape (zod). Kept free of transforms on conditions so the recursive
 * `all` / `any` / `not` combinators have one type for input and output.
 */
import { z } from 'zod';
import { labelMapSchema } from '../../learning/implicit/label-map-schema';
import { HELPDESK_SOURCES, type HelpdeskSource } from '../../domain/ticket';
import { REASON_CODES, RISK_LEVELS, type ReasonCode, type RiskLevel } from '../../risk/types';
import { CRISIS_CATEGORIES } from '../crisis/taxonomy';
import { ENTITY_TYPES, type EntityType } from '../../incidents/types';
import { INTENTS, PRIORITIES, type CrisisCategory, type Intent } from '../types';

/** Sections an agent can see in the note, besides the headline and footer that are always there. */
export const NOTE_SECTIONS = [
  'reasons',
  'requester',
  'counterparty',
  'orders',
  'linked_accounts',
  'account_events',
  'enforcements',
  'next_steps',
] as const;
export type NoteSection = (typeof NOTE_SECTIONS)[number];

export const REQUESTER_ROLES = ['buyer', 'seller', 'unknown'] as const;
export type RequesterRole = (typeof REQUESTER_ROLES)[number];

/** Tags riskdesk adds always start with `riskdesk_` so intake's loop guard can recognise them. */
export const TAG_PATTERN = /^riskdesk_(?:[a-z0-9_]|\{intent\}|\{level\})+$/;

const name = z.string().regex(/^[a-z][a-z0-9_]*$/, 'use lower_snake_case: a-z, 0-9 and _ starting with a letter');
const tag = z
  .string()
  .regex(TAG_PATTERN, 'tags must look like riskdesk_something (lowercase, digits, _; placeholders {intent} and {level} allowed)');
const nonEmpty = <T extends z.ZodType>(item: T) => z.array(item).min(1, 'list at least one value');
const confidence = z.number().min(0, 'between 0 and 1').max(1, 'between 0 and 1');
const score = z.number().min(0, 'between 0 and 100').max(100, 'between 0 and 100');
const cents = z.number().int('whole cents').min(0);
const major = z.number().min(0);

export interface Condition {
  intent?: { anyOf: Intent[]; minConfidence?: number };
  primaryIntent?: Intent[];
  crisis?: boolean;
  crisisReview?: boolean;
  /** One taxonomy code or a list (any of). */
  crisisCategory?: CrisisCategory | CrisisCategory[];
  riskAvailable?: boolean;
  riskLevel?: { min?: RiskLevel; anyOf?: RiskLevel[] };
  riskScore?: { min?: number; max?: number };
  reasons?: { any?: ReasonCode[]; all?: ReasonCode[]; none?: ReasonCode[] };
  source?: HelpdeskSource[];
  channel?: string[];
  tags?: { hasAny?: string[]; hasAll?: string[]; hasNone?: string[] };
  requesterRole?: RequesterRole[];
  orderValue?: { min?: number; max?: number; minCents?: number; maxCents?: number };
  incident?: { minTickets?: number; entity?: EntityType[] };
  all?: Condition[];
  any?: Condition[];
  not?: Condition;
}

const CATEGORY_HELP = `use a crisis category code or a list of them: ${CRISIS_CATEGORIES.join(', ')}`;
const crisisCategory = z.enum(CRISIS_CATEGORIES, { error: (issue) => `unknown crisis category ${JSON.stringify(issue.input)} — ${CATEGORY_HELP}` });
const crisisCategories = z.union([crisisCategory, z.array(crisisCategory).min(1, `list at least one crisis category — ${CATEGORY_HELP}`)], {
  error: () => CATEGORY_HELP,
});
const flag = (key: string) => z.boolean({ error: `${key} is true or false (no quotes)` });

const atLeastOne = (keys: string[]) => (value: object) => keys.some((key) => key in value);

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.strictObject({
    intent: z.strictObject({ anyOf: nonEmpty(z.enum(INTENTS)), minConfidence: confidence.optional() }).optional(),
    primaryIntent: nonEmpty(z.enum(INTENTS)).optional(),
    crisis: flag('crisis').optional(),
    crisisReview: flag('crisisReview').optional(),
    crisisCategory: crisisCategories.optional(),
    riskAvailable: z.boolean().optional(),
    riskLevel: z
      .strictObject({ min: z.enum(RISK_LEVELS).optional(), anyOf: nonEmpty(z.enum(RISK_LEVELS)).optional() })
      .refine(atLeastOne(['min', 'anyOf']), 'give min or anyOf')
      .optional(),
    riskScore: z
      .strictObject({ min: score.optional(), max: score.optional() })
      .refine(atLeastOne(['min', 'max']), 'give min or max')
      .optional(),
    reasons: z
      .strictObject({
        any: nonEmpty(z.enum(REASON_CODES)).optional(),
        all: nonEmpty(z.enum(REASON_CODES)).optional(),
        none: nonEmpty(z.enum(REASON_CODES)).optional(),
      })
      .refine(atLeastOne(['any', 'all', 'none']), 'give any, all or none')
      .optional(),
    source: nonEmpty(z.enum(HELPDESK_SOURCES)).optional(),
    channel: nonEmpty(z.string().min(1)).optional(),
    tags: z
      .strictObject({
        hasAny: nonEmpty(z.string().min(1)).optional(),
        hasAll: nonEmpty(z.string().min(1)).optional(),
        hasNone: nonEmpty(z.string().min(1)).optional(),
      })
      .refine(atLeastOne(['hasAny', 'hasAll', 'hasNone']), 'give hasAny, hasAll or hasNone')
      .optional(),
    requesterRole: nonEmpty(z.enum(REQUESTER_ROLES)).optional(),
    orderValue: z
      .strictObject({ min: major.optional(), max: major.optional(), minCents: cents.optional(), maxCents: cents.optional() })
      .refine(atLeastOne(['min', 'max', 'minCents', 'maxCents']), 'give min/max (major units) or minCents/maxCents')
      .refine((v) => !('min' in v && 'minCents' in v) && !('max' in v && 'maxCents' in v), 'use either min/max or minCents/maxCents, not both')
      .optional(),
    incident: z
      .strictObject({ minTickets: z.number().int('a whole number of tickets').min(1).optional(), entity: nonEmpty(z.enum(ENTITY_TYPES)).optional() })
      .optional(),
    all: nonEmpty(conditionSchema).optional(),
    any: nonEmpty(conditionSchema).optional(),
    not: conditionSchema.optional(),
  }),
);

export const actionsSchema = z
  .strictObject({
    tags: nonEmpty(tag).optional(),
    priority: z.enum(PRIORITIES).optional(),
    route: name.optional(),
    macros: nonEmpty(name).optional(),
    slaMinutes: z.number().int('whole minutes').positive().optional(),
    noteSections: nonEmpty(z.enum(NOTE_SECTIONS)).optional(),
    emphasize: nonEmpty(z.enum(NOTE_SECTIONS)).optional(),
    nextSteps: nonEmpty(z.string().min(1).max(300, 'keep a next step under 300 characters')).optional(),
    stop: z.boolean().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, 'a rule must do something: give at least one action');

export const ruleSchema = z.strictObject({
  id: name,
  description: z.string().optional(),
  enabled: z.boolean().default(true),
  when: conditionSchema.default({}),
  then: actionsSchema,
});

const helpdeskId = z.union([z.string().min(1), z.number().int().nonnegative()]).transform(String);

export const destinationSchema = z
  .strictObject({
    zendesk: z.strictObject({ groupId: z.number().int().positive('a Zendesk group id is a positive integer') }).optional(),
    intercom: z.strictObject({ teamId: helpdeskId }).optional(),
  })
  .refine((v) => v.zendesk !== undefined || v.intercom !== undefined, 'map the destination to zendesk.groupId and/or intercom.teamId');

export const macroSchema = z
  .strictObject({
    zendesk: z.strictObject({ macroId: z.number().int().positive('a Zendesk macro id is a positive integer') }).optional(),
    intercom: z.strictObject({ macroId: helpdeskId }).optional(),
  })
  .refine((v) => v.zendesk !== undefined || v.intercom !== undefined, 'map the macro to zendesk.macroId and/or intercom.macroId');

export const rulesFileSchema = z.strictObject({
  defaults: z.strictObject({
    priority: z.enum(PRIORITIES).default('normal'),
    slaMinutes: z.number().int().positive().optional(),
    route: name.optional(),
    tags: nonEmpty(tag).optional(),
    noteSections: nonEmpty(z.enum(NOTE_SECTIONS)).default([...NOTE_SECTIONS]),
    nextSteps: nonEmpty(z.string().min(1).max(300)).optional(),
  }),
  crisis: z.strictObject({
    destination: name,
    macro: name,
    slaMinutes: z.number().int().positive().default(15),
    tags: nonEmpty(tag).optional(),
    nextSteps: nonEmpty(z.string().min(1).max(300)).optional(),
  }),
  destinations: z.record(name, destinationSchema),
  macros: z.record(name, macroSchema),
  rules: z.array(ruleSchema),
  /** Team tags that mean an agent label (src/learning, docs/learning.md). */
  labels: labelMapSchema.optional(),
});

export type RulesFile = z.infer<typeof rulesFileSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type RuleActions = z.infer<typeof actionsSchema>;
export type Destination = z.infer<typeof destinationSchema>;
export type MacroRef = z.infer<typeof macroSchema>;
export type RulesDefaults = RulesFile['defaults'];
export type CrisisPolicy = RulesFile['crisis'];
