/**
 * Cue lists for the nine taxonomy categories, in en, de, es, pl, fr and it. Written for the
 * crisis fold (crisis-fold.ts: lower case, no diacritics, leetspeak undone, apostrophes removed).
 * Each entry is a word START ("suicid" matches "suicidal", "suicidio"); a trailing `$` makes it a
 * whole word; a space matches any run of blanks. They are concepts for the model, not verdicts:
 * "kill" is a cue of several categories and the model learns, from context, which one (if any).
 * Every entry here also opens the cheap gate (prefilter.ts): keep them specific enough that an
 * ordinary order ticket rarely contains one.
 */
/**
 * Someone's age ("my 13 year old", "ma fille de 14 ans", "mi hermano (19 años)"), not a span of
 * years ("après 12 ans je ferme", "kupuję tu od 2 lat", "da 10 anni", "hace 5 años", "5 lat temu").
 */
const PERSON_AGE =
  're:(?<!(?:od|przez|po|depuis|apres|pendant|y a|da|per|dopo|hace|durante|desde|despues de|seit|for|since) )' +
  '\\d{1,2} ?(?:yo\\b|y o\\b|year old|years old|yr old|yrs old|jahre alt|jahrig|anos|ans\\b|anni|lat\\b|letni|latek|latka|enne)(?! +(?:fa|temu|ago)\\b)';

/**
 * A new address found out ("he has my new address", "er hat meine neue Adresse"), not one given:
 * "new address: 12 Elm St", "my new address is …", "new address below", "neue Adresse: Lindenstr. 8",
 * "meine neue Adresse lautet …" (the fold turns the colon into a blank).
 */
const NEW_ADDRESS =
  're:(?:new +address|neue +adresse)(?! +(?:is|will be|below|above|attached|here|for|from|on file|please|pls|ist|lautet|ab|bitte|unten|anbei)\\b' +
  '| +\\d| +[a-z-]*(?:str|strase|weg|allee|platz|ring|gasse|damm)\\b)';

/**
 * Going to someone "not to talk", said by the one who goes ("non veniamo per parlare", "not coming
 * to chat"): a threat by the writer. The lenders' "and not to talk" phrases stay with the threats
 * to the writer; the model reads from the pronouns who goes. Phrases, not a pattern: one starting
 * at every "no", "not" or "non" would cost every ticket a scan, and the hedges ("non per parlare
 * male", "not to talk about it") stay out.
 */
const NOT_TO_TALK = [
  'not coming to talk', 'not coming over to talk', 'not going there to talk', 'not there to talk', 'not coming to chat', 'nicht um zu reden', 'nicht zum quatschen',
  'kommen nicht zum reden', 'komme nicht zum reden', 'no vamos a charlar', 'no precisamente a hablar', 'no vamos precisamente a hablar', 'nie na pogawedke',
  'nie po to zeby rozmawiac', 'nie zeby rozmawiac', 'nie zeby pogadac', 'ale nie na rozmowe', 'pas pour causer', 'pas pour bavarder', 'pas venus pour discuter',
  'non veniamo per parlare', 'non vengo per parlare', 'ma non per parlare', 'non per chiacchierare',
];

/**
 * Not being here for what comes next: a goodbye cue, and one family of the farewell indicator
 * (indicators-health.ts), which counts it only beside giving things away or goodbye letters.
 */
export const NOT_HERE_FOR_WHAT_COMES: readonly string[] = ['wont be here for the next', 'no voy a estar para', 'nicht mehr da sein fur', 'non ci saro per', 'nie bedzie mnie na'];

/** "Pociąć się", not "pociąć ceny" (cut prices for a sale). */
const CUT_NOT_PRICES = 're:pociac(?! +(?:ceny|cene|koszty|wydatki|budzet))';

