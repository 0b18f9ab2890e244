/**
 * Accuracy on the labelled fixture sets, asserted at the targets of issue 4:
 * every crisis ticket flagged by one of the two tiers, crisis precision ≥ 90%, primary-intent accuracy ≥ 85%.
 * The hold-out split was written before tuning and is not used to tune the lexicon.
 */
import { join } from 'node:path';
import { computeMetrics, loadLabelledTickets, predict } from '../../../src/triage/classify/evaluation';
import { detectCrisis } from '../../../src/triage/crisis';
import { INTENTS } from '../../../src/triage/types';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const DATA = join(__dirname, '..', '..', '..', 'data');
const SPLITS = {
  development: loadLabelledTickets(join(DATA, 'labelled-tickets.jsonl')),
  holdout: loadLabelledTickets(join(FIXTURES, 'labelled-tickets-holdout.jsonl')),
};

describe.each(Object.entries(SPLITS))('%s split', (_name, tickets) => {
  const metrics = computeMetrics(predict(tickets));
  const describeMisses = (): string =>
    metrics.misses.map((p) => `${p.ticket.id}: gold ${p.ticket.intent}/${p.ticket.crisis} got ${p.intent}/${p.crisis}`).join('\n');

  it('every crisis ticket gets one of the two tiers (crisis or review)', () => {
    const missed = tickets.filter((t) => {
      const r = detectCrisis(`${t.subject}\n${t.text}`);
      return t.crisis && !r.crisis && !r.crisisReview;
    });
    expect(missed.map((t) => t.id)).toEqual([]);
  });

  it('keeps crisis precision at or above 90%', () => {
    expect(metrics.crisis.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('gets the primary intent right for at least 85% of tickets', () => {
    if (metrics.intentAccuracy < 0.85) throw new Error(`accuracy ${metrics.intentAccuracy}\n${describeMisses()}`);
    expect(metrics.intentAccuracy).toBeGreaterThanOrEqual(0.85);
  });
});

describe('fixture coverage', () => {
  const dev = SPLITS.development;
  it('covers every intent, every language and enough crisis / idiom cases', () => {
    for (const intent of INTENTS) expect(dev.some((t) => t.intent === intent)).toBe(true);
    for (const lang of ['de', 'es', 'pl'] as const) expect(dev.filter((t) => t.lang === lang).length).toBeGreaterThanOrEqual(30);
    expect(dev.filter((t) => t.crisis).length).toBeGreaterThanOrEqual(30);
    for (const lang of ['en', 'de', 'es', 'pl'] as const) expect(dev.some((t) => t.crisis && t.lang === lang)).toBe(true);
    expect(dev.length).toBeGreaterThanOrEqual(220);
  });

  it('has no ticket in both splits', () => {
    const devTexts = new Set(dev.map((t) => t.text));
    expect(SPLITS.holdout.filter((t) => devTexts.has(t.text))).toEqual([]);
  });
});
