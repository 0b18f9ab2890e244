import type { Decision } from '../../src/triage/types';

/** A realistic decision (shape from src/triage/types.ts), fresh on every call so tests can mutate it. */
export function sampleDecision(): Decision {
  return {
    intent: 'item_not_received',
    intents: [{ name: 'item_not_received', confidence: 0.9 }],
    crisis: false,
    crisisReview: false,
    crisisCategory: null,
    crisisEvidence: [],
    risk: {
      score: 72.5,
      level: 'high',
      reasons: [{ code: 'prior_chargebacks', party: 'u_1', text: '2 chargebacks in the last 90 days', weight: 30, evidence: { chargebacks: 2 } }],
    },
    actions: {
      tags: ['riskdesk_inr', 'riskdesk_risk_high'],
      priority: 'high',
      route: 'tns_disputes',
      macros: ['inr_high_risk'],
      slaMinutes: 120,
      nextSteps: ['Check tracking before refunding'],
      noteSections: ['summary', 'reasons'],
    },
    note: '<p>High risk buyer</p>',
    rules: { version: 'v-test', fired: ['inr-high-risk'] },
  };
}
