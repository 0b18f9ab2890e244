/**
 * An adult contacting a minor (docs/intents.md, harassment): the ticket says the child is under
 * 18 *and* that someone asked for secrecy, photos, a video call, a meeting or an outside chat.
 * Either cue alone is common in ordinary tickets (a parent buying for a 12-year-old, a seller
 * asking to meet for a pickup); together, anywhere in the ticket, they are the conduct case.
 * Both cues are written against normalised text in en/de/es/pl/fr/it, without the language
 * detector. The single lexicon patterns (lexicon/conduct.ts) only see phrases; this pairs them.
 */
import type { RawScores } from './score';

// A child's age: "im 13", "tengo 14", "mam 12 lat", "my son (13)", "ma fille de 11 ans".
const MINOR = new RegExp(
  [
    String.raw`\b(?:im|i am|tengo|ho|mam|ich bin|jai|sono) 1[0-7]\b`,
    String.raw`\b1[0-7] ?(?:years? old|yo|y o|anni|anos|lat|ans|jahre)\b`,
    String.raw`\b(?:son|daughter|nephew|niece|kid|child|hij[oa]|sobrin[oa]|nin[oa]|figli[oa]|nipote|fils|fille|neveu|niece|sohn|tochter|neffe|nichte|syn|corka|bratanek|siostrzeniec)\w* (?:[a-z]+ )?\(?(?:is |es |ha |de |di |ma |ist |von )?(?:[5-9]|1[0-7])\b`,
    String.raw`\b[5-9] ?(?:years? old|yo|y o|anni|anos|lat|ans|jahre)\b`,
    // A child seen on a stream, her age guessed: "a girl, maybe 9 or 10", "ein Mädchen, vielleicht 9".
    String.raw`\b(?:girl|boy|kid|child|madchen|junge|kind|nina|nino|chica|chico|fille|garcon|gamin|enfant|ragazzin|bambin|dziewczyn|chlopiec|chlopak|dziecko)\w*,? (?:\w+ ){0,3}(?:maybe|about|around|vielleicht|etwa|unos|quizas|environ|peut etre|forse|circa|okolo|moze) (?:[5-9]|1[0-7])\b`,
    String.raw`\b(?:[4-8](?:th|st|nd|rd)? grade|middle school|elementary school|grundschule|primaria|primaire|elementari|podstawowk)`,
  ].join('|'),
);

// What the adult wants: secrecy from the parents, photos, a call, a meeting, a chat elsewhere.
const CONTACT = new RegExp(
  [
    String.raw`\b(?:dont|not|shouldnt|not to|never) tell (?:my |your |his |her )?(?:mom|mum|dad|parents|mother|father)`,
    String.raw`\b(?:no|nie|non|nicht|ne|pas) .{0,20}(?:padres|madre|mama|papa|genitori|mamma|rodzic|mamie|tacie|eltern|mutter|parents|mere|maman)`,
    String.raw`\b(?:secret|segreto|geheim|tajemnic|sekret)`,
    String.raw`\b(?:video ?call|videochiamat|videollamad|webcam|snap(?:chat)?\b|discord)`,
    String.raw`\b(?:pic|photo|foto|zdjec)\w* (?:of )?(?:me|mia|mias|mie|von mir|de moi)\b`,
    String.raw`\b(?:meet|quedo con|quedar con|spotka|incontr|treffen|retrouver|rencontrer)`,
    // A camera in the child's room, a private chat elsewhere, messages to delete.
    String.raw`\b(?:appel video|video ?chat|kamera (?:an|ein)|camera (?:on|to)|turn the camera|other app|another app|private app|en prive|privat (?:schreib|nachricht)|schreib mir privat|in privato|por privado|na priv)`,
    String.raw`\b(?:delete|erase|effacer|borrar|cancellare|loschen|usun)\w* (?:\w+ )?(?:messages|messaggi|mensajes|nachrichten|chats?|wiadomosci)`,
    String.raw`\b(?:sans (?:embeter |deranger )?(?:tes|ses) parents|(?:dont|not) tell (?:your|his|her) (?:uncle|aunt|parents|mom|dad))`,
  ].join('|'),
);

/** Evidence a minor-contact ticket adds to harassment: one strong pattern's worth. */
export const MINOR_CONTACT_EVIDENCE = 2.5;

/** Adds harassment evidence to `raw` when the normalised text names a minor and an adult's approach. */
export function addMinorContact(raw: RawScores, text: string): RawScores {
  if (MINOR.test(text) && CONTACT.test(text)) raw.set('harassment', (raw.get('harassment') ?? 0) + MINOR_CONTACT_EVIDENCE);
  return raw;
}
