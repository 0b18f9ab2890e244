import { fuzzyKeywordSpans } from '../../../src/triage/crisis/fuzzy';
import { fastFold } from '../../../src/triage/crisis/fast-fold';

const tokens = (text: string): string[] => {
  const folded = fastFold(text);
  return fuzzyKeywordSpans(folded).map(([start, end]) => folded.slice(start, end));
};

describe('fuzzyKeywordSpans: misspelt and leetspeak crisis words, found without reading ordinary words', () => {
  it('finds leetspeak tokens (letters next to digits, @ or $)', () => {
    expect(tokens('i want to k1ll mys3lf tonight')).toContain('mys3lf');
    expect(tokens('thinking about su1c1de again')).toEqual(['su1c1de']);
    expect(tokens('gonna k1ll it all')).toEqual(['k1ll']);
    expect(tokens('overd0se')).toEqual(['overd0se']);
  });

  it('finds one-edit misspellings of long keywords', () => {
    expect(tokens('i feel suicdal lately')).toEqual(['suicdal']);
    expect(tokens('Ich denke an Selbstmrod')).toEqual(['selbstmrod']);
  });

  it('finds nothing in an ordinary order ticket, order numbers and model names included', () => {
    expect(tokens('Order #A-88213: PSA 10 Charizard, tracking 1Z999AA10123456784 never updated; seller sold 3 slabs')).toEqual([]);
    expect(tokens('Seller never shipped my card. Any news? It has been two weeks.')).toEqual([]);
  });

  it('reports every span in a text with both kinds', () => {
    const found = tokens('sucide... k1lling myself');
    expect(found).toEqual(expect.arrayContaining(['sucide', 'k1lling']));
  });
});
