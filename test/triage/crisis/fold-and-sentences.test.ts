import { crisisFold } from '../../../src/triage/crisis/crisis-fold';
import { contextHits, dangerHits } from '../../../src/triage/crisis/cue-scan';
import { addWords, hashFeature, structuralFeatures, windowFeatures, wordFeatures } from '../../../src/triage/crisis/features';
import { sentenceSpans } from '../../../src/triage/crisis/windows';

describe('crisisFold', () => {
  it.each([
    ['I want to k1ll mys3lf', 'i want to kill myself'],
    ['su1c1de', 'suicide'],
    ['d!e', 'die'],
    ['mail me at shop@example.com', 'mail me at shopaexample.com'],
  ])('reads leetspeak inside a word as letters: %s', (text, folded) => {
    expect(crisisFold(text)).toBe(folded);
  });

  it.each([
    ['order 1337 shipped', 'order 1337 shipped'],
    ['paid $40 for it', 'paid  40 for it'],
    ['wow! great', 'wow! great'],
    ['a13. done', 'ai3. done'],
    ['x 13a', 'x 13a'],
  ])('leaves digits and symbols that do not follow a letter: %s', (text, folded) => {
    expect(crisisFold(text)).toBe(folded);
  });

  it('moves an apostrophe inside a word to its end, blanks other symbols and keeps every position', () => {
    const text = "I can't — really, I can’t go on 😞 (Zoë)";
    const folded = crisisFold(text);
    expect(folded).toBe('i cant    really  i cant  go on     zoe ');
    expect(folded).toHaveLength(text.length);
  });

  it('reads a laughing face as the written laugh "xd", keeping every position', () => {
    const text = 'ich bring mich um 😂 wenn das nicht kommt 🤣';
    const folded = crisisFold(text);
    expect(folded).toBe('ich bring mich um xd wenn das nicht kommt xd');
    expect(folded).toHaveLength(text.length);
    expect(contextHits(folded).map((hit) => hit.cue)).toContain('xd');
  });
});

describe('sentenceSpans', () => {
  const sentences = (text: string): string[] => sentenceSpans(text).map(([from, to]) => text.slice(from, to));

  it('ends a sentence at . ! ? and line breaks, keeping the run of ends with it', () => {
    expect(sentences('hello. are you there?! i am\nhere')).toEqual(['hello.', ' are you there?!', ' i am\n', 'here']);
  });

  it('skips stretches holding only blanks, however many follow each other', () => {
    const text = `first.${'\n \t \n'.repeat(5_000)}  last one`;
    expect(sentences(text)).toEqual(['first.\n', '  last one']);
  });

  it('gives nothing for blank text', () => {
    expect(sentenceSpans('')).toEqual([]);
    expect(sentenceSpans(' \n\n . ')).toEqual([]);
  });
});

describe('wordFeatures', () => {
  it('hashes each word, each pair of neighbours and the first five letters of long words, in text order', () => {
    const text = 'xx hello wonderful world';
    const { buckets, count } = wordFeatures(text, 3, text.length);
    expect([...buckets.subarray(0, count)]).toEqual([
      hashFeature('w:hello'),
      hashFeature('w:wonderful'),
      hashFeature('b:hello wonderful'),
      hashFeature('s:wonde'),
      hashFeature('w:world'),
      hashFeature('b:wonderful world'),
    ]);
  });

  it('holds every feature of a long text of one-letter words', () => {
    const text = 'a '.repeat(3_000);
    const { count } = wordFeatures(text, 0, text.length);
    expect(count).toBe(3_000 + 2_999);
  });
});

describe('windowFeatures', () => {
  it('lists structural features first (weight 1), then each word feature once in text order, none twice', () => {
    const folded = crisisFold('I will kill myself tonight, tonight, tonight. Order 12345 never came.');
    const sentences = sentenceSpans(folded);
    const danger = dangerHits(folded);
    const input = { folded, window: [0, folded.length] as [number, number], sentences, danger, context: contextHits(folded) };
    const { index, value } = windowFeatures(input);
    const structural = [...new Set(structuralFeatures(input).map(hashFeature))];
    const words = new Set<number>();
    addWords(` ${folded}`, words);
    const lexical = [...words].filter((w) => !structural.includes(w));
    expect(index).toEqual([...structural, ...lexical]);
    expect(value.slice(0, structural.length).every((v) => v === 1)).toBe(true);
    expect(value[structural.length]).toBeCloseTo(3 / Math.sqrt(lexical.length));
  });

  it('counts a word again in the next window (a fresh mark per window)', () => {
    const folded = crisisFold('I want to die.');
    const input = { folded, window: [0, folded.length] as [number, number], sentences: sentenceSpans(folded), danger: dangerHits(folded), context: contextHits(folded) };
    expect(windowFeatures(input)).toEqual(windowFeatures(input));
  });
});
