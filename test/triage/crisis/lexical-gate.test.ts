/**
 * The lexical gate lets the model read wording no cue list names, and stays shut where the words
 * say nothing either way.
 */
import { detectCrisis, mayBeCrisis } from '../../../src/triage/crisis';
import { analyze } from '../../../src/triage/crisis/analyze';
import { crisisFold } from '../../../src/triage/crisis/crisis-fold';
import { dangerHits } from '../../../src/triage/crisis/cue-scan';
import { lexicalHits, trainLexicalGate, type GateExample } from '../../../src/triage/crisis/lexical-gate';
import { getCrisisModel } from '../../../src/triage/crisis/model-training';
import { sentenceSpans } from '../../../src/triage/crisis/windows';

const UNLISTED = [
  "In tonight's break chat my buddy wrote that he is going to hang himself once the stream ends.",
  'Ich komm morgen mit meiner Knarre vorbei, dann sehen wir weiter.',
  'Je passe demain avec un marteau, le premier employé qui sort va payer.',
];

describe('lexical gate', () => {
  it('opens where no danger cue is listed, and the model then flags the ticket', () => {
    for (const text of UNLISTED) {
      expect(dangerHits(crisisFold(text))).toEqual([]);
      expect(mayBeCrisis(text)).toBe(true);
      const verdict = detectCrisis(text);
      expect(verdict.crisis || verdict.crisisReview).toBe(true);
    }
  });

  it('stays shut when the words argue for nothing ("Hi, thanks!")', () => {
    expect(mayBeCrisis('Hi, thanks!')).toBe(false);
    expect(mayBeCrisis('')).toBe(false);
  });

  it('reads a long ticket sentence by sentence: a disclosure after a benign cue gets its own window', () => {
    const gate = getCrisisModel().gate;
    const filler = 'The tracking number has not moved since Monday and the seller does not answer. '.repeat(12);
    const text = `Happy to be following your shows. ${filler}${UNLISTED[0] ?? ''}`;
    const folded = crisisFold(text);
    const analysis = analyze(text, { folded, gate });
    const disclosure = folded.indexOf('hang himself');
    expect(analysis.windows.some(([from, to]) => disclosure >= from && disclosure < to)).toBe(true);
  });

  it('sets its threshold so that nearly every danger line opens it out of fold (not only all), and words must add evidence', () => {
    const danger = ['i will end it tonight', 'he will hurt me', 'she stopped breathing'];
    const safe = ['where is my parcel', 'refund my order please', 'the card is fake'];
    const examples: GateExample[] = [];
    for (let i = 0; i < 60; i += 1) {
      for (const text of danger) examples.push({ words: wordsOf(text), danger: true });
      for (const text of safe) examples.push({ words: wordsOf(text), danger: false });
    }
    const { gate, opensOutOfFold } = trainLexicalGate(examples);
    const dangerOpened = examples.filter((e, i) => e.danger && opensOutOfFold[i] === true).length;
    const safeOpened = examples.filter((e, i) => !e.danger && opensOutOfFold[i] === true).length;
    expect(dangerOpened / (examples.length / 2)).toBeGreaterThan(0.9);
    expect(safeOpened).toBe(0);
    expect(gate.threshold).toBeGreaterThan(gate.bias);
    expect(lexicalHits('she stopped breathing', sentenceSpans('she stopped breathing'), gate)).toHaveLength(1);
    expect(lexicalHits('where is my parcel', sentenceSpans('where is my parcel'), gate)).toEqual([]);
  });
});

function wordsOf(text: string): number[] {
  // The gate's own word hashing, through the public path the detector uses.
  const { gateWords } = jest.requireActual<typeof import('../../../src/triage/crisis/lexical-gate')>('../../../src/triage/crisis/lexical-gate');
  return gateWords(text);
}
