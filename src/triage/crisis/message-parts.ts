/**
 * The parts of a helpdesk message the crisis model reads on their own: the customer's own words
 * (greeting, polite closing and "sent from my phone" lines removed, chat timestamps and speaker
 * names cut off) and each quoted or forwarded earlier message. Read together, an e-mail's
 * boilerplate — often in another language than the customer's words — sits beside the words
 * that matter and pulls a long message into small windows the model reads out of context; read
 * apart, a short message inside an e-mail is read whole, as the model was trained.
 *
 * A chat transcript pasted into a ticket is read one speaker at a time: the agent's "How can I
 * help you today?" is not the customer's words, and read with them it changes what they say.
 *
 * Only whole lines that are nothing but a formula are removed: "Hi," goes, "Hi, I can't go on"
 * stays; "Thanks," goes, "Thanks for everything" stays. From a quoted part only its header block
 * (From:, Sent:, Subject:) is dropped. Every line is still read, in one part or another: words
 * written below a quote are read with it.
 */

/** The first lines of a message where a greeting may stand (the subject can come first). */
const GREETING_LINES = 3;
const MAX_FORMULA_LINE = 60;

const GREETING_WORD =
  "(?:hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening|day)|hallo|guten (?:tag|morgen|abend)|sehr geehrte[rs]?|liebe[rs]?|moin|servus|hola|buenas(?: tardes| noches)?|buenos d[ií]as|estimad[oa]s?|bonjour|bonsoir|salut|cher|ch[èe]re|madame|monsieur|dzie[nń] dobry|witam|cze[sś][cć]|szanown[iya]|hej|buongiorno|buonasera|salve|ciao|gentile|gentili|spettabile)";
/** Who a greeting may address besides names: the support team, in six languages. */
const ADDRESSEE = new Set(
  (
    'the all and & und y et e i a al le la les il lo team support support-team supportteam service customer customers client clients care trust safety ' +
    'there everyone folks guys sir sirs madam ladies gentlemen zusammen leute damen herren kundenservice kundendienst equipo soporte atención atencion ' +
    'cliente todos chicos équipe equipe messieurs dames tous zespół zespole zespol obsługa obsługi obsluga klienta państwo panstwo wszystkim servizio ' +
    'clienti assistenza staff tutti signori monsieur madame or oder o ou lub'
  ).split(' '),
);
const MAX_FORMULA_WORDS = 4;
const MAX_NAMES = 2;
/** A name as people sign or address one: capitalised, at least two letters. */
const NAME = /^\p{Lu}[\p{Ll}'’.-]+$/u;
const GREETING_HEAD = new RegExp(`^${GREETING_WORD}(?=[\\s,:;!.-]|$)`, 'iu');

// Longest first: the head must take a whole courtesy sentence, not stop at its "thanks".
const CLOSING =
  "(?:(?:thanks?|thank you)(?: so much| a lot| very much)? for (?:all )?(?:your|the) (?:help|time|support|patience)(?:,? ?(?:i|we) (?:really )?appreciate it)?|(?:i|we) (?:really )?appreciate (?:it|your help)|danke(?: sch[öo]n)? f[üu]r (?:ihre|deine|eure) (?:hilfe|m[üu]he|geduld)|gracias por (?:su|tu|vuestra) (?:ayuda|atenci[oó]n|paciencia)|merci (?:beaucoup )?(?:pour|de) votre (?:aide|temps|patience)|grazie (?:mille )?per (?:l'aiuto|il vostro aiuto|la disponibilit[àa]|la pazienza)|dzi[eę]kuj[eę] za (?:pomoc|odpowied[zź]|cierpliwo[sś][cć])|(?:best|kind|warm|many)? ?regards|best(?: wishes)?|cheers|thanks?(?: a lot| so much| in advance| again)?|thank you(?: (?:so much|in advance|again))?|many thanks|sincerely(?: yours)?|yours(?: truly| sincerely| faithfully)?|mit freundlichen gr[üu](?:ß|ss)en|freundliche gr[üu](?:ß|ss)e|viele gr[üu](?:ß|ss)e|beste gr[üu](?:ß|ss)e|liebe gr[üu](?:ß|ss)e|gru[ßs]s?|lg|mfg|danke(?: sch[öo]n| im voraus)?|vielen dank(?: im voraus)?|saludos(?: cordiales)?|un saludo|atentamente|gracias(?: de antemano)?|muchas gracias|(?:bien )?cordialement|bien [àa] vous|merci(?: d'avance| par avance| beaucoup)?|salutations(?: distingu[ée]es)?|pozdrawiam(?: serdecznie)?|z powa[żz]aniem|dzi[eę]kuj[eę](?: z g[oó]ry)?|z g[oó]ry dzi[eę]kuj[eę]|cordiali saluti|distinti saluti|saluti|un saluto|grazie(?: mille| in anticipo)?)";
const CLOSING_HEAD = new RegExp(`^${CLOSING}(?=[\\s,:;!.-]|$)`, 'iu');

const DEVICE_LINE = /^(?:sent from my|sent from|von meinem|gesendet von|enviado desde|envoy[ée] de|inviato da|wys[lł]ane z|wys[lł]ano z)\b.{0,40}$/iu;

const ATTRIBUTION =
  /^(?:on\b.{3,160}\bwrote|am\b.{3,160}\bschrieb\b.{0,80}|el\b.{3,160}\bescribi[oó]|le\b.{3,160}\ba [ée]crit ?|il giorno\b.{3,160}\bha scritto|il\b.{3,120}\bha scritto|w dniu\b.{3,160}\bnapisa[lł](?:\(a\)|a)?)\s*:?\s*$/iu;
const SEPARATOR =
  /^-{2,}\s*(?:original message|urspr[üu]ngliche nachricht|mensaje original|message d'origine|messaggio originale|wiadomo[sś][cć] oryginalna|forwarded message|weitergeleitete nachricht|mensaje reenviado|message transf[ée]r[ée]|messaggio inoltrato|wiadomo[sś][cć] przekazana|przekazana wiadomo[sś][cć])\s*-{2,}\s*$|^#{2}- .{10,80} -#{2}$/iu;
const HEADER_LINE =
  /^(?:from|sent|to|cc|date|subject|von|gesendet|an|datum|betreff|de|envoy[ée]|[àa]|objet|enviado|para|asunto|fecha|da|inviato|oggetto|data|od|wys[lł]ano|do|temat)\s?:/iu;
const QUOTED_LINE = /^\s*>/u;
/** "[16:04] Cliente: …", "(10:01:02 AM) Visitor 4821: …", "16:04 Marta: …": the speaker is group 1. */
const CHAT_PREFIX = /^[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?[\])]?\s*([^:\n]{1,30}):\s+/iu;

/** After a greeting or closing formula: nothing, or a few words naming the team or a person. */
function onlyAddressees(rest: string, vocabulary: ReadonlySet<string>): boolean {
  const words = rest.split(/[\s,:;!.]+/u).filter((w) => w !== '');
  if (words.length > MAX_FORMULA_WORDS) return false;
  let names = 0;
  for (const word of words) {
    if (vocabulary.has(word.toLowerCase())) continue;
    if (!NAME.test(word) || (names += 1) > MAX_NAMES) return false;
  }
  return true;
}

function formulaRest(line: string, head: RegExp): string | null {
  const match = head.exec(line);
  return match === null ? null : line.slice(match[0].length);
}

const NO_WORDS: ReadonlySet<string> = new Set();

function isFormula(line: string, index: number): boolean {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.length > MAX_FORMULA_LINE) return false;
  if (DEVICE_LINE.test(trimmed)) return true;
  const greeting = index < GREETING_LINES ? formulaRest(trimmed, GREETING_HEAD) : null;
  if (greeting !== null && onlyAddressees(greeting, ADDRESSEE)) return true;
  const closing = formulaRest(trimmed, CLOSING_HEAD);
  return closing !== null && onlyAddressees(closing, NO_WORDS);
}

