/**
 * How much of each section the note shows. The renderer tries these levels in order and keeps
 * the first whose output fits the byte budget, so truncation happens in a stable order.
 */
export interface NoteLimits {
  intents: number;
  reasons: number;
  evidence: number;
  parties: number;
  orders: number;
  disputes: number;
  linked: number;
  events: number;
  enforcements: number;
  nextSteps: number;
  crisisEvidence: number;
  /** Max characters of any one free-text value. */
  text: number;
}

export const NOTE_LEVELS: NoteLimits[] = [
  { intents: 4, reasons: 10, evidence: 6, parties: 4, orders: 6, disputes: 5, linked: 12, events: 10, enforcements: 6, nextSteps: 12, crisisEvidence: 5, text: 240 },
  { intents: 3, reasons: 6, evidence: 3, parties: 2, orders: 3, disputes: 3, linked: 6, events: 5, enforcements: 3, nextSteps: 8, crisisEvidence: 3, text: 120 },
  { intents: 2, reasons: 3, evidence: 1, parties: 1, orders: 2, disputes: 1, linked: 3, events: 2, enforcements: 2, nextSteps: 5, crisisEvidence: 2, text: 60 },
];

/** Zendesk and Intercom both accept far more, but 64 KB is the contract; stay well under it. */
export const MAX_NOTE_BYTES = 64 * 1024;
export const NOTE_BUDGET_BYTES = 60 * 1024;
