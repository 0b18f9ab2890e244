/**
 * Accuracy on fresh phrasings written after the lexicon (data/intents-fresh*.jsonl):
 * realistic marketplace tickets, balanced over the 12 intents and en/de/es/pl, with slang,
 * typos, caps, negations and several issues at once. Batch A was written before the naive Bayes
 * component and the broadened lexicon, batches B, C and D each after the previous round of fixes
 * (each scored before fixing; figures in README.md). Since then they are training data of the
 * model too, so these assertions guard against regressions; the honest figure is the hold-out's. Target of issue 4: primary-intent accuracy ≥ 85%.
 */
import { join } from 'node:path';
import { classifyIntents } from '../../../src/triage/classify';
import { computeMetrics, loadLabelledTickets, predict } from '../../../src/triage/classify/evaluation';
import { INTENTS } from '../../../src/triage/types';

const FIXTURES = join(__dirname, '..', '..', '..', 'data');
const HOLDOUT = join(__dirname, '..', '..', 'fixtures', 'labelled-tickets-holdout.jsonl');
const SETS = {
  'fresh batch A': loadLabelledTickets(join(FIXTURES, 'intents-fresh.jsonl')),
  'fresh batch B': loadLabelledTickets(join(FIXTURES, 'intents-fresh-b.jsonl')),
  'fresh batch C': loadLabelledTickets(join(FIXTURES, 'intents-fresh-c.jsonl')),
  'fresh batch D': loadLabelledTickets(join(FIXTURES, 'intents-fresh-d.jsonl')),
};

describe.each(Object.entries(SETS))('%s', (_name, tickets) => {
  it('gets the primary intent right for at least 85% of tickets', () => {
    const metrics = computeMetrics(predict(tickets));
    const misses = metrics.misses
      .filter((p) => p.intent !== p.ticket.intent)
      .map((p) => `${p.ticket.id}: gold ${p.ticket.intent} got ${p.intent}`);
    if (metrics.intentAccuracy < 0.85) throw new Error(`accuracy ${metrics.intentAccuracy}\n${misses.join('\n')}`);
    expect(metrics.intentAccuracy).toBeGreaterThanOrEqual(0.85);
  });

  it('recalls every intent at least half of the time', () => {
    const metrics = computeMetrics(predict(tickets));
    for (const intent of INTENTS) {
      const row = metrics.perIntent[intent];
      if (row.support > 0) expect({ intent, recall: row.recall >= 0.5 }).toEqual({ intent, recall: true });
    }
  });
});

describe('fresh sets are well-formed, and the hold-out stays out of training', () => {
  const a = SETS['fresh batch A'];
  const b = SETS['fresh batch B'];
  const training = loadLabelledTickets(join(FIXTURES, 'labelled-tickets.jsonl'));

  it('cover every intent and all four languages (≥ 35 per non-English language in batch A)', () => {
    expect(a.length).toBeGreaterThanOrEqual(200);
    expect(b.length).toBeGreaterThanOrEqual(80);
    for (const intent of INTENTS) expect(a.filter((t) => t.intent === intent).length).toBeGreaterThanOrEqual(15);
    for (const lang of ['de', 'es', 'pl'] as const) expect(a.filter((t) => t.lang === lang).length).toBeGreaterThanOrEqual(35);
  });

  it('the hold-out shares no ticket with any training set (development + fresh batches)', () => {
    const trained = new Set([...training, ...Object.values(SETS).flat()].map((t) => t.text));
    const holdout = loadLabelledTickets(HOLDOUT);
    expect(holdout.length).toBeGreaterThan(50);
    expect(holdout.filter((t) => trained.has(t.text)).map((t) => t.id)).toEqual([]);
  });
});

describe('statistical component', () => {
  it('names an intent the lexicon has no pattern for, from words it learned', () => {
    // No lexicon pattern mentions "parcel" + "vanished"; the model has seen delivery tickets.
    const result = classifyIntents('my parcel vanished somewhere between the depot and my house, tracking frozen');
    expect(result.intent).toBe('item_not_received');
  });

  it('is deterministic and keeps the primary first with confidences in (0, 1)', () => {
    const text = 'vendo cartas y mi saldo sigue retenido desde hace dos semanas';
    const first = classifyIntents(text);
    expect(classifyIntents(text)).toEqual(first);
    expect(first.intents[0]?.name).toBe(first.intent);
    for (const s of first.intents) {
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThan(1);
    }
  });

  it('leaves service questions as other', () => {
    expect(classifyIntents('how do I print one shipping label for a break with 12 buyers?').intent).toBe('other');
    expect(classifyIntents('Kann ich meinen Stream für Sonntag planen?').intent).toBe('other');
  });
});
