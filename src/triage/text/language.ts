/**
 * Cheap language guess for en/de/es/pl: counts frequent function words in the folded text and
 * adds a bonus for letters only one of the languages uses in the raw text.
 */
export type Language = 'en' | 'de' | 'es' | 'pl' | 'unknown';

const STOPWORDS: Record<Exclude<Language, 'unknown'>, string[]> = {
  en: ['the', 'and', 'my', 'is', 'it', 'to', 'i', 'im', 'not', 'of', 'this', 'was', 'have', 'you', 'for', 'never', 'with', 'that', 'but', 'on', 'me', 'seller', 'dont', 'cant', 'didnt'],
  de: ['ich', 'und', 'die', 'der', 'das', 'nicht', 'ist', 'mein', 'meine', 'mich', 'mir', 'ein', 'eine', 'habe', 'hat', 'noch', 'auf', 'mit', 'sich', 'wie', 'bitte', 'aber', 'kein', 'keine', 'wurde', 'will'],
  es: ['el', 'la', 'que', 'de', 'y', 'no', 'mi', 'me', 'es', 'un', 'una', 'por', 'con', 'los', 'las', 'pero', 'para', 'lo', 'ya', 'esta', 'hace', 'quiero', 'muy', 'mas', 'nada'],
  pl: ['nie', 'sie', 'jest', 'i', 'w', 'na', 'ze', 'to', 'mnie', 'moje', 'moja', 'moj', 'juz', 'jak', 'ale', 'czy', 'mi', 'ktos', 'za', 'po', 'od', 'tego', 'tak', 'dalej', 'jeszcze'],
};

const LOOKUP = new Map<string, Array<Exclude<Language, 'unknown'>>>();
for (const [lang, words] of Object.entries(STOPWORDS) as Array<[Exclude<Language, 'unknown'>, string[]]>) {
  for (const w of words) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), lang]);
}

const LETTER_HINTS: Array<[RegExp, Exclude<Language, 'unknown'>]> = [
  [/[ąęłśźżćń]/gi, 'pl'],
  [/[äöüß]/gi, 'de'],
  [/[ñ¿¡]/gi, 'es'],
];

export function detectLanguage(folded: string, raw = ''): Language {
  const score = { en: 0, de: 0, es: 0, pl: 0 };
  for (const token of folded.split(/[^a-z]+/)) {
    for (const lang of LOOKUP.get(token) ?? []) score[lang] += 1;
  }
  const sample = raw.slice(0, 2000);
  for (const [re, lang] of LETTER_HINTS) score[lang] += 2 * (sample.match(re)?.length ?? 0);
  let best: Language = 'unknown';
  let bestScore = 0;
  for (const lang of ['en', 'de', 'es', 'pl'] as const) {
    if (score[lang] > bestScore) {
      best = lang;
      bestScore = score[lang];
    }
  }
  return best;
}