export const DANGER_CUES: Record<string, readonly string[]> = {
  suicidal_ideation: [
    // en
    'suicid', 'suicide', 'sucid', 'suecid', 'kill myself', 'kill my self', 'killing myself', 'kms$', 'kys$', 'unaliv', 'end my life', 'end it all',
    'end it$', 'ending it', 'end things', 'end everything', 'take my own life', 'take my life', 'want to die', 'wanna die', 'wish i was dead', 'wish i were dead',
    'better off dead', 'rather be dead', 'dont want to live', 'dont want to be here', 'dont want to exist', 'not want to live', 'not be here', 'not be around',
    'wont be around', 'wont be here', 'never wake up', 'not wake up', 'sleep forever', 'no reason to live', 'reason to live', 'to live anymore',
    'off myself', 'die tonight', 'be dead', 'dying', 'to die$', 'gonna die', 'just die', 'disappear forever', 'where im going', 'where i am going',
    'last purchase', 'last order ever', 'final purchase', 'go to sleep forever', 'jump off', 'jump in front', 'hang myself', 'overdose', 'od on',
    // de
    'selbstmord', 'suizid', 'umbringen', 'mich umbring', 'umzubringen', 'mich toten', 'will sterben', 'sterben', 'lebensmud', 'nicht mehr leben',
    'nicht mehr da sein', 'nicht mehr aufwachen', 'nicht mehr aufzuwachen', 'will nicht mehr', 'kann nicht mehr', 'schluss machen', 'ein ende machen',
    'ende machen', 'allem ein ende', 'mein leben beenden', 'besser tot', 'lieber tot', 'tot sein', 'freitod', 'von der brucke', 'vom dach',
    // es
    'suicidarme', 'suicidio', 'matarme', 'quitarme la vida', 'quiero morir', 'me quiero morir', 'morirme', 'no quiero vivir', 'no quiero seguir',
    'acabar con todo', 'acabar con mi vida', 'terminar con todo', 'no despertar', 'mejor muerto', 'mejor muerta', 'desaparecer para siempre',
    'ya no quiero estar', 'ya no estare', 'tirarme', 'colgarme',
    // pl
    'samoboj', 'zabic sie', 'zabije sie', 'zabic siebie', 'chce umrzec', 'umrzec', 'nie chce zyc', 'nie chce juz zyc', 'odebrac sobie zycie',
    'skonczyc ze soba', 'skoncze ze soba', 'skonczyc z tym wszystkim', 'nie obudzic', 'lepiej martwy', 'lepiej martwa', 'powiesic', 'rzucic sie', 'skoczyc z',
    // fr
    'me suicider', 'suicidaire', 'me tuer', 'veux mourir', 'envie de mourir', 'mourir', 'en finir', 'mettre fin a mes jours', 'mettre fin a ma vie',
    'plus envie de vivre', 'ne veux plus vivre', 'plus vivre', 'ne plus me reveiller', 'me jeter', 'sauter du pont', 'me pendre', 'disparaitre pour toujours',
    // it
    'suicidarmi', 'suicida', 'uccidermi', 'ammazzarmi', 'togliermi la vita', 'voglio morire', 'morire', 'farla finita', 'non voglio piu vivere',
    'non voglio vivere', 'non svegliarmi', 'buttarmi', 'impiccarmi', 'sparire per sempre', 'meglio morto', 'meglio morta',
  ],
  self_harm: [
    'cut myself', 'cutting myself', 'cutting again', 'cut again', 'back to cutting', 'stopped cutting', 'stop cutting', 'urge to cut', 'cuts on', 'my cuts', 'cut my arm', 'cut my wrist', 'cutting my', 'self harm', 'selfharm',
    'self-harm', 'self injur', 'hurt myself', 'hurting myself', 'burn myself', 'burning myself', 'hit myself', 'starving myself', 'scratch myself', 'razor',
    'blade', 'scars', 'relapse', 'relapsed', 'bleeding',
    'ritze', 'ritzen', 'geritzt', 'selbstverletz', 'mir weh tun', 'mir wehtun', 'mich verletzen', 'schneide mich', 'narben', 'klinge', 'rasierklinge',
    'cortarme', 'me corto', 'me corte', 'volvi a cortar', 'vuelto a cortar', 'volver a cortar', 'cortes en', 'autolesion', 'lastimarme', 'hacerme dano', 'me hago dano', 'cicatrices', 'cuchilla',
    'tne sie', 'tniesz', 'pocialem', 'pocielam', CUT_NOT_PRICES, 'ciac sie', 'sie ciac', 'sie tne', 'samookalecz', 'okalecz', 'zrobic sobie krzywde', 'blizny', 'zyletk',
    'me couper', 'je me coupe', 'scarifi', 'automutil', 'me faire du mal', 'me blesser', 'cicatrices', 'lame de rasoir',
    'tagliarmi', 'mi taglio', 'autolesion', 'farmi del male', 'farmi male', 'cicatrici', 'lametta',
  ],
  medical_emergency: [
    'overdos', 'cant breathe', 'can not breathe', 'cannot breathe', 'not breathing', 'stopped breathing', 'chest pain', 'unconscious', 'passed out',
    'wont wake', 'not waking', 'not responding', 'unresponsive', 'seizure', 'collapsed', 'heart attack', 'stroke', 'anaphyla', 'allergic reaction',
    'ambulance', 'call 911', 'called 911', 'emergency room', 'bleeding a lot', 'losing blood', 'poisoned', 'insulin', 'took too many', 'swallowed',
    'bewusstlos', 'atmet nicht', 'keine luft', 'notarzt', 'krankenwagen', 'herzinfarkt', 'schlaganfall', 'krampfanfall', 'blutet stark', 'vergiftet',
    'inconsciente', 'no respira', 'no puedo respirar', 'ambulancia', 'infarto', 'convulsi', 'desmay', 'sangra mucho', 'envenen', 'urgencias',
    'nieprzytomn', 'nie oddycha', 'nie moge oddychac', 'karetk', 'zawal', 'udar', 'drgawk', 'zemdl', 'krwawi', 'pogotowi',
    'inconscient', 'ne respire', 'respire plus', 'peux pas respirer', 'crise cardiaque', 'avc$', 'samu$', 'convulsion', 'evanoui', 'saigne beaucoup', 'urgences',
    'cant wake her', 'cant wake him', 'pas a la reveiller', 'pas a le reveiller', 'se reveille pas', 'wacht nicht auf', 'krieg sie nicht wach', 'krieg ihn nicht wach',
    'no se despierta', 'no puedo despertarl', 'no consigo despertarl', 'nie moge jej obudzic', 'nie moge go obudzic', 'nie budzi sie', 'non si sveglia', 'non riesco a svegliarl',
    'privo di sensi', 'svenut', 'non respira', 'non riesco a respirare', 'ambulanza', 'infarto', 'ictus', 'convulsion', 'pronto soccorso', 'sanguina',
  ],
  threat_to_writer: [
    'threaten', 'threat', 'kill me', 'killing me', 'kill us', 'hurt me', 'hurt us', 'come after me', 'coming after me', 'find me', 'hunt me', 'shoot me',
    'stab me', 'beat me up', 'knows where i live', 'know where i live', 'where i live', 'my address', 'my home address', 'doxx', 'doxed', 'doxxed',
    'where you work', 'know where you', 'wait for you after', 'burn my house', 'send people', 'make me pay', 'you are dead', 'youre dead', 'dead man', 'watch your back', 'im scared', 'i am scared', 'terrified',
    'afraid for my life', 'fear for my life', 'not safe',
    // Money owed to the wrong people, who come "and not to talk".
    'loan shark', 'kredithai', 'geldeintreiber', 'usurero', 'prestamista', 'lichwiar', 'usurier', 'strozzin', 'usurai',
    'and not to talk', 'und nicht zum reden', 'y no para hablar', 'i nie na rozmowe', 'et pas pour parler', 'et pas pour discuter', 'e non per parlare',
    'one way or another', 'one way or the other', 'come to collect', 'auf die eine oder andere', 'por las buenas o por las malas', 'po dobroci albo',
    'dune facon ou dune autre', 'de gre ou de force', 'viendront recuperer', 'in un modo o nell altro', 'con le buone o con le cattive',
    // Not living to tell it; people sent to the writer's door.
    'live to tell', 'wont live to', 'a tu casa y', 'no lo cuentas', 'no lo vas a contar', 'das uberlebst du nicht', 'nie dozyjesz',
    'pour le raconter', 'per raccontarlo', 'unos colegas a tu', 'ein paar jungs vorbei', 'des potes chez toi', 'kolegow pod',
    'bedroht', 'droht', 'drohung', 'bringt mich um', 'bringen mich um', 'umbringen will', 'weiss wo ich wohne', 'meine adresse', 'angst um mein leben',
    'habe angst', 'hab angst', 'wo du arbeitest', 'warte auf dich', 'weiss wo du wohnst',
    'amenaz', 'me va a matar', 'me van a matar', 'matarme a mi', 'sabe donde vivo', 'saben donde vivo', 'mi direccion', 'donde trabajas', 'te espero', 'tengo miedo', 'miedo por mi vida', 'te rajo', 'rajarte', 'te pincho', 'se donde vives',
    'wiem gdzie pracujesz', 'gdzie pracujesz', 'zaczekam na ciebie', 'wiem gdzie', 'grozi', 'grozb', 'zabije mnie', 'zabic mnie', 'wie gdzie mieszkam', 'wiedza gdzie mieszkam', 'moj adres', 'boje sie', 'dopadnie', 'zadzgam', 'wiem gdzie mieszkasz',
    'menace', 'va me tuer', 'vont me tuer', 'me tuer si', 'sait ou j habite', 'sait ou jhabite', 'mon adresse', 'ou tu travailles', 'je t attends', 'j ai peur', 'jai peur', 'peur pour ma vie', 'te planter', 'je sais ou tu habites',
    'minacc', 'mi ammazza', 'mi uccide', 'ammazzarmi se', 'sa dove abito', 'sanno dove abito', 'mio indirizzo', 'dove lavori', 'ti aspetto', 'ho paura', 'paura per la mia vita', 'ti sfregio', 'so dove abiti',
  ],
  domestic_abuse: [
    'hits me', 'hit me', 'beats me', 'beat me', 'beating me', 'punched me', 'slapped me', 'kicked me', 'choked me', 'choking me', 'strangled', 'pushed me',
    'abusive', 'abuse', 'abuser', 'bruise', 'controls my money', 'takes my money', 'took my card', 'wont let me leave', 'not allowed to leave',
    'locked me', 'locks me', 'checks my phone', 'scared of my husband', 'scared of my boyfriend', 'scared of him', 'domestic violence', 'shelter',
    'schlagt mich', 'schlaegt mich', 'schlagt er mich', 'schlagt sie mich', 'schlug er mich', 'schlug mich', 'haut er mich', 'haut mich', 'pruegelt', 'prugelt', 'tritt er mich', 'tritt mich', 'geschlagen', 'verprugelt', 'misshandel', 'gewalt', 'gewurgt', 'eingesperrt', 'blaue flecken', 'frauenhaus',
    'me pega', 'me golpea', 'me golpeo', 'me pego', 'maltrat', 'violencia', 'moretones', 'me encierra', 'me ahorco', 'no me deja salir', 'mi marido me', 'mi pareja me',
    'bije mnie', 'mnie bije', 'pobil mnie', 'uderzyl mnie', 'przemoc', 'znec', 'siniak', 'zamyka mnie', 'dusil mnie', 'nie pozwala mi wyjsc',
    'me frappe', 'm a frappe', 'ma frappe', 'me bat', 'violence', 'violent', 'des bleus', 'de bleus', 'bleus partout', 'bleus sur', 'm enferme', 'menferme', 'm etrangl', 'metrangl',
    'mi picchia', 'mi ha picchiato', 'mi colpisce', 'mi ha colpito', 'violenza', 'violento', 'lividi', 'mi chiude', 'maltratta',
  ],
  stalking: [
    // "Found you", left on a car or sent after a move or a block.
    'found you', 'hab dich gefunden', 'te encontre', 'znalazlem cie', 'znalazlam cie', 'je tai trouve', 'ti ho trovat',
    'stalk', 'follows me', 'following me', 'followed me', 'tracking me', 'tracked me', 'tracker on', 'airtag', 'watching me', 'watching my house',
    'outside my house', 'outside my door', 'outside my work', 'at my door', 'waiting outside', 'showed up at my', 'shows up at my', 'found my address',
    'found out where i live', NEW_ADDRESS, 'keeps messaging', 'keeps contacting', 'new accounts', 'fake accounts', 'wont leave me alone',
    'restraining order', 'photos of my house', 'pictures of my house',
    'verfolgt mich', 'stalkt', 'stalker', 'lauert mir', 'vor meiner tur', 'vor meiner wohnung', 'vor meinem haus', 'beobachtet mich',
    'kontaktverbot', 'schreibt mir standig', 'neue konten',
    'me sigue', 'me persigue', 'me acosa', 'acoso', 'acosador', 'me vigila', 'fuera de mi casa', 'en mi puerta', 'orden de alejamiento', 'cuentas nuevas',
    'sledzi mnie', 'chodzi za mna', 'nekaj', 'nachodzi', 'obserwuje mnie', 'pod moim domem', 'pod drzwiami', 'zakaz zblizania', 'nowe konta',
    'me suit', 'me traque', 'harcel', 'harceleur', 'devant chez moi', 'devant ma porte', 'me surveille', 'ordonnance de protection', 'nouveaux comptes',
    'mi segue', 'mi perseguita', 'perseguit', 'stalker', 'sotto casa', 'davanti a casa', 'mi sorveglia', 'ordine restrittivo', 'nuovi account',
  ],
  child_safety: [
    PERSON_AGE, 'underage', 'minor$', 'minors', 'a child',
    'a kid$', 'a kids$', 'little girl', 'little boy', 'nudes', 'nude pics', 'naked', 'pics of her', 'pics of him', 'groom', 'meet him alone', 'meet her alone',
    'meet in person', 'dont tell your', 'not tell her parents', 'not tell his parents', 'keep it secret', 'our secret', 'sexual',
    'keep it a secret', 'keep this a secret', 'keep it between us', 'video call alone', 'alone on a video call', 'alone on video',
    'minderjahrig', 'ein kind', 'mein kind', 'das kind', 'dem kind', 'einem kind', 'kindes', 'nacktbild', 'nacktfoto', 'nackt', 'allein treffen', 'nichts sagen', 'geheim halten',
    'menor de edad', 'la nina$', 'una nina$', 'mi nina$', 'esta nina$', 'el nino$', 'un nino$', 'mi nino$', 'este nino$', 'ninos$', 'ninas$', 'nina de', 'nino de', 'nina que', 'nino que', 'desnud', 'fotos intimas', 'a solas', 'no le digas', 'secreto',
    'nieletni', 'dziecko', 'dziecka', 'nagie', 'nagich', 'rozebran', 'spotkac sie sam', 'nie mow rodzicom', 'sekret',
    'mineur', 'enfant', 'photos nues', 'nue$', 'nu$', 'seul a seul', 'dis rien', 'notre secret',
    'minorenne', 'bambin', 'ragazzin', 'foto nud', 'nuda', 'nudo', 'da solo', 'da sola', 'non dirlo', 'nostro segreto',
  ],
  threat_by_writer: [
    'ill kill', 'i will kill', 'im going to kill', 'gonna kill', 'going to kill', 'kill him', 'kill her', 'kill them', 'kill you', 'kill that', 'kill the seller',
    'hurt him', 'hurt her', 'hurt them', 'hurt you', 'beat him', 'beat her', 'beat the', 'stab him', 'shoot him', 'shoot up', 'find him', 'find her', 'find you',
    'i know where you live', 'know where he lives', 'know where she lives', 'show up at his', 'show up at her', 'show up at your', 'make him pay', 'make you pay',
    'burn his', 'burn her', 'burn your', 'bring my gun', 'my gun', 'bring a knife', 'he will regret', 'you will regret', 'last thing he', 'blood',
    'come cut you', 'cut you up', 'stab you', 'beat you up', 'break your legs', 'smash your face', ...NOT_TO_TALK,
    'wo der wohnt', 'wo die wohnt', 'bricht ihm', 'brech ihm', 'die finger', 'bring ihn um', 'bring sie um', 'bring dich um', 'bringe ihn um', 'mach ihn fertig', 'weiss wo du wohnst', 'weiss wo er wohnt', 'abstechen', 'abknallen',
    'lo voy a matar', 'la voy a matar', 'te voy a matar', 'los voy a matar', 'se donde vives', 'se donde vive', 'lo mato', 'me las va a pagar', 'me las vas a pagar',
    'zabije go', 'zabije ja', 'zabije cie', 'wiem gdzie mieszkasz', 'wiem gdzie mieszka', 'dopadne', 'pozaluje', 'zalatwie go',
    'je vais le tuer', 'je vais la tuer', 'je vais te tuer', 'je sais ou tu habites', 'je sais ou il habite', 'il va le payer', 'tu vas le payer', 'le buter',
    'lo ammazzo', 'la ammazzo', 'ti ammazzo', 'lo uccido', 'ti uccido', 'so dove abiti', 'so dove abita', 'me la paghera', 'me la pagherai',
  ],
  third_party_concern: [
    'worried about my', 'worried about him', 'worried about her', 'scared for my', 'scared for him', 'scared for her', 'afraid for my', 'concerned about my',
    'talking about ending', 'talking about killing', 'talking about dying', 'said goodbye', 'hasnt eaten', 'hasnt answered', 'not answering', 'missing since',
    'went missing', 'gave away', 'giving away his', 'giving away her', 'wants to die', 'wants to kill himself', 'wants to kill herself',
    'kill himself', 'kill herself', 'killed himself', 'killed herself', 'hurt himself', 'hurt herself', 'hurting himself', 'hurting herself', 'cuts himself',
    'cuts herself', 'his note', 'her note', 'left a note', 'check on',
    'cut himself', 'cut herself', 'cutting himself', 'cutting herself', 'harm himself', 'harm herself', 'harming himself', 'harming herself',
    'didnt come home', 'never came home', 'hasnt come home', 'not come home',
    'ritzt sich', 'sich ritzt', 'sich selbst verletzt', 'nicht nach hause gekommen',
    'se va a hacer dano', 'se hace dano', 'se ha hecho dano', 'se ha cortado', 'se cortaba', 'se corta los', 'se corta las', 'se autolesiona', 'no ha vuelto a casa', 'no volvio a casa',
    'tnie sie', 'cial sie', 'ciela sie', 'zrobi sobie', 'nie wrocil$', 'nie wrocila$',
    'se mutile', 'se scarifie', 'se coupe les', 'sest coupe', 'sest scarifie', 'pas rentre', 'jamais rentre',
    'si taglia', 'si fa del male', 'si e fatto del male', 'si e fatta del male', 'non e piu tornat', 'non e tornato a casa', 'non e tornata a casa', 'mai piu tornat',
    'sorge um', 'sorgen um', 'angst um', 'sich umbringen', 'sich was antun', 'sich etwas antun', 'sich verletzt', 'verabschiedet', 'vermisst', 'meldet sich nicht',
    'preocupad', 'miedo por', 'quiere matarse', 'quiere suicidarse', 'hacerse dano', 'se despidio', 'desaparecid', 'no contesta',
    'martwie sie', 'boje sie o', 'pozegnal$', 'pozegnala$', 'zaginal', 'zaginela', 'nie odbiera', 'zrobic sobie',
    'inquiet pour', 'peur pour', 'veut se tuer', 'se suicider', 'se faire du mal', 'fait ses adieux', 'disparu', 'ne repond plus',
    'preoccupat', 'paura per', 'vuole uccidersi', 'vuole ammazzarsi', 'farsi del male', 'si e tagliat', 'ha salutato', 'scompars', 'non risponde',
  ],
};

