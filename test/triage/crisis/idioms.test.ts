/**
 * The regex lexicon's idiom spans (src/triage/crisis/idioms.ts): a crisis phrase inside a figure of
 * speech is not a statement, while the same words outside it still are.
 */
import { detectCrisisPatterns } from '../../../src/triage/crisis/detect';

const strong = (text: string): boolean => detectCrisisPatterns(text).crisis;

describe('crisis lexicon idioms', () => {
  it.each([
    "Look, I'm not gonna lose sleep or kill myself over one card, but this rookie is clearly a reprint.",
    'not going to kill myself over a stupid slab',
    'Feels like bringing a knife to a gunfight over here, someone sniped it at 0:01.',
    'Suicide Squad #1 CGC 9.8 arrived damaged',
  ])('a figure of speech is not a statement: %s', (text) => {
    expect(strong(text)).toBe(false);
  });

  it.each(['I will bring a knife to his shop on Friday', 'I want to kill myself over this, I am done with everything'])('the words outside the idiom still are: %s', (text) => {
    expect(strong(text)).toBe(true);
  });
});
