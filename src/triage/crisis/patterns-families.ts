/**
 * Cross-language families added after fresh batch 2 (scored before any fix): the world being
 * better without the writer, a decision with a time ("tonight is the night", "heute Nacht mache
 * ich dem allen ein Ende"), "do something to myself", reflexive self-harm verbs, never waking,
 * methods (car into a wall, razor), threats with the verb last (German word order), and an
 * adult + a child + a sexual/secret/alone cue in either order. Normalised alphabet.
 */
import { compileCrisis } from './pattern';

const CHILD_EN = `(?:kids?|child|children|minor|son|daughter|little (?:girl|boy)|young (?:girl|boy)|\\d+ ?(?:yo|y o|year old|yr old|years old))`;
const GROOM_EN = `(?:sexual|sexy|explicit|dirty|nudes?|naked|inappropriate|meet (?:up|alone|in person)|alone|secret|sext\\w*|pictures of (?:her|him)self|photos of (?:her|him)self)`;

export const EN_FAMILY_PATTERNS = compileCrisis('en', [
  ['suicidal_ideation', `better (?:off |for everyone |for everybody |for all )?(?:\\w+ ){0,4}without me\\b|without me (?:\\w+ ){0,4}better|(?:better|easier) (?:\\w+ ){0,4}if i (?:didnt|did not|never|wasnt|werent) (?:exist|existed|born|here|around|alive)|(?:tonight|today) is the (?:night|day)\\b|(?:wont|will not) be a (?:problem|burden|bother) (?:for|to) (?:anyone|anybody|everyone|you|them) (?:much longer|for long|anymore|soon)`],
  ['suicidal_ideation', `(?:drive|driving|drove|crash|crashing|steer\\w*) (?:my )?(?:car )?(?:into|off) (?:a |the )?(?:wall|tree|bridge|cliff|truck|river|lake|pole)|step(?:ping)? in front of (?:a |the )?(?:train|bus|truck|car)|(?:talking|talks|talked|thinking|thinks|posted|posting|says|said|wrote|writes) (?:about )?(?:ending it|ending (?:his|her|their) life|killing (?:him|her|them)sel\\w*|suicide|wanting to die)|say(?:ing)? (?:my )?goodbyes? to (?:my )?(?:kids|children|family|son|daughter|wife|husband|mom|dad|everyone|everybody|the world)`],
  ['immediate_danger', `(?:locked|locks) (?:him|her|them|my)sel(?:f|ves) in\\b.{0,60}(?:razor|blade|knife|pills|rope|gun)|with (?:a |the )?(?:razor|razor ?blade|blade|box cutter)\\b`],
  ['child_safety', `${CHILD_EN}.{0,100}\\b${GROOM_EN}|\\b${GROOM_EN}\\b.{0,100}\\b${CHILD_EN}\\b`],
  ['distress', `cant live like this|giv(?:e|ing) away (?:all )?(?:of )?my (?:stuff|things|belongings)|i have a plan\\b|see you on the other side`, 'weak'],
]);

export const DE_FAMILY_PATTERNS = compileCrisis('de', [
  ['suicidal_ideation', `wenn es mich nicht (?:mehr )?(?:gabe|gaebe|geben wurde|geben wuerde)|ohne mich (?:\\w+ ){0,3}besser|(?:allem|allen|ganzen|alles|leben|meinem leben) (?:\\w+ )?ein ende|nie (?:wieder|mehr) aufwachen|einschlafen und (?:nie|nicht) (?:wieder |mehr )?aufwachen|(?:heute|heute nacht|heute abend) (?:ist es soweit|mache ich schluss)`],
  ['self_harm', `(?:schneide|schneid|ritze|ritz|verletze) (?:mir|mich) (?:\\w+ ){0,3}(?:arme|arm|handgelenke|pulsadern|beine|haut)|pulsadern`],
  ['immediate_danger', `mich (?:\\w+ ){0,3}(?:abstechen|umbringen|umzubringen|toten|erschiessen|erstechen|abknallen|kaltmachen|verprugeln|verpruegeln) (?:wird|will|werde|wurde|wuerde|wollte|wolle)|(?:wird|will|werde|wollte) mich (?:\\w+ ){0,2}(?:abstechen|erschiessen|erstechen|abknallen|kaltmachen)`],
  ['child_safety', `(?:kind|kinder|madchen|maedchen|sohn|tochter|minderjahrig\\w*|\\d+ ?jahrig\\w*).{0,100}(?:sexuell\\w*|nackt\\w*|allein treffen|alleine treffen|unter vier augen)|(?:sexuell\\w*|nackt\\w*) .{0,80}(?:kind|madchen|sohn|tochter|minderjahrig\\w*|\\d+ ?jahrig\\w*)`],
]);

export const ES_FAMILY_PATTERNS = compileCrisis('es', [
  ['suicidal_ideation', `si (?:yo )?no (?:existiera|estuviera|hubiera nacido)|sin mi (?:\\w+ ){0,3}mejor|mejor (?:\\w+ ){0,3}sin mi\\b|(?:esta noche|hoy|manana) me despido|me despido (?:para siempre|de todos|de este mundo|de la vida)|(?:dormir|dormirme) y no despertar|no (?:volver a )?despertar(?:me)? nunca|(?:hacerme|me voy a hacer|voy a hacerme) algo\\b`],
  ['self_harm', `(?:me|me he|he estado|estoy|sigo|me estoy|me sigo) (?:\\w+ ){0,2}(?:lastimand|hiriend|quemand)\\w*|lastimandome|me lastime a proposito`],
  ['child_safety', `(?:nino|nina|menor|hijo|hija|\\d+ anos).{0,100}(?:a solas|sexual\\w*|desnud\\w*|en secreto)|(?:sexual\\w*|desnud\\w*|a solas) .{0,80}(?:nino|nina|menor|hijo|hija|\\d+ anos)`],
]);

export const PL_FAMILY_PATTERNS = compileCrisis('pl', [
  ['suicidal_ideation', `gdyby mnie (?:juz )?nie (?:bylo|bedzie)|beze mnie|wszystko zakoncze|zakoncze (?:to )?wszystko|zakonczyc (?:to )?wszystko|skoncze (?:to )?wszystko|zakoncz\\w* (?:swoje |moje )?zycie|zasnac i (?:sie )?nie obudzic|(?:zrobi\\w*|zrobie) sobie (?:cos|krzywde|cokolwiek)|cos sobie zrobi\\w*`],
  ['child_safety', `(?:dziec\\w*|nieletni\\w*|\\d+ ?(?:lat|letni)\\w*|cork\\w*|syn\\w*).{0,100}(?:sam na sam|seksualn\\w*|nag\\w* zdjec|rozbier\\w*)|(?:seksualn\\w*|sam na sam) .{0,80}(?:dziec\\w*|nieletni\\w*|cork\\w*|syn\\w*)`],
]);
