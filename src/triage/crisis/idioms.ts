/**
 * Figures of speech that look like crisis language but are not. A crisis match that overlaps
 * one of these spans is ignored. Most idioms ("this price is killing me", "dying to get this
 * box", "I'd kill for a PSA 10", "me muero por esa carta", "zabija mnie ta cena", "das bringt
 * mich um") never match a crisis pattern in the first place, because the patterns name the self
 * ("kill myself") or a person threatening the writer; this list is only for the overlaps.
 */
const FAMILY = `(?:wife|wifey|mom|mum|mother|mama|dad|father|gf|girlfriend|husband|hubby|parents|boss|bank|wallet|accountant)`;

const IDIOMS = [
  // "my wife is gonna kill me when she sees the bill", "mom will murder me if the package is late"
  `${FAMILY}\\w* (?:\\w+ ){0,3}(?:kill|murder|end) me (?:when|if|once|for)\\b`,
  `${FAMILY}\\w* (?:\\w+ ){0,3}(?:kill|murder) me(?:.{0,40})(?:lol|lmao|haha|xd|jk)`,
  `(?:kill|murder) me (?:if|when) (?:the|my|this|it) (?:package|order|card|box|slab|parcel|payout|shoes|bill)`,
  `killing (?:myself|me) (?:laughing|with laughter)|die(?:d)? laughing|want to die laughing`,
  `\\d+ ?kms\\b`,
  `(?:financial |wallet |budget )suicide|suicide (?:for|on|to) (?:my|the|your) (?:wallet|bank|account|budget|bank account|credit)`,
  // es/pl/de: "mis padres me van a matar cuando vean…", "mąż mnie zabije jak zobaczy…", "meine Frau bringt mich um, wenn…"
  `(?:padres|madre|mama|papa|mujer|esposa|marido|novia|novio|jefe)\\w* (?:\\w+ ){0,2}(?:me van? a matar|me mata(?:n|ra|ran)?) (?:cuando|si)\\b`,
  `(?:maz|zona|mama|tata|rodzice|dziewczyna|chlopak|szef|matka|ojciec)\\w* (?:\\w+ ){0,2}(?:mnie zabije|zabije mnie|mnie zabija) (?:jak|gdy|kiedy|jesli|jezeli)\\b`,
  `(?:frau|mutter|mama|freundin|eltern|chef|vater|papa)\\w* (?:\\w+ ){0,2}(?:bringt|wird|bringen|werden) mich (?:\\w+ )?um(?:bringen)?,? (?:wenn|sobald)\\b`,
  // Titles and names: the Suicide Squad comics, the suicide king (playing card).
  `suicide (?:squad|king|kings|squeeze|doors?|bunny|run)`,
  `kill (?:myself|me) (?:for|over) (?:a|an|one|this|that|the|some|my)(?: \\w+)? (?:cards?|box|slab|pair|deal|psa|bgs|cgc|sneakers?|shoes|package|parcel|order|refund|auction|bid)\\b`,
  // Outgunned in an auction: "bringing a knife to a gunfight".
  `(?:a |the )?knife to (?:a |the )?gun ?fight`,
  // Dying of embarrassment / laughter / curiosity, in every language.
  `(?:die|dying|died|dead) (?:of|from|with) (?:embarrassment|shame|laughter|laughing|boredom|curiosity|cringe|envy|jealousy)`,
  `(?:me quiero |quiero |me voy a |me )?(?:morir(?:me)?|muero|muerto|muerta) de (?:la )?(?:verguenza|risa|envidia|ganas|hambre|calor|frio|aburrimiento|cansancio|sueno|curiosidad)`,
  `(?:sterbe|sterben|gestorben|stirbt) (?:\\w+ )?vor (?:lachen|scham|langeweile|neugier|hunger|hitze|kalte|peinlichkeit)|tot ?gelacht|totlachen`,
  `(?:umieram|umre|umarlem|umarlam|umrzec) (?:z|ze) (?:ciekawosci|smiechu|nudow|glodu|wstydu|zazdrosci)`,
  `tirar(?:me|se)? de los pelos|tirando(?:me)? de los pelos`,
  // Things (costs, fees, the wait, the app) "killing" the writer: "die Versandkosten bringen mich um", "these fees are killing me".
  `\\w*(?:kosten|gebuhren|preis|preise|warterei|wartezeit|lieferzeit|versand|app|support|shop)\\w* (?:\\w+ )?(?:bringt|bringen) mich (?:noch )?um`,
  `(?:fees|prices?|shipping|wait|waiting|app|support|customs|taxes) (?:\\w+ )?(?:is|are|keeps?) killing me`,
  // A denial: "I'm not suicidal, just annoyed" (the model must not read the word; patterns negate it too).
  `(?:not|never|nicht|kein|no|nie) (?:\\w+ )?(?:suicidal|suizidal|suizidgefahrdet|suicida|samobojcz\\w*)\\b(?! but| aber| pero| ale)`,
  // Products and titles: "Death Note", "Kill la Kill", "Dead Space", "Final Destination".
  `death note|kill la kill|dead (?:space|island|rising|by daylight|or alive|pool)|deadpool|suicide (?:squad|girls)|kill bill`,
];

export const IDIOM_RES: readonly RegExp[] = IDIOMS.map((source) => new RegExp(`\\b(?:${source})`, 'g'));

/** Spans [start, end) of idioms in normalised text. */
export function idiomSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const re of IDIOM_RES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}
