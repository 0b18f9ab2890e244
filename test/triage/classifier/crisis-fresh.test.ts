import { NO_CRISIS } from '../../../src/triage/crisis/result';
/**
 * Crisis detection on fresh phrasings written after the patterns (data/crisis-fresh*.jsonl; crisis-fresh-4 was scored before it joined the training data),
 * and the prefilter contract: the windowed detector never flags less than the same patterns run
 * over the whole text, and `mayBeCrisis` is false only where the detector says no.
 */
import { join } from 'node:path';
import { loadLabelledTickets, type LabelledTicket } from '../../../src/triage/classify/evaluation';
import { detectCrisis, mayBeCrisis } from '../../../src/triage/crisis';
import { detectCrisisWholeText } from '../../../src/triage/crisis/detect';
import { crisisKeyword, FUZZY_KEYWORDS } from '../../../src/triage/crisis/fuzzy';

const DATA = join(__dirname, '..', '..', '..', 'data');
const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const load = (name: string): LabelledTicket[] => loadLabelledTickets(join(DATA, name));
const FRESH = {
  'crisis-fresh.jsonl': load('crisis-fresh.jsonl'),
  'crisis-fresh-2.jsonl': load('crisis-fresh-2.jsonl'),
  'crisis-fresh-3.jsonl': load('crisis-fresh-3.jsonl'),
  'crisis-fresh-4.jsonl': load('crisis-fresh-4.jsonl'),
};
const ALL = [...Object.values(FRESH).flat(), ...load('labelled-tickets.jsonl'), ...loadLabelledTickets(join(FIXTURES, 'labelled-tickets-holdout.jsonl'))];
const asText = (t: LabelledTicket): string => `${t.subject}\n${t.text}`;

describe.each(Object.entries(FRESH))('%s', (_name, tickets) => {
  const scored = tickets.map((t) => ({ t, got: detectCrisis(asText(t)) }));

  it('is a real evaluation set: both classes, all four languages', () => {
    for (const lang of ['en', 'de', 'es', 'pl'] as const) expect(tickets.some((t) => t.crisis && t.lang === lang)).toBe(true);
    expect(tickets.filter((t) => !t.crisis).length).toBeGreaterThanOrEqual(10);
  });

  it('finds every crisis ticket (recall 100%)', () => {
    expect(scored.filter((s) => s.t.crisis && !s.got.crisis).map((s) => `${s.t.id}: ${s.t.text}`)).toEqual([]);
  });

  it('keeps precision at or above 90%', () => {
    const flagged = scored.filter((s) => s.got.crisis);
    const wrong = flagged.filter((s) => !s.t.crisis);
    expect(flagged.length).toBeGreaterThan(0);
    expect(1 - wrong.length / flagged.length).toBeGreaterThanOrEqual(0.9);
  });

  it('quotes the customer and names a kind and language for each flag', () => {
    for (const { t, got } of scored.filter((s) => s.got.crisis)) {
      expect(got.evidence.length).toBeGreaterThan(0);
      for (const e of got.evidence) {
        expect(`${t.subject} ${t.text}`.replace(/\s+/g, ' ')).toContain(e.excerpt.replace(/…$/, ''));
        expect(['suicidal_ideation', 'self_harm', 'immediate_danger', 'child_safety', 'distress']).toContain(e.kind);
      }
    }
  });
});

describe('prefilter and anchor windows lose nothing', () => {
  it('every ticket the whole-text detector flags is flagged by the windowed detector and passes mayBeCrisis', () => {
    const lost = ALL.filter((t) => detectCrisisWholeText(asText(t)).crisis && !detectCrisis(asText(t)).crisis).map((t) => t.id);
    const prefilterMisses = ALL.filter((t) => detectCrisisWholeText(asText(t)).crisis && !mayBeCrisis(asText(t))).map((t) => t.id);
    expect(lost).toEqual([]);
    expect(prefilterMisses).toEqual([]);
  });

  it('full-detector positives are a subset of prefilter positives on every fixture', () => {
    expect(ALL.filter((t) => detectCrisis(asText(t)).crisis && !mayBeCrisis(asText(t))).map((t) => t.id)).toEqual([]);
  });

  it('the prefilter actually filters: most ordinary tickets skip the full detector', () => {
    // Ordinary traffic = the intent sets (the crisis sets' negatives are hard idioms by design).
    const intentSets = ['labelled-tickets.jsonl', 'intents-fresh.jsonl', 'intents-fresh-b.jsonl', 'intents-fresh-c.jsonl', 'intents-fresh-d.jsonl'];
    const ordinary = intentSets.flatMap(load).filter((t) => !t.crisis);
    const passed = ordinary.filter((t) => mayBeCrisis(asText(t))).length;
    // The gate in front of the model is broad (distress words of four languages); ~30 % pass.
    expect(ordinary.length).toBeGreaterThan(500);
    expect(passed / ordinary.length).toBeLessThan(0.35);
  });

  it('reads the end of very long threads, where the newest message is', () => {
    const thread = `${'Order update: still waiting for tracking. '.repeat(1200)}\nsorry everyone, i want to kill myself`;
    expect(thread.length).toBeGreaterThan(40_000);
    expect(mayBeCrisis(thread)).toBe(true);
    expect(detectCrisis(thread).crisis).toBe(true);
  });
});

describe('misspellings, leetspeak and diacritics are tolerated by structure, not by listing sentences', () => {
  it.each([
    'i want to k1ll myself', 'thinking about su1c1de', 'sucide is on my mind', 'i keep thinking of suicde',
    'kil myself tonight', 'ich denke an suizit', 'myślę o samobujstwie', 'pienso en el suicido', 'cuting myself again',
    'NIE CHCE JUZ ZYC', 'quiero QUITARME LA VIDA', 'ich will nicht mehr leben',
  ])('%s', (text) => {
    expect(detectCrisis(text).crisis).toBe(true);
    expect(mayBeCrisis(text)).toBe(true);
  });

  it('an idiom only cancels its own span: a real crisis later in the same ticket still counts', () => {
    expect(detectCrisis('this price is killing me lol').crisis).toBe(false);
    expect(detectCrisis('this price is killing me. honestly i want to kill myself').crisis).toBe(true);
  });

  it('ordinary tickets without any anchor are rejected by the prefilter', () => {
    for (const text of ['Where is my order? Tracking has not moved for 8 days.', 'Bitte Rückerstattung für Bestellung 4411', 'Dónde está mi pedido?', 'Gdzie jest moja paczka?']) {
      expect(mayBeCrisis(text)).toBe(false);
      expect(detectCrisis(text)).toEqual(NO_CRISIS);
    }
  });
});

describe('the prefilter sees every misspelling the full detector accepts', () => {
  it('every one-edit variant of every fuzzy keyword that crisisKeyword accepts passes mayBeCrisis', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const missed: string[] = [];
    let accepted = 0;
    for (const word of FUZZY_KEYWORDS) {
      const variants = new Set<string>();
      for (let i = 0; i <= word.length; i += 1) {
        if (i < word.length) variants.add(word.slice(0, i) + word.slice(i + 1));
        if (i + 1 < word.length) variants.add(word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2));
        for (const c of letters) {
          variants.add(word.slice(0, i) + c + word.slice(i));
          if (i < word.length) variants.add(word.slice(0, i) + c + word.slice(i + 1));
        }
      }
      for (const v of variants) {
        if (crisisKeyword(v) === null) continue;
        accepted += 1;
        if (!mayBeCrisis(`please help ${v} now`)) missed.push(v);
      }
    }
    expect(accepted).toBeGreaterThan(1000);
    expect(missed).toEqual([]);
  });
});
