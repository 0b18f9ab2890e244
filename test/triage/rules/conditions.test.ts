import { matches } from '../../../src/triage/rules/conditions';
import { buildFacts, type Facts } from '../../../src/triage/rules/facts';
import type { Condition } from '../../../src/triage/rules/schema';
import type { RiskContext } from '../../../src/risk/types';
import type { Intent, IntentScore } from '../../../src/triage/types';
import { context, order, party, reason, ticket } from '../decide/context-fixtures';

function facts(opts: { ctx?: RiskContext | null; intents?: IntentScore[]; primary?: Intent; crisis?: boolean; t?: Parameters<typeof ticket>[0] } = {}): Facts {
  const intents = opts.intents ?? [{ name: 'item_not_received', confidence: 0.8 }];
  const primary = opts.primary ?? intents[0]?.name ?? 'other';
  return buildFacts(ticket(opts.t), opts.ctx === undefined ? context() : opts.ctx, { intent: primary, intents }, opts.crisis ?? false);
}

const yes = (condition: Condition, f: Facts) => expect(matches(condition, f)).toBe(true);
const no = (condition: Condition, f: Facts) => expect(matches(condition, f)).toBe(false);

describe('conditions', () => {
  it('an empty condition matches everything', () => yes({}, facts({ ctx: null })));

  it('intent: any of the listed intents at or above min confidence (default 0.5)', () => {
    const f = facts({ intents: [{ name: 'refund_request', confidence: 0.7 }, { name: 'counterfeit', confidence: 0.45 }] });
    yes({ intent: { anyOf: ['counterfeit', 'refund_request'] } }, f);
    no({ intent: { anyOf: ['counterfeit'] } }, f);
    yes({ intent: { anyOf: ['counterfeit'], minConfidence: 0.4 } }, f);
    no({ intent: { anyOf: ['refund_request'], minConfidence: 0.75 } }, f);
  });

  it('primaryIntent: only the primary counts', () => {
    const f = facts({ intents: [{ name: 'refund_request', confidence: 0.7 }, { name: 'counterfeit', confidence: 0.6 }] });
    yes({ primaryIntent: ['refund_request', 'other'] }, f);
    no({ primaryIntent: ['counterfeit'] }, f);
  });

  it('crisis and riskAvailable', () => {
    yes({ crisis: true }, facts({ crisis: true }));
    no({ crisis: true }, facts());
    yes({ crisis: false }, facts());
    yes({ riskAvailable: false }, facts({ ctx: null }));
    no({ riskAvailable: false }, facts());
  });

  it('riskLevel: min level and any-of; never matches without risk data', () => {
    const high = facts({ ctx: context({ level: 'high', score: 70 }) });
    yes({ riskLevel: { min: 'medium' } }, high);
    yes({ riskLevel: { min: 'high' } }, high);
    no({ riskLevel: { min: 'critical' } }, high);
    yes({ riskLevel: { anyOf: ['low', 'high'] } }, high);
    no({ riskLevel: { anyOf: ['low'] } }, high);
    no({ riskLevel: { min: 'low' } }, facts({ ctx: null }));
    yes({ not: { riskLevel: { min: 'low' } } }, facts({ ctx: null }));
  });

  it('riskScore: inclusive min/max', () => {
    const f = facts({ ctx: context({ score: 40, level: 'medium' }) });
    yes({ riskScore: { min: 40 } }, f);
    yes({ riskScore: { max: 40 } }, f);
    no({ riskScore: { min: 41 } }, f);
    no({ riskScore: { min: 0 } }, facts({ ctx: null }));
  });

  it('reasons: any / all / none', () => {
    const ctx = context({ reasons: [reason('new_account', 'u_buyer'), reason('prior_chargebacks', 'u_buyer')] });
    const f = facts({ ctx });
    yes({ reasons: { any: ['velocity_spike', 'new_account'] } }, f);
    no({ reasons: { any: ['velocity_spike'] } }, f);
    yes({ reasons: { all: ['new_account', 'prior_chargebacks'] } }, f);
    no({ reasons: { all: ['new_account', 'velocity_spike'] } }, f);
    yes({ reasons: { none: ['velocity_spike'] } }, f);
    no({ reasons: { none: ['new_account'] } }, f);
    no({ reasons: { none: ['new_account'] } }, facts({ ctx: null }));
  });

  it('source and channel (channel case-insensitive)', () => {
    const f = facts({ t: { source: 'intercom', channel: 'Chat' } });
    yes({ source: ['intercom'] }, f);
    no({ source: ['zendesk'] }, f);
    yes({ channel: ['chat'] }, f);
    no({ channel: ['email'] }, f);
  });

  it('existing tags: hasAny / hasAll / hasNone', () => {
    const f = facts({ t: { tags: ['VIP', 'legal_hold'] } });
    yes({ tags: { hasAny: ['vip', 'x'] } }, f);
    no({ tags: { hasAny: ['x'] } }, f);
    yes({ tags: { hasAll: ['vip', 'legal_hold'] } }, f);
    no({ tags: { hasAll: ['vip', 'x'] } }, f);
    no({ tags: { hasNone: ['legal_hold'] } }, f);
    yes({ tags: { hasNone: ['x'] } }, f);
  });

  it('requesterRole: from mentioned orders, else the seller flag; unknown when unmatched', () => {
    const seller = party({ userId: 'u_s', account: { ...party({ userId: 'u_s' }).account, isSeller: true } });
    const buyer = party({ userId: 'u_b' });
    const asBuyer = facts({ ctx: context({ requester: seller, orders: [order({ id: 'WN-1', buyerId: 'u_s', sellerId: 'u_x' })] }) });
    yes({ requesterRole: ['buyer'] }, asBuyer);
    no({ requesterRole: ['seller'] }, asBuyer);
    yes({ requesterRole: ['seller'] }, facts({ ctx: context({ requester: seller }) }));
    yes({ requesterRole: ['buyer'] }, facts({ ctx: context({ requester: buyer }) }));
    yes({ requesterRole: ['seller'] }, facts({ ctx: context({ requester: buyer, orders: [order({ id: 'WN-2', buyerId: 'u_x', sellerId: 'u_b' })] }) }));
    yes({ requesterRole: ['unknown'] }, facts({ ctx: context({ requester: null }) }));
    no({ requesterRole: ['buyer', 'seller', 'unknown'] }, facts({ ctx: null }));
  });

  it('orderValue: largest mentioned order, major units or cents, no match without orders', () => {
    const orders = [order({ id: 'A', buyerId: 'u_buyer', sellerId: 's', amountCents: 50_000 }), order({ id: 'B', buyerId: 'u_buyer', sellerId: 's', amountCents: 150_000 })];
    const f = facts({ ctx: context({ orders }) });
    yes({ orderValue: { min: 1000 } }, f);
    no({ orderValue: { min: 1500.01 } }, f);
    yes({ orderValue: { minCents: 150_000 } }, f);
    no({ orderValue: { maxCents: 149_999 } }, f);
    yes({ orderValue: { max: 1500 } }, f);
    no({ orderValue: { min: 0 } }, facts());
  });

  it('all / any / not combinators', () => {
    const f = facts({ t: { channel: 'chat' }, crisis: false });
    yes({ all: [{ channel: ['chat'] }, { crisis: false }] }, f);
    no({ all: [{ channel: ['chat'] }, { crisis: true }] }, f);
    yes({ any: [{ channel: ['email'] }, { crisis: false }] }, f);
    no({ any: [{ channel: ['email'] }, { crisis: true }] }, f);
    yes({ not: { channel: ['email'] } }, f);
    no({ not: { any: [{ channel: ['chat'] }] } }, f);
  });

  it('several keys in one condition must all hold', () => {
    const f = facts({ t: { channel: 'chat' } });
    yes({ channel: ['chat'], primaryIntent: ['item_not_received'] }, f);
    no({ channel: ['chat'], primaryIntent: ['counterfeit'] }, f);
  });
});
