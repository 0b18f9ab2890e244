/**
 * Features for the naive Bayes component, read from normalised text (see ../../text/normalize.ts):
 * words, word bigrams and character 4-grams inside words. The 4-grams make the model tolerant of
 * inflection and compounding ("auszahlung"/"auszahlungen", "wyplata"/"wyplaty", "reembolso"/
 * "reembolsar") and of misspellings a keyword list never lists. Each feature counts once per
 * ticket (binarised counts work better than raw counts on short texts).
 */
const WORD_RE = /[a-z0-9]+/g;
const GRAM = 4;
// Very frequent function words carry no intent; dropping them keeps the model from learning
// which language a fixture happened to be written in.
const STOP = new Set([
  'the', 'a', 'an', 'and', 'or', 'to', 'of', 'in', 'on', 'is', 'it', 'i', 'my', 'me', 'for', 'this', 'that', 'was', 'with',
  'der', 'die', 'das', 'und', 'ich', 'ist', 'ein', 'eine', 'mit', 'zu', 'den', 'es', 'mir', 'mein', 'meine',
  'el', 'la', 'los', 'las', 'y', 'de', 'que', 'en', 'un', 'una', 'mi', 'por', 'con', 'es', 'lo',
  'i', 'w', 'z', 'na', 'do', 'sie', 'to', 'ze', 'jest', 'mi', 'mnie', 'moje', 'moja', 'moj',
  // placeholders from normalisation: an order number or a handle says nothing about the intent
  'ordnum', 'handle', 'url',
]);

const PLACEHOLDERS = new Set(['ordnum', 'handle', 'url']);

/** The model reads the start of a ticket only: what it is about is said early, and 20 KB bodies stay cheap. */
const MAX_CHARS = 3000;

export function extractFeatures(normalized: string): Set<string> {
  const words = normalized.slice(0, MAX_CHARS).match(WORD_RE) ?? [];
  const out = new Set<string>();
  let previous = '';
  for (const word of words) {
    if (/^\d+$/.test(word)) continue;
    if (!STOP.has(word)) {
      out.add(`w:${word}`);
      if (word.length > GRAM) {
        const padded = ` ${word} `;
        for (let i = 0; i + GRAM <= padded.length; i += 1) out.add(`c:${padded.slice(i, i + GRAM)}`);
      }
    }
    // Placeholders stay out of bigrams too: "order ordnum" is in every kind of ticket.
    if (PLACEHOLDERS.has(word)) {
      previous = '';
      continue;
    }
    if (previous !== '') out.add(`b:${previous} ${word}`);
    previous = word;
  }
  return out;
}
