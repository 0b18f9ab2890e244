import { crisisFold } from '../../../src/triage/crisis/crisis-fold';
import { dangerHits } from '../../../src/triage/crisis/cue-scan';

const cuesIn = (text: string): string[] => dangerHits(crisisFold(text)).map((hit) => hit.cue);
const emergencyNumber = (cue: string): boolean => /911\|112\|999/.test(cue);

describe('danger cues', () => {
  it.each(['ich habe die 112 gerufen', 'we dialled 911 twenty minutes ago', 'ring 999 for me'])('an emergency number to call is a cue: %s', (text) => {
    expect(cuesIn(text).some(emergencyNumber)).toBe(true);
  });

  it.each(['Lastschrift über 112,00 € vom 03.04.', 'I was charged $911.50 twice', 'order 999.99 EUR', 'Bestellnummer 1129934', 'tracking 911204'])(
    'an amount or a longer number is not: %s',
    (text) => {
      expect(cuesIn(text).some(emergencyNumber)).toBe(false);
    },
  );

  it('a listed phrase does not match inside a longer word ("eine Last" in "eine Lastschrift")', () => {
    expect(cuesIn('Auf meinem Konto ist eine Lastschrift, die ich nicht kenne')).not.toContain('eine last');
    expect(cuesIn('Ich bin für alle nur noch eine Last')).toContain('nur noch eine last');
  });
});