const unquote = (line: string): string => line.replace(/^\s*(?:>\s?)+/u, '');

/** A quoted line joins its part; the part's leading From:/Sent:/Subject: block says nothing about the person. */
function addQuoted(part: string[], line: string): void {
  const content = unquote(line);
  if (part.length === 0 && (content.trim() === '' || HEADER_LINE.test(content.trim()))) return;
  part.push(content);
}

/** The customer's own words first, then each chat speaker's, then each quoted or forwarded message (never empty parts). */
export function messageParts(text: string): string[] {
  if (!text.includes('\n')) return [text];
  const own: string[] = [];
  const speakers = new Map<string, string[]>();
  const quoted: string[][] = [];
  let openQuote: string[] | null = null;
  // A chat turn's further lines, up to a blank line, are the same speaker's.
  let openTurn: string[] | null = null;
  // Below an attribution or separator every line is the quoted message's: no other test is needed.
  let restQuoted = false;
  let nonEmpty = 0;
  for (const line of text.split('\n')) {
    if (!restQuoted) {
      const trimmed = line.trim();
      if (ATTRIBUTION.test(trimmed) || SEPARATOR.test(trimmed)) {
        restQuoted = true;
        quoted.push((openQuote = []));
        continue;
      }
      if (!QUOTED_LINE.test(line)) {
        openQuote = null;
        if (trimmed !== '') nonEmpty += 1;
        else openTurn = null;
        const turn = CHAT_PREFIX.exec(line);
        if (turn !== null) openTurn = speakerPart(speakers, turn[1] ?? '');
        const words = turn === null ? line : line.slice(turn[0].length);
        if (!isFormula(words, nonEmpty - 1)) (openTurn ?? own).push(words);
        continue;
      }
    }
    if (openQuote === null) quoted.push((openQuote = []));
    addQuoted(openQuote, line);
  }
  return [own, ...speakers.values(), ...quoted].map((part) => part.join('\n').trim()).filter((part) => part !== '');
}

function speakerPart(speakers: Map<string, string[]>, name: string): string[] {
  const key = name.trim().toLowerCase();
  let part = speakers.get(key);
  if (part === undefined) speakers.set(key, (part = []));
  return part;
}
