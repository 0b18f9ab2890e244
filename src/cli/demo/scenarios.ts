/**
 * What each planted pattern looks like from the helpdesk: the ticket its account would write
 * (naming one of its real orders) and what riskdesk should show for it on the default demo world.
 */
import type { ReasonCode, RiskLevel } from '../../risk/types';
import type { PatternName } from '../../seed/patterns';

export interface Scenario {
  /** Reason codes the account itself shows on its ticket: the signals the pattern plants. */
  expectedReasons: readonly ReasonCode[];
  /**
   * The risk level the account itself reaches at least (exactly, for the clean accounts). The
   * ticket's level is its riskiest party's, so a risky seller of the named order can raise it.
   */
  level: RiskLevel;
  subject: string;
  text: (orderId: string) => string;
}

export const SCENARIOS: Record<PatternName, Scenario> = {
  fraud_ring: {
    expectedReasons: ['linked_to_banned_account', 'unverified_identity'],
    level: 'medium',
    subject: 'Payout still pending',
    text: (order) => `Hi, I sold order ${order} last week and my payout is still pending. When will the money be released to my bank?`,
  },
  banned_ring_members: {
    expectedReasons: ['linked_to_banned_account', 'prior_enforcement'],
    level: 'high',
    subject: 'My account was banned by mistake',
    text: (order) => `My account got banned and I can't log in anymore. I only bought order ${order}. Please restore my access.`,
  },
  serial_inr_claimers: {
    expectedReasons: ['delivered_but_claimed_inr', 'high_claim_rate'],
    level: 'medium',
    subject: 'Order never arrived',
    text: (order) => `My order ${order} never arrived. The tracking says delivered but there was nothing at my door. I want my money back.`,
  },
  non_shipping_sellers: {
    expectedReasons: ['seller_unshipped_orders', 'seller_high_dispute_rate'],
    level: 'high',
    subject: 'Where is my payout?',
    text: (order) => `Why is my payout on hold? Buyers keep asking about order ${order}, I will ship it soon, please release my funds.`,
  },
  account_takeover_victims: {
    expectedReasons: ['recent_account_changes'],
    level: 'high',
    subject: 'Someone hacked my account',
    text: (order) => `Someone hacked my account last night: my email and payout details were changed and 2FA was turned off, it wasn't me! My last order was ${order}.`,
  },
  chargeback_buyers: {
    expectedReasons: ['prior_chargebacks', 'high_claim_rate'],
    level: 'high',
    subject: 'Refund please',
    text: (order) => `I want a refund for order ${order}. If you don't refund me I will dispute the charge with my bank again.`,
  },
  clean_long_standing: {
    expectedReasons: [],
    level: 'low',
    subject: 'Tracking not updating',
    text: (order) => `Hi! The tracking for my order ${order} hasn't updated in a few days. Could you check where it is?`,
  },
};

/** The one crisis ticket: clear suicidal ideation, which the rules route to their crisis destination. */
export const CRISIS_SCENARIO = {
  subject: 'please help',
  text: (order: string) =>
    `I lost all my savings on order ${order} and I can't take it anymore. I don't want to live anymore and I'm thinking about ending my life tonight.`,
} as const;

/** One line on what a ticket from a pattern's account shows, e.g. `linked_to_banned_account, unverified_identity; medium or above`. */
export function describeExpectation(pattern: PatternName): string {
  const { expectedReasons, level } = SCENARIOS[pattern];
  if (expectedReasons.length === 0) return `no reasons of its own; ${level} (unless the other party of the order is risky)`;
  return `${expectedReasons.join(', ')}; ${level} or above`;
}
