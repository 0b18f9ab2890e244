import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ENFORCEMENT_ACTIONS } from '../store/import/schemas';

const weight = z.number().int().min(0).max(100);
const count = z.number().int().min(0);
const rate = z.number().min(0).max(1);
const regex = z.string().refine((value) => {
  try {
    new RegExp(value, 'giu');
    return true;
  } catch {
    return false;
  }
}, 'is not a valid regular expression');

const reasonsSchema = z.strictObject({
  new_account: z.strictObject({ weight, maxAgeDays: z.number().positive() }),
  unverified_identity: z.strictObject({
    weight,
    checks: z.array(z.enum(['email', 'phone', 'id'])),
    sellerChecks: z.array(z.enum(['email', 'phone', 'id'])),
  }),
  prior_chargebacks: z.strictObject({ weight, minCount: count.min(1) }),
  high_claim_rate: z.strictObject({ weight, minClaims: count.min(1), minRate: rate }),
  seller_high_dispute_rate: z.strictObject({ weight, minOrders: count.min(1), minRate: rate }),
  seller_unshipped_orders: z.strictObject({ weight, minCount: count.min(1), unshippedAfterDays: z.number().positive() }),
  linked_to_banned_account: z.strictObject({ weight, statuses: z.array(z.enum(['active', 'suspended', 'banned'])).min(1) }),
  recent_account_changes: z.strictObject({
    weight,
    windowHours: z.number().positive(),
    minChanges: count.min(1),
    types: z.array(z.enum(['login', 'password_reset', 'email_change', 'phone_change', 'payout_change', '2fa_disabled'])).min(1),
  }),
  delivered_but_claimed_inr: z.strictObject({ weight, minCount: count.min(1) }),
  prior_enforcement: z
    .strictObject({
      lookbackDays: z.number().positive(),
      // One weight per action of the import contract, no more, no fewer.
      weights: z.record(z.enum(ENFORCEMENT_ACTIONS), weight),
      maxWeight: weight,
    })
    .refine((r) => ENFORCEMENT_ACTIONS.every((action, i) => i === 0 || r.weights[action] >= r.weights[ENFORCEMENT_ACTIONS[i - 1] ?? action]), {
      message: `weights must not decrease with severity: ${ENFORCEMENT_ACTIONS.join(' ≤ ')}`,
      path: ['weights'],
    })
    .refine((r) => ENFORCEMENT_ACTIONS.every((action) => r.weights[action] <= r.maxWeight), {
      message: 'maxWeight must be at least every single action’s weight (one enforcement is never cut)',
      path: ['maxWeight'],
    }),
  velocity_spike: z.strictObject({ weight, minOrders24h: count.min(1), multiplier: z.number().positive() }),
  high_value_order: z.strictObject({ weight, minAmountCents: count.min(1), perCurrency: z.record(z.string().regex(/^[A-Z]{3}$/), count.min(1)).default({}) }),
});

export const riskConfigSchema = z
  .strictObject({
    levels: z.strictObject({ medium: weight, high: weight, critical: weight }),
    windows: z.strictObject({ buyerDays: z.number().positive(), sellerDays: z.number().positive(), eventsHours: z.number().positive() }),
    reasons: reasonsSchema,
    entities: z.strictObject({
      orderPattern: regex,
      orderIdTemplate: z.string().includes('{id}'),
      handlePattern: regex,
      trackingPatterns: z.array(regex),
      maxTextChars: z.number().int().min(100).max(1_000_000),
      maxPerKind: z.number().int().min(1).max(100),
      maxParties: z.number().int().min(1).max(50),
      maxLinkedPerFingerprint: z.number().int().min(1).max(500),
    }),
  })
  .refine((c) => c.levels.medium < c.levels.high && c.levels.high < c.levels.critical, {
    message: 'levels must increase: medium < high < critical',
    path: ['levels'],
  });

export type RiskConfig = z.infer<typeof riskConfigSchema>;
export type EntityPatterns = RiskConfig['entities'];

export const DEFAULT_RISK_CONFIG_FILE = 'config/risk.yaml';

export class RiskConfigError extends Error {
  constructor(
    readonly path: string,
    readonly problems: string[],
  ) {
    super(`invalid risk configuration ${path}:\n  - ${problems.join('\n  - ')}`);
    this.name = 'RiskConfigError';
  }
}

/** The default file is looked up in the working directory, then in the installed package. */
function locate(path: string): string {
  const inCwd = resolve(path);
  if (path !== DEFAULT_RISK_CONFIG_FILE || existsSync(inCwd)) return inCwd;
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, DEFAULT_RISK_CONFIG_FILE);
  }
  return inCwd;
}

/** Validates an already-parsed document (tests and callers holding YAML in memory). */
export function parseRiskConfig(document: unknown, path = '(inline)'): RiskConfig {
  const parsed = riskConfigSchema.safeParse(document);
  if (!parsed.success) {
    throw new RiskConfigError(path, parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
  }
  return parsed.data;
}

/** Reads and validates the weights/thresholds file; errors name the file and the field. */
export function loadRiskConfig(path: string = DEFAULT_RISK_CONFIG_FILE): RiskConfig {
  const full = locate(path);
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch (error) {
    throw new RiskConfigError(full, [`cannot read the file (${(error as Error).message}); set RISK_CONFIG_FILE to a readable risk.yaml`]);
  }
  let document: unknown;
  try {
    document = parseYaml(text);
  } catch (error) {
    throw new RiskConfigError(full, [`not valid YAML: ${(error as Error).message}`]);
  }
  return parseRiskConfig(document, full);
}
