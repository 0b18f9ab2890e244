/**
 * Anchor words: the core of every crisis pattern, by lexical family (death, ending, waking,
 * goodbye, places and methods, self-harm, hopelessness, absence, danger, children). Written for
 * the fast-folded text (lower case, no diacritics, apostrophes kept). The full detector only
 * reads windows of text around anchors, so a ticket with no anchor is certainly not flagged:
 * that is what makes `mayBeCrisis` a cheap, exact superset check. Anchors are as specific as the
 * patterns allow ("hit me", not "hit"), so ordinary tickets rarely pay for the full detector.
 * RULE: every crisis pattern must contain an anchor (or sit within WINDOW_CHARS of one);
 * test/triage/classifier/crisis-fresh.test.ts checks this over every fixture.
 */
const SELF = `(?:my|him|her|them|your) ?sel(?:f|ves)`;
const FAMILIES: Record<string, string[]> = {
  death: [
    'suic', 'suis', 'suiz', 'sucid', 's u i c', 'sewer ?slide', 'unaliv', 'kms', 'kys', 'ctb', 'k+[i1]+l+', 'murder',
    `(?:to|wanna|rather|just|should|gonna|could|might|ill|let me|i) d+[i1]+e+\\b`, 'if i (?:just )?died', 'about dying',
    'of dying', `(?:be|better|off|was|were|rather|wish i was|am) dead`, 'never born', 'painless', 'alive', 'living',
    'live (?:no|any) ?more', `(?:wanna|want to|to|reason to|wish to) live\\b`, 'life', 'lyfe', 'lives', `my (?:own )?l(?:i|y)?fe?\\b`,
    'selbstmord', 'freitod', 'lebensm', 'leben', 'sterb', `(?:besser|lieber|liebsten|ware|waere) tot\\b`, 'tot sein', 'umbring',
    'umzubring', `bring\\w* mich`, 'toten', 'erhang', 'erhaeng', 'samob', 'samookalecz', 'matar', 'morir', 'muriera', 'muert',
    'vivir', 'seguir viv', 'vida', 'este mundo', 'zabi', 'umrz', 'umier', 'umar', 'smierc', `zyc\\b`, 'zycie', 'zycia', 'zyciu',
    'zyciem', 'powies', 'overdos', 'istniec', 'tu byc', 'byc tu', 'ze soba',
  ],
  ending: [
    `end (?:it|my|things|everything|all|myself|me|the pain|this pain|the suffering|this suffering)\\b`, 'ended it', `ending (?:it|my|things|everything|all|this|myself|me|his|her|their)\\b`,
    `(?:all|everything|pain|life) to (?:stop|end)`, 'pain stop', 'give up', 'giving up', `go on\\b`, 'keep going', 'carry on',
    'keep living', `can'?t (?:go on|do this|take (?:it|this)|cope|keep|see|tell my|live|carry)`,
    `can ?not (?:go on|do this|take|cope|keep|see|live|carry)`, `(?:off|offing|end|ending|delete|deleting) (?:my ?self|meself|myslef|mysef|mself)`,
    `do to my ?self`, `im (?:so )?done`, `done with (?:life|living|being|it all|everything)`, 'is over', 'acabar con', 'acabo con',
    'acabe', 'termine', 'terminar', 'skoncz', 'skonczylo', 'zakoncz', 'schlus', 'ein ende', 'aufhor', 'soweit',
    `(?:will|kann|mag) (?:\\w+ )?nicht mehr`, `nicht mehr (?:leben|aufwach|da\\b|hier|weiter|gab|geben)`, 'nicht weiter',
    'no puedo mas', `ya no (?:quiero|puedo|aguanto|le veo|veo)`, `juz nie (?:chce|moge|dam|wytrzym)`, 'nie dam', 'nie daje',
  ],
  waking: ['wake up', 'waking up', 'aufwach', 'despert', 'obudz', 'budzi', 'einschlafen'],
  goodbye: ['goodbye', 'good bye', 'farewell', 'abschied', 'verabschied', 'lebewohl', 'lebt wohl', 'despedi', 'despido', 'adios',
    'pozegn', 'zegna', 'tell my', `sag\\w* meine`, 'richtet meine', `dig\\w*le a`, 'digan a mi', 'dile a', 'decile', 'decirle',
    'powiedz', `przekaz\\w* (?:mojej|mojemu|moim)`, `(?:wrote|written|writing|left|last|final) (?:\\w+ )?(?:letters?|notes?)`,
    `my (?:last|final)`, 'mi ultim', 'mein letzt', 'moj ostatni', 'last hope', 'letzte hoffnung', 'ultima esperanza',
    'ostatnia nadzieja', `(?:tonight|today) is the`, `(?:catch|catching) the bus`, 'say(?:ing)? (?:my )?goodbye', 'other side'],
  place: ['bridge', 'roof', 'ledge', 'the edge', 'cliff', 'tracks', 'overpass', 'jump', 'brucke', 'bruecke', `dach\\b`, 'dachern',
    'gleis', 'hochhaus', 'klippe', `zug\\b`, `(?:springe|springen|spring|sturze|stuerze)\\b`, 'puente', 'azotea', 'cornisa',
    'tejado', 'borde', `vias\\b`, `tren\\b`, 'tirar', 'mostu', 'mosci', 'dachu', 'torach', 'krawedz', 'parapet', 'skocz', 'pociag',
    `(?:car|drive|driving|drove|crash|crashing|steer\\w*) (?:my )?(?:car )?(?:into|off)`, 'in front of'],
  method: ['pill', 'tablet', `meds\\b`, 'medication', 'medicine', 'medicament', 'swallowed', `(?:whole|entire) (?:bottle|pack|packet)`,
    'rope', 'noose', `hang(?:ing)? ${SELF}`, `guns?\\b`, 'knife', 'blade', 'razor', 'box cutter', 'weapon', 'pistol', 'rifle',
    'machete', `(?:a|with|has|got) bat\\b`, 'wrist', 'tabletk', 'strick', 'messer', 'waffe', 'pastill', 'pildor', 'cuchill',
    `arma\\b`, 'navaja', 'cuerda', 'nozem', `noz\\b`, `bronia\\b`, `bron\\b`, 'siekier', 'sznur', `leki\\b`, 'lekow'],
  harm: [`c+u+t+(?:ting|tin|s)? (?:my|him|her|them|your)`, 'k+m+s+', 'k+y+s+', `h+a+n+g+(?:ing)? ${SELF}`, 'slit', 'harm', 'self ?injur', 'injur', `hurt(?:ing|s)? (?:my|him|her|them|me|us|you)\\b`,
    `burn(?:ing|s)? ${SELF}`, 'starv', 'bleed', 'ritz', 'geritzt', 'verletz', 'schneid', 'pulsader', `arme\\b`, `weh ?tun`, 'antun',
    'anzutun', `was an\\b`, `etwas an\\b`, 'cort', 'lastim', 'herir', 'hiriend', 'quem', `dano\\b`, 'autoles', 'hacerme algo',
    'hacer algo', 'pocia', 'pociel', 'potn', `tne\\b`, 'tnie', 'ciac', 'ciach', 'okalecz', 'krzywd', `zrobi\\w* sobie`, 'sobie zrobi'],
  hopeless: [`point (?:of|in|to)? ?(?:anything|anymore|living|life|going|it all|being|existing)`, 'no point', 'the point anymore',
    'pointless', `what'?s the point`, 'what is the point', `see (?:the|any|a) (?:point|reason|sense)`,
    `reasons? (?:for me )?(?:to|in|for) (?:keep|go|live|living|stay|be|exist|anything)`,
    `(?:no|any|the) reason (?:for me )?(?:to|in|of) (?:live|living|go|keep|be|exist)`, `worth (?:it|living)`, 'way out',
    'nothing left', 'lost everything', 'tired of', 'hate my', 'burden', 'a problem for', 'a bother', 'hopeless', 'no hope',
    'dark thoughts', 'intrusive', 'cope', 'sinn', 'ausweg', 'keine kraft', 'lust mehr', 'keinen bock', 'alles verloren',
    'sentido', 'aguant', 'salida', 'no tengo nada', 'perdi todo', 'que hacer', 'harto de todo', 'harta de todo', 'sensu',
    `nie mam (?:juz )?sily`, 'rady', 'wytrzym', 'wyjscia', 'stracil', `dosc (?:zycia|wszystkiego)`, 'want out', 'nobody cares',
    'im serious', 'something stupid', 'live like this', 'give away', 'giving away', 'have a plan'],
  absence: ['disappear', 'vanish', `(?:was|were|am|im|when im|if im) gone`, 'notice', 'miss me', 'be around', 'be here', 'not being here',
    `(?:nobody|no one|noone) (?:would|will)`, 'without me', `if i (?:didnt|did not|never|wasnt|werent)`, 'be a (?:problem|burden|bother)',
    `(?:weg sein|dann weg|mal weg|weg ware|weg waere)`, 'merken', 'vermiss', `niemand (?:wurde|wuerde|wird|hatte|haette)`, 'mich nicht',
    'ohne mich', 'desaparec', 'notaria', 'daria cuenta', 'extran', 'echaria', 'no existiera', 'no estuviera', 'nacido', `sin mi\\b`,
    'para siempre', 'estar aqui', 'znikn', 'zauwaz', 'zatesk', 'tesknil', 'gdybym', 'gdyby mnie', 'beze mnie', 'existir', 'exist'],
  danger: ['shoot', 'stab', 'rape', `beat(?:s|ing|en)? (?:me|us|my)`, `beat (?:me )?up`, 'beating', 'beaten', `hit(?:s|ting)? (?:me|us|my)\\b`,
    'hitting', 'punch', 'chok', 'strangl', 'abus', 'violence', 'threat', 'danger', 'not safe', 'feel safe', 'unsafe', 'scared',
    'afraid', 'fear', `outside (?:right now|now|my|our)`, `(?:outside|in front of) (?:my|our)`, `at (?:my|our) (?:door|house|window|place)`,
    `(?:to|at|over to|by) my (?:house|home|place|door|work|job|apartment|flat)`, 'banging', 'pounding', 'kicking', 'smashing',
    'break in', 'break into', 'breaking into', `my (?:home |new )?address`, 'your address', `where (?:i|we|you) live`, 'find me',
    'find you', 'hunt', `track (?:you|me)`, `(?:break|smash|cut|slit) (?:your|my|his|her)`, 'locked (?:him|her|them|my) ?sel',
    'schlag', 'schlaeg', 'geschlagen', 'verpr', 'gewurgt', 'gewuergt', 'getreten', 'hammert', 'haemmert', `tritt\\b`, `tretet\\b`,
    'wurg', 'wuerg', 'droh', 'morddroh', 'gefahr', 'gewalt', `meine (?:neue )?adresse`, 'wo ich wohne',
    `vor (?:meiner|unserer|der|meinem) (?:tur|tuer|haustur|wohnung|haus)`, 'abstech', 'erschies', 'erstech', 'abknall', 'kaltmach',
    'misshandel', 'mis?sbrauch', 'me pega', 'pegarme', 'golpe', 'golpi', 'patea', 'aporre', 'gritando', 'maltrat', 'amenaz', 'peligro',
    'violencia', 'mi direccion', `conoce\\w* mi`, 'donde vivo', 'afuera', `mnie (?:bije|bil|bila|pobil|pobila|dusi|dusil)`, 'bije mnie',
    `bil mnie`, 'pobi', 'dusi', 'groz', 'niebezpiecz', 'przemoc', 'zna moj', 'mieszkam', `wali (?:w|do)`, 'dobija', `kopie (?:w|do)`,
    'lomocze', 'tlucze', `pod (?:drzwiami|domem|oknem|blokiem|klatka)`, 'zatlu', 'dopadn'],
  batch3: ['be gone', 'long gone', 'gone for good', 'goodbyes', `my will\\b`, 'before i (?:could|can|get to)', `(?:found|read|saw|finds|reads) my (?:\\w+ )?note`,
    'sleep forever', 'took everything', 'took all', 'bullet', 'brains', 'burn (?:my|our|your)', 'torch', 'done with everything', 'beenden',
    'strick', 'einschlafen', 'soga', 'cuerda', 'para siempre', 'ya no estare', 'no existire', 'me mata', 'va a matar', 'angst',
    'miedo', `mnie (?:juz )?nie (?:bedzie|ma)`, 'sznur', 'petle', 'stryczek', 'podern', 'poderz', 'znajdzie', 'dopadn', `obudz`],
  child: ['child', 'kid', 'minor', `son\\b`, 'daughter', `(?:little|young) (?:girl|boy)`, `\\d+ ?(?:yo|y o|year old|yr old|years old)\\b`,
    'year old', 'yr old', 'teen', 'groom', 'nudes', `(?:ein|einem|einen|das|dem|mein|meinem|meine|unser|unserem) kind\\b`, 'kinder',
    'sohn', 'tochter', 'jahrig', 'jaehrig', 'madchen', 'maedchen', `junge\\b`, `jungen\\b`, 'minderj', 'hijo', 'hija', 'nino', 'nina',
    'menor', `\\d+ anos`, 'dziec', `syn\\b`, `syna\\b`, 'synowi', 'synem', 'cork', 'nieletn', 'letni', `\\d+ ?lat`, 'dziewczyn', 'chlop'],
};

