/**
 * Cheap language guess for en/de/es/pl/fr/it: counts frequent function words in the folded text
 * and adds a bonus for letters only one of the languages uses in the raw text.
 */
export type Language = 'en' | 'de' | 'es' | 'pl' | 'fr' | 'it' | 'unknown';
type Known = Exclude<Language, 'unknown'>;

const STOPWORDS: Record<Known, string[]> = {
  en: ['the', 'and', 'my', 'is', 'it', 'to', 'i', 'im', 'not', 'of', 'this', 'was', 'have', 'you', 'for', 'never', 'with', 'that', 'but', 'on', 'me', 'seller', 'dont', 'cant', 'didnt'],
  de: ['ich', 'und', 'die', 'der', 'das', 'nicht', 'ist', 'mein', 'meine', 'mich', 'mir', 'ein', 'eine', 'habe', 'hat', 'noch', 'auf', 'mit', 'sich', 'wie', 'bitte', 'aber', 'kein', 'keine', 'wurde', 'will'],
  es: ['el', 'la', 'de', 'no', 'me', 'mi', 'una', 'con', 'se', 'su', 'que', 'y', 'es', 'por', 'los', 'las', 'pero', 'para', 'lo', 'ya', 'esta', 'hace', 'quiero', 'muy', 'mas', 'nada', 'del', 'pedido', 'tengo', 'todo', 'como', 'hola', 'estoy', 'gracias'],
  pl: ['nie', 'sie', 'jest', 'i', 'w', 'na', 'ze', 'to', 'mnie', 'moje', 'moja', 'moj', 'juz', 'jak', 'ale', 'czy', 'mi', 'ktos', 'za', 'po', 'od', 'tego', 'tak', 'dalej', 'jeszcze'],
  fr: ['le', 'les', 'et', 'est', 'je', 'pas', 'ne', 'une', 'des', 'du', 'mon', 'ma', 'mes', 'pour', 'avec', 'vous', 'mais', 'sur', 'plus', 'qui', 'ce', 'suis', 'commande', 'merci',
    'jai', 'cest', 'nest', 'au', 'aux', 'elle', 'ca', 'tout', 'rien', 'dans', 'votre', 'vos', 'nous', 'sont', 'fait', 'bien', 'avez', 'deja', 'tres', 'moi', 'bonjour'],
  it: ['il', 'che', 'di', 'non', 'e', 'un', 'una', 'le', 'lo', 'se', 'io', 'mai', 'sul', 'dal', 'alla', 'nella', 'delle', 'dei', 'pacco', 'venditore', 'la', 'con', 'per', 'mi', 'sono', 'ho', 'della', 'gli', 'ma', 'mio', 'mia', 'piu', 'anche', 'questo', 'ordine', 'grazie', 'perche', 'ha', 'nel',
    'gia', 'ancora', 'sempre', 'tutto', 'niente', 'dopo', 'vostro', 'vi', 'ci', 'cosi', 'stato', 'fatto', 'molto', 'questa', 'sto', 'buongiorno', 'ciao', 'ogni', 'solo'],
};

const LOOKUP = new Map<string, Known[]>();
for (const [lang, words] of Object.entries(STOPWORDS) as Array<[Known, string[]]>) {
  for (const w of words) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), lang]);
}

const LETTER_HINTS: Array<[RegExp, Known]> = [
  [/[ąęłśźżćń]/gi, 'pl'],
  [/[äöüß]/gi, 'de'],
  [/[ñ¿¡]/gi, 'es'],
  [/[çêâîôûœë]/gi, 'fr'],
  [/[ìò]/gi, 'it'],
];

const ORDER: readonly Known[] = ['en', 'de', 'es', 'pl', 'fr', 'it'];

export function detectLanguage(folded: string, raw = ''): Language {
  const score: Record<Known, number> = { en: 0, de: 0, es: 0, pl: 0, fr: 0, it: 0 };
  for (const token of folded.split(/[^a-z]+/)) {
    for (const lang of LOOKUP.get(token) ?? []) score[lang] += 1;
  }
  const sample = raw.slice(0, 2000);
  for (const [re, lang] of LETTER_HINTS) score[lang] += 2 * (sample.match(re)?.length ?? 0);
  let best: Language = 'unknown';
  let bestScore = 0;
  for (const lang of ORDER) {
    if (score[lang] > bestScore) {
      best = lang;
      bestScore = score[lang];
    }
  }
  return best;
}
