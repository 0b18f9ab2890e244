/** Conduct of other users: off-platform payment scams and phishing, harassment. */
import type { LexiconSource } from './entry';

const OFF_PLATFORM_METHOD = `apple cash|google pay|paysafe|skrill|money order|venmo|zelle|cash ?app|cashapp|western union|moneygram|crypto|bitcoin|btc|usdt|gift ?cards?|apple pay direct|bizum|blik\\w*|revolut|wise transfer`;

export const CONDUCT: LexiconSource = {
  scam_off_platform: [
    // en
    [4, `(?:paypal )?friends? ?(?:and|n) ?family|\\bf ?and ?f\\b|\\bfnf\\b|\\bf n f\\b|paypal (?:f|ff|gift|goods)`],
    [4, `outside (?:of )?(?:the |your )?(?:app|platform|site|website|marketplace)|off (?:the )?(?:platform|app|site)|(?:pay|paid|send|sent|venmo|zelle) (?:him|her|them|it) directly|directly to (?:him|her|them|his|their)|(?:pay|paid|payment) directly`],
    [3.5, `${OFF_PLATFORM_METHOD}`],
    [3.5, `phishing|fake (?:login|page|site|website|support|link|email)|pretend\\w* to be (?:your |from )?(?:support|staff|admin|the platform|you)|(?:asked|ask|asking) (?:me )?for my (?:login|password|code|card details|card number|2fa|otp|verification code)|verify my account .{0,30}link`],
    [3, `(?:paid|pay|sent|send|transfer\\w*|wired?) .{0,30}directly|(?:by|via|with|through) (?:a )?(?:bank transfer|wire transfer|wire|direct transfer|e ?transfer)|like (?:he|she|they) asked`],
    [3, `click (?:this|the|a|on) link|enter (?:my|your) (?:card|password|login)|(?:suspended|locked|closed|deleted) unless|verify (?:your|my) (?:account|identity) .{0,30}(?:link|click)`],
    [3.5, `fake (?:payment|confirmation|receipt|screenshot|invoice|transfer|proof|tracking)|(?:from|on|with) your (?:team|staff|support|moderators?)|(?:theyre|they are|hes|he is|shes|she is|claims? to be|claiming to be) from (?:your|the) (?:team|support|staff|platform|company)|(?:need|needs|needed|asked for|asking for|wants) my (?:password|login|code|2fa|card)`],
    [2, `discord|snapchat(?! .{0,20}(?:daughter|son|kid|child|hija|hijo|corka|tochter))|send money through|whatsapp|telegram|signal app|text him|dm(?:ed|d)? me (?:after|to)|instagram dm|payments were down`],
    [1, `scam(?:med|mer|mers)?\\b|sketchy`, true],
    // de
    [4, `(?:paypal )?freunde (?:und|and) familie|paypal freunde|au(?:ss)?erhalb (?:der|von|vom|dem)? ?(?:plattform|app|seite)|sofort ?(?:u|ue)berweisung|direkt auf (?:sein|ihr|das|dessen) (?:privat)?konto|direkt (?:an ihn|an sie|zahlen|uberweisen|ueberweisen|bezahlen)|per (?:uberweisung|ueberweisung) direkt`],
    [2, `vom support|betrug|betrogen|betruger`, true],
    // es
    [4, `amigos y familia|paypal amigos|fuera de la (?:app|plataforma|aplicacion|pagina)|transferencia directa|pago directo|pagar(?:le)? directamente`],
    [2, `estafa|estafad|estafador`, true],
    [3.5, `(?:dice|diciendo|decia|dijo|diciendome) que (?:era|es|soy) (?:de )?(?:soporte|la plataforma|del equipo|administrador|la app)|(?:me )?pidio (?:el|mi|los) (?:codigo|contrasena|datos)|(?:fragt|fragte|verlangt\\w*|wollte) (?:nach )?(?:meine[mn]? )?(?:code|passwort|kartendaten)|(?:prosil|prosila|chcial|zadal)\\w* .{0,20}(?:kod|hasl|dan\\w* karty)|(?:link|linkiem|enlace|url)\\w* .{0,80}(?:zablokowan|bloquead|gesperrt|geloscht|geloescht|deleted|eliminad|usuniet|suspend|closed|zamkniet)|(?:kartendaten|card details|datos de (?:la )?tarjeta|dane karty)\\w* .{0,20}(?:eingegeben|entered|puse|introduje|podal|wpisal)|(?:zablokowan|bloquead|gesperrt|suspended|closed)\\w* .{0,30}(?:jesli|jezeli|si no|wenn|unless)`],
    [3.5, `(?:se hace|haciendose|hacerse) pasar|(?:perfil|cuenta|pagina) falsa? de (?:soporte|ayuda|atencion)|falso soporte|gibt sich .{0,30}\\bals\\b|ausgegeben als`],
    // pl
    [4, `poza (?:platform|aplikacj|serwis|apk|strona)|znajomi i rodzina|paypal znajomi|znajomi (?:i|lub) rodzin|podszyw|przelew\\w* (?:bezposredni|na prywatne|na jego|na konto prywatne)|na (?:jego|jej) numer|jest z (?:supportu|obslugi|pomocy)|podaje sie za`],
    [2, `oszust|oszukal|oszukan|oszustw`, true],
  ],
  harassment: [
    // en
    [3.5, `harass|stalk|bully|bullied|bullying|racial slur|slurs|racist|sexist|homophob|(?:called|calling|calls) me (?:a|an|names|retard|stupid|fat|ugly)|threaten\\w* (?:me|to)|threats|dox|watch your back|knows? where (?:i|you) live|(?:posted|shared|leaked) my (?:home )?(?:address|phone|number|info|details)|(?:with|has|got|bring\\w*) (?:a )?(?:knife|gun|weapon)|(?:come|coming|show up|showing up) (?:to|at) my (?:house|home|door|work)|sexual|comments about my (?:body|looks)|ruin (?:my|your) (?:life|business|reputation)|make my life hell|spam\\w* my (?:listings|chat|streams|dms|inbox)|creepy|creep\\b`],
    [3, `(?:following|follows|followed|stalking) me (?:since|around|home|to|everywhere)|(?:outside|near) my (?:house|home|work|place|venue|car)|(?:name of my street|my street name)|(?:makes?|making|made|creates?|creating) new accounts? (?:to|after|every|each)|(?:blocked|block) (?:him|her|them) .{0,40}(?:new accounts?|keeps? coming back|another account)|(?:wont|will not|doesnt) leave me alone`],
    // A threat quoted from another user, addressed to the customer.
    [3.5, `(?:kill|hurt|beat up|stab) you\\b|find you and|(?:i have|ive got|i know) your (?:home )?address|your days are numbered|(?:posted|posting|shared|sharing) my (?:home )?address|ich (?:brech|breche) dir|ich (?:bring|mach) dich (?:um|kalt)|polamie ci|zabije cie|znajde cie|bedziesz krwawic|te voy a (?:matar|encontrar|partir)|se donde vives|je vais te (?:tuer|retrouver|buter|frapper|defoncer)|je sais ou tu (?:habites|vis)|ti (?:ammazzo|trovo|uccido|spacco)|so dove abiti`],
    [2.5, `offensive|vulgar|disgusting (?:messages|comments)|keeps? (?:messaging|sending|dming|texting|commenting|harassing|spamming|calling|insulting)|nasty (?:messages|comments)|insult|abus(?:e|ive)|make it stop|spamming my|telling (?:people|everyone) (?:i am|im)`],
    [3.5, `(?:soll|sollst|solle) mich umbringen|told me to kill my ?self|(?:telling|tells|told) me to (?:kys|die)|\\bkys\\b|me (?:dijo|dice|dicen) que me (?:mate|suicide)|kaza\\w* mi sie zabic|dick pics?|nudes?\\b|explicit (?:pics?|photos?|images?|messages?)|sexuell|anz(?:u|ue)glich|me (?:iba|va|van) a buscar|(?:ir|venir) a (?:mi casa|buscarme)|fertig ?machen|knows? my (?:home )?address|(?:said|says|saying|told me) (?:that )?(?:he|she|they)(?:ll| will| would| is going to| is gonna| gonna) (?:come )?(?:and )?(?:(?:hurt|kill|beat|find) (?:me|you|us|her|him|my)|get (?:me|you)\\b(?! (?:a|an|the|back|my|your|some|it|this|that)\\b))|(?:asking|wants|wanted|asks) (?:him |her |me )?to meet|grooming`],
    // Unwanted contact with a minor: an adult messaging a child, asking for photos, a meeting or secrecy.
    [3.5, `(?:seller|buyer|user|guy|man|adult|someone|somebody|he|she|they|account|viewer|stranger|person|host)\\w* (?:\\w+ ){0,2}(?:messag|dm|text|writ|contact|talk)\\w* (?:to )?(?:my|our) (?:\\d+ ?(?:year old|yo|y o|years old)|(?:\\d+ ?(?:year old|yo|y o) )?(?:child|kid|son|daughter|boy|girl))|mature for (?:her|his|your) age|(?:not|dont|shouldnt|not to) tell (?:(?:his|her|your) (?:mom|mum|dad|parents)|mom|mum|dad)|our (?:little )?secret|what school (?:she|he|you)|(?:asked|asking|asks) (?:her|him) for (?:her|his) (?:snap|snapchat|number|address|photos?|pics?|instagram)|(?:photos?|pics?) (?:without|with no) (?:a |his |her )?shirt|sin camiseta|(?:escrib|habl)\\w* (?:por privado )?a mi (?:hij[oa]|nin[oa])|(?:le|les) (?:ha )?escrit\\w* por privado|(?:no se lo digas|que no se lo diga|no decir nada) a (?:tu|su) (?:madre|padre|mama|papa)|borrara los mensajes|(?:schreibt|schrieb) meine[rmn]? (?:tochter|sohn|kind)|(?:nichts|nicht) (?:sagen|erzahlen) (?:soll|darf)|pisze do (?:mojej |mojego )?(?:corki|syna|dziecka)|(?:nie mow|nic nie mow)\\w* (?:mamie|tacie|rodzicom)|zdjeci\\w* w pizamie`],
    [1, `retard|bitch|b ch|idiot|loser|moron|stupid|asshole|whore`],
    // A tracker hidden in a parcel follows the buyer home.
    [3.5, `airtag|(?:gps )?tracker (?:in|inside|hidden|taped)|traceur gps|rastreador gps|localizzatore gps|lokalizator gps`],
    // Stalking in six languages: the home address taken off a shipping label, someone waiting
    // outside the house or work, photos of the door, car or window, being followed.
    [3, `my (?:home )?(?:address|city|street) (?:\\w+ ){0,2}(?:off|from) (?:the |a |an old )?(?:shipping |return )?(?:label|package|parcel)|(?:he|she|they|his|her|guy|buyer|seller|someone|somebody|man) (?:\\w+ ){0,3}(?:standing|waiting|parked|showed up|shown up|turned up|sat|sitting) (?:\\w+ ){0,3}(?:outside|in front of|across from|across the street from|at) my (?:house|home|door|front door|building|apartment|work|job|gym|place|shop)|(?:photo|picture|pic)s? of (?:my|our) (?:house|home|front door|door|car|mailbox|window|kitchen window|building|apartment|street)|(?:followed|following|follows) me (?:to|home|from|around)`],
    [3, `meine (?:private |privat)?adresse (?:\\w+ ){0,2}(?:vom|von dem|aus dem|von einem) (?:fruheren |alten )?(?:versand)?(?:etikett|label|paket)|(?:er|sie|kaufer|kaeufer|typ|mann|jemand|auto)\\w* (?:\\w+ ){0,3}(?:steht|stand|sitzt|sass|wartet|wartete|parkt|parkte) (?:\\w+ ){0,4}vor (?:meiner|meinem|meinen)|(?:steht|stand|wartet|wartete) (?:er|sie) (?:\\w+ ){0,3}vor (?:meiner|meinem|meinen) (?:haustur|tur|wohnung|haus|arbeit|laden|fenster)|(?:foto|fotos|bild|bilder) (?:von )?(?:meiner|meinem|meinen) (?:haustur|briefkasten|auto|fenster|wohnung|haus|kuchenfenster|schlafzimmerfenster)|verfolgt mich|mir (?:\\w+ ){0,3}nachgefahren|ich (?:stech|brech|schlag) dich|brech dir|weiss wo du wohnst`],
    [3, `mi direccion (?:\\w+ ){0,2}(?:de la|del|por la) (?:etiqueta|paquete|envio)|(?:me espera|esperandome|aparcado|plantado) (?:\\w+ ){0,3}(?:delante|enfrente|fuera|en la puerta) de mi (?:casa|portal|trabajo|piso)|fotos? de mi (?:casa|portal|coche|buzon|ventana)|me (?:ha )?seguido (?:hasta|a casa)`],
    [3, `mon adresse (?:\\w+ ){0,2}(?:sur|de|depuis) (?:l|une |la )?etiquette|(?:mattend|attend|stationne|garee?) (?:\\w+ ){0,3}(?:devant|en bas de) (?:chez moi|mon immeuble|ma porte|mon travail)|photos? de (?:ma|mon|mes) (?:maison|porte|fenetre|fenetres|voiture|boite aux lettres|immeuble)|ma suivie? (?:jusqua|jusque)|(?:ma|me|mont) trait(?:e|ee|ait|ent) de`],
    [3, `(?:il )?mio indirizzo (?:\\w+ ){0,2}(?:dalletichetta|dalla etichetta|dal pacco|dalla ricevuta|dalla spedizione)|(?:mi aspetta|aspettava|si e presentato|appostato) (?:\\w+ ){0,3}(?:sotto casa|davanti a casa|sotto il mio)|foto (?:del mio (?:portone|palazzo|balcone|cancello)|della mia (?:macchina|auto|finestra|porta|casa)|di casa mia)|mi ha seguit|(?:ti|mi|le|gli) spezz\\w* le gambe`],
    [3, `(?:moj|mój) adres (?:\\w+ ){0,2}z (?:etykiety|paczki|przesylki)|(?:on|kupujacy|sprzedawca|ktos|facet|gosc) (?:\\w+ ){0,3}(?:stal|stoi|czekal) (?:\\w+ ){0,3}pod (?:moim )?(?:blokiem|domem|praca)|zdjeci\\w* (?:mojego|mojej|moich) (?:auta|samochodu|domu|drzwi|okna|okien|bloku|skrzynki)|sledzi mnie|chodzi za mna`],
    // de
    [3, `droh(?:nachricht|mail|brief|ung|t)\\w*|bel(?:a|ae)stig|beleidig|beschimpf|bedroh|droht mir|drohung|stalk|mobb|nachstell|rassist|ekelhaft|widerlich|schreibt mir (?:st(?:a|ae)ndig|dauernd|immer wieder)|wei(?:ss|s) wo ich wohne|kennt meine adresse`],
    // es
    [3, `acos|insult(?:a|an|o|os|ando|aron|ado|ada)\\b|amenaz|me llama|llamandome|hostig|me persigue|acecha|me amenaza|ofensiv|groser|molestand|me molesta|sabe(?:n)? donde vivo|conoce(?:n)? mi direccion`],
    // pl
    [3, `seksualn|rasistow|obsceniczn|wulgarn|neka|nek(?:a|ania|anie)|obraz(?:a|aj|il|ila|enia|liwie)|wyzyw|grozi|grozb|przesladuj|szantaz|stalk|wie gdzie mieszkam|zna (?:moj|moja) adres`],
  ],
};
