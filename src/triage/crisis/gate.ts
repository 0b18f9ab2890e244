/**
 * The broadened gate in front of the crisis model: words of distress, danger, endings, harm,
 * methods, farewells and vulnerable third persons in en/de/es/pl — much wider than the pattern
 * anchors (anchors.ts), because the model exists to catch what the patterns did not foresee.
 * It only decides where the model reads (windows around these words); ordinary tickets without
 * any of them never reach the model. Matched on fastFold output (lower case, diacritics folded,
 * same length), each stem open at the end so inflections match.
 */
const STEMS = [
  // en
  'dying', 'death', 'to die', 'wanna die', 'gonna die', 'just die', 'kill', 'suicid', 'unaliv', 'life', 'to live',
  'living', 'alive', 'end it', 'ending it', 'ending my', 'end everything', 'hurt', 'harm', 'cutting', 'cut myself', 'cut my', 'scratch', 'razor',
  'blade', 'bleed', 'blood', 'pill', 'meds', 'medication', 'overdos', 'bottle', 'bridge', 'overpass', 'roof', 'ledge', 'jump',
  'rope', 'hang myself', 'hanging', 'knife', 'weapon', 'goodbye', 'farewell', 'letters', 'note for', 'anymore', 'hopeless',
  'pointless', 'no point', 'nothing matters', 'tired of', 'give up', 'gave up', 'giving up', 'sleep', 'wake', 'disappear',
  'not be here', 'not here', 'wasnt here', 'be gone', 'better off', 'without me', 'miss me', 'alone', 'scared', 'afraid',
  'terrified', 'threat', 'coming over', 'coming to my', 'my address', 'where i live', 'hit me', 'beat me', 'beat up', 'beats me',
  'pushed me', 'choked', 'locked in', 'locked myself', 'call someone', 'call the police', 'call 911', 'worthless', 'burden',
  'cant go on', 'cant take', 'last time', 'last thing', 'last hope', 'giving away', 'wont need', 'where hes going',
  'where im going', 'years old', 'year old', 'nudes', 'secret', 'dont tell', 'not tell', 'grooming', 'take care of my',
  'sorry for everything', 'feel empty', 'so empty', 'breakdown', 'cant breathe',
  // de
  'sterb', 'umbring', 'selbstmord', 'suizid', 'ritz', 'tablett', 'brucke', 'vom dach', 'spring', 'abschied', 'kraft', 'sinn',
  'aufwach', 'vermiss', 'messer', 'waffe', 'pistole', 'droh', 'angst', 'allein', 'schlagt', 'schlug', 'am ende', 'nicht mehr',
  'weg sein', 'verschwind', 'bei oma', 'antun', 'schluss', 'jahre alt', 'geheim', 'nicht sagen', 'lebens', 'leben',
  // es
  'muer', 'morir', 'matar', 'me mate', 'vida', 'vivir', 'cortar', 'cortes', 'cortarme', 'pastilla', 'puente', 'tirar',
  'despedida', 'desaparec', 'aguant', 'sentido', 'amenaz', 'cuchillo', 'arma', 'pistola', 'miedo', 'estoy sola', 'estoy solo',
  'golpe', 'me pega', 'menor', 'secreto', 'no decir', 'ya no puedo', 'no puedo mas', 'acabar', 'terminar con', 'dormir',
  'despertar', 'lastim', 'sin mi',
  // pl
  'umier', 'umrz', 'zabi', 'zabij', 'samoboj', 'zycie', 'zyc', 'tne', 'ciac', 'pocie', 'tabletk', 'mostu', 'moscie', 'skocz',
  'pozegn', 'sily', 'sil ', 'sens', 'budzic', 'obudz', 'beze mnie', 'grozi', 'noz', 'bron', 'boje', 'sam w domu', 'sama w domu',
  'bije', 'uderz', 'lat)', 'latek', 'latka', 'nikomu', 'skoncz', 'zakoncz', 'koniec', 'zniknac', 'krzywd', 'dosc',
];
/**
 * Short words that are only distress as whole words ("gun", not "gundam"; "tot", not "total";
 * "numb", not the "number" of nearly every order ticket).
 */
const WHOLE_WORDS = ['gun', 'guns', 'tot', 'tod', 'toten', 'cut', 'cuts', 'hang', 'hanged', 'numb', 'numbness', 'numbed'];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Open stems that are also the start of an everyday trade word: "deadstock" sneakers, a "deadline". */
const EXCEPT_BEFORE: Array<[string, string[]]> = [['dead', ['stock', 'line']]];
/** Stems start at a word boundary; a few end in a space or bracket on purpose (short words). */
const alternatives = [
  ...STEMS.map(escape),
  ...WHOLE_WORDS.map((w) => `${escape(w)}(?![a-z0-9])`),
  ...EXCEPT_BEFORE.map(([stem, tails]) => `${escape(stem)}(?!${tails.join('|')})`),
];

/** One alternation per first letter: V8 then tries only the stems that can start at a position. */
function grouped(items: string[]): string {
  const byFirst = new Map<string, string[]>();
  for (const item of items) byFirst.set(item.charAt(0), [...(byFirst.get(item.charAt(0)) ?? []), item.slice(1)]);
  return [...byFirst].map(([first, rests]) => `${first}(?:${rests.sort((a, b) => b.length - a.length).join('|')})`).join('|');
}

export const GATE_RE = new RegExp(`\\b(?:${grouped(alternatives)})`, 'g');
const GATE_TEST_RE = new RegExp(GATE_RE.source);

export function passesGate(folded: string): boolean {
  return GATE_TEST_RE.test(folded);
}

/** [start, end) spans of every gate word in the folded text. */
export function gateSpans(folded: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  GATE_RE.lastIndex = 0;
  for (let m = GATE_RE.exec(folded); m !== null; m = GATE_RE.exec(folded)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}