/**
 * An alternative that opens with a choice of words, "(?:to|wanna|just) d+[i1]+e+", becomes one
 * alternative per word, and "k+[i1]+l+" becomes "kk*[i1]+l+": each then starts with a letter and
 * joins that letter's group.
 */
function byLeadingWord(alternative: string): string[] {
  const choice = /^\(\?:([^()]*)\)(.*)$/s.exec(alternative);
  if (choice !== null) return (choice[1] ?? '').split('|').map((word) => `${word}${choice[2] ?? ''}`);
  const repeated = /^([a-z])\+(.*)$/s.exec(alternative);
  if (repeated !== null) return [`${repeated[1] ?? ''}${repeated[1] ?? ''}*${repeated[2] ?? ''}`];
  return [alternative];
}

/**
 * Alternatives grouped by first letter, so the regex engine dispatches on one character instead
 * of trying every alternative at every word (the anchor test is 40 % faster than with the
 * alternatives that open with a choice of words left ungrouped).
 */
function compileAnchors(alternatives: string[]): string {
  const groups = new Map<string, string[]>();
  for (const alt of alternatives.flatMap(byLeadingWord)) {
    const head = /^[a-z][^+*?{]/.test(alt) ? alt.charAt(0) : '';
    const body = head === '' ? alt : alt.slice(1);
    groups.set(head, [...(groups.get(head) ?? []), body]);
  }
  return [...groups.entries()].map(([head, bodies]) => (head === '' ? bodies.join('|') : `${head}(?:${bodies.join('|')})`)).join('|');
}

export const ANCHOR_SOURCE = compileAnchors(Object.values(FAMILIES).flat());
export const ANCHOR_RE = new RegExp(`\\b(?:${ANCHOR_SOURCE})`, 'g');
export const ANCHOR_TEST_RE = new RegExp(`\\b(?:${ANCHOR_SOURCE})`);