/** Context that sharpens a danger cue; it also opens the gate (means and farewells are danger on their own). */
export const GATE_CONTEXT_CUES: Record<string, readonly string[]> = {
  means: [
    'pill', 'pills', 'tablets', 'sleeping pills', 'painkillers', 'bottle of', 'whole bottle', 'rope', 'noose', 'bridge', 'roof', 'rooftop', 'ledge', 'cliff',
    'train tracks', 'the tracks', 'knife', 'gun$', 'guns$', 'pistol', 'rifle', 'shotgun', 'bullet', 'exhaust', 'belt around', 'jump$', 'jumping',
    'tabletten', 'schlaftabletten', 'strick', 'seil', 'brucke', 'dach$', 'gleis', 'messer', 'waffe', 'pistole', 'gewehr',
    'pastillas', 'pastilla', 'cuerda', 'soga', 'puente', 'azotea', 'vias del tren', 'cuchillo', 'arma$', 'pistola', 'balas',
    'tabletki', 'tabletek', 'lekow', 'sznur', 'petla', 'mostu', 'na most', 'pod most', 'dach$', 'tory', 'noz$', 'nozem', 'bron$', 'pistolet',
    'pilules', 'cachets', 'comprimes', 'medicaments', 'corde', 'pont$', 'toit', 'couteau', 'arme$', 'fusil', 'balle',
    'pillole', 'pastiglie', 'farmaci', 'corda', 'ponte', 'tetto', 'binari', 'coltello', 'pistola', 'fucile', 'proiettil',
    // Bridges over roads.
    'overpass', 'footbridge', 'highway bridge', 'motorway bridge', 'uberfuhrung', 'autobahnbrucke', 'paso elevado', 'puente peatonal', 'viaducto',
    'wiadukt', 'kladka', 'passerelle', 'viaduc', 'cavalcavia', 'viadotto', 'sovrappasso',
  ],
  goodbye: [
    'goodbye', 'good bye', 'bye everyone', 'farewell', 'tell my', 'take care of my', 'sorry for everything', 'forgive me', 'my will', 'last message',
    'last time', 'final message', 'wont need', 'dont need it anymore', 'give away my', 'giving away my', 'giving away all', 'gave away my', 'my note', 'a note for',
    'abschied', 'lebt wohl', 'sagt meiner', 'sagt meinem', 'verzeiht mir', 'verschenke', 'brauche das nicht mehr', 'letzte nachricht', 'mein testament',
    'adios a todos', 'despedir', 'despido', 'digan a mi', 'diganle a mi', 'perdonenme', 'perdon por todo', 'regalo todo', 'ya no lo necesitare', 'ultimo mensaje',
    'zegnaj', 'zegnajcie', 'pozegn', 'powiedzcie mojej', 'powiedzcie mojemu', 'wybaczcie', 'przepraszam za wszystko', 'oddaje wszystko', 'ostatnia wiadomosc',
    'adieu', 'dites a ma', 'dites a mon', 'pardonnez moi', 'pardon pour tout', 'je donne tout', 'plus besoin', 'dernier message',
    'addio', 'dite a mia', 'dite a mio', 'perdonatemi', 'scusate per tutto', 'regalo tutto', 'non mi servira', 'ultimo messaggio',
    // Goodbyes already said.
    'said my goodbyes', 'said goodbye to everyone', 'mich von allen verabschiedet', 'me despedi de', 'ho salutato tutti', 'ho salutato chi', 'ho gia salutato',
    // Not being here for what comes next; no more use for anything.
    ...NOT_HERE_FOR_WHAT_COMES, 'wont be around for the next', 'ya no voy a estar', 'nicht mehr erleben', 'plus l usage', 'n en aurai plus',
    'je ne serai pas la pour', 'non mi servira piu',
  ],
  burden: [
    'burden', 'better off without me', 'be better without me', 'nobody would miss', 'no one would miss', 'nobody would notice', 'no one would notice',
    'nobody cares', 'no one cares', 'wouldnt miss me', 'without me', 'waste of space', 'hate myself', 'worthless',
    'my last hope', 'last hope',
    'ohne mich', 'zur last', 'vermisst mich niemand', 'niemand wurde mich vermissen', 'niemand merkt', 'wertlos', 'hasse mich',
    'sin mi', 'una carga', 'nadie me extranaria', 'nadie se daria cuenta', 'no valgo nada', 'me odio',
    'beze mnie', 'ciezarem', 'nikt nie zauwazy', 'nikt by nie zauwazyl', 'nikt nie bedzie tesknil', 'nic nie jestem wart', 'nienawidze siebie',
    'sans moi', 'un fardeau', 'personne ne remarquera', 'personne ne me regrettera', 'je ne vaux rien', 'je me deteste',
    'senza di me', 'un peso', 'nessuno se ne accorgera', 'nessuno sentira la mia mancanza', 'non valgo niente', 'mi odio',
  ],
  hopeless: [
    'no point', 'pointless', 'whats the point', 'hopeless', 'no hope', 'cant go on', 'can not go on', 'cant do this anymore', 'cant take it anymore',
    'cant take this anymore', 'nothing left', 'lost everything', 'give up', 'giving up', 'gave up', 'done with everything', 'done with life', 'so tired of',
    'tired of living', 'tired of everything', 'no way out', 'cant cope', 'falling apart', 'dark place', 'dark thoughts', 'empty inside', 'numb$',
    'sinnlos', 'keinen sinn', 'hoffnungslos', 'keine hoffnung', 'keine kraft', 'halte das nicht mehr aus', 'alles verloren', 'aufgeben', 'kein ausweg',
    'sin sentido', 'no tiene sentido', 'sin esperanza', 'no puedo mas', 'ya no puedo', 'no aguanto', 'lo perdi todo', 'rendirme', 'no hay salida',
    'nie ma sensu', 'bez sensu', 'beznadziej', 'nie dam rady', 'nie mam sily', 'nie wytrzymam', 'stracilem wszystko', 'stracilam wszystko', 'poddaje sie', 'nie ma wyjscia',
    'sert a rien', 'aucun sens', 'sans espoir', 'plus la force', 'je n en peux plus', 'jen peux plus', 'peux plus', 'tout perdu', 'abandonner', 'pas d issue',
    'non ha senso', 'non ha piu senso', 'ya no tiene sentido', 'nie ma juz sensu', 'n a plus de sens', 'senza speranza', 'non ce la faccio', 'non ce la faccio piu', 'ho perso tutto', 'arrendermi', 'nessuna via d uscita', 'sono stanco di tutto', 'sono stanca di tutto',
  ],
};
