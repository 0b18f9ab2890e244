/**
 * "Sorry for …" as apology for oneself, not a seller's or a customer's "sorry for the wait": in a
 * quoted seller reply ("sorry for the wait, will go out tomorrow") the apology and the time read
 * as a farewell. "Sorry for everything" is a goodbye cue of its own (cues-danger.ts).
 */
const SORRY_FOR = 're:sorry +for(?! everything| +(?:the |any |my |our )?(?:wait|delay|late|slow|inconvenience|confusion|mix ?up)\\b)';

/** The neck as a body part, not a neck wrung or a rope round it in an idiom ("gli tiro il collo", "corda al collo"). */
const NECK_NOT_WRUNG = 're:(?<!(?:tir[a-z]*|torc[a-z]*) il |corda al )collo';

/**
 * 911, 112 or 999 as a number to call, not an amount ("112,00 €", "$911.50": the crisis fold turns
 * the comma into a blank; "112 zł", "999 euros"), a customer, order or item number ("Klient 112",
 * "order no 999", "Packstation Nr. 112", "apt 911") or part of a longer number.
 */
const EMERGENCY_NUMBER =
  're:(?<!(?:klient|kunde|kunden|customer|client|cliente|order|nr\\.?|no\\.?|numer|number|ordine|pedido|commande|bestellung|zamowienie|porsche|' +
  'apt\\.?|apartment|suite|unit|room|zimmer|wohnung|packstation|paczkomat|locker|lokal|mieszkanie|appartement|interno|piso) )' +
  '(?:911|112|999)(?![a-z0-9]|[., ]\\d\\d(?!\\d)| +(?:zl|pln|eur|euro|euros|usd|dollars?|bucks|gbp|chf|pounds?)(?![a-z]))';

/**
 * Half the face, as a stroke sign: a soft cue here, and one sign of the stroke indicator
 * (indicators-health.ts), which counts it only beside a weak arm or slurred speech.
 */
export const HALF_THE_FACE: readonly string[] = ['lado de la cara', 'polowa twarzy', 'moitie du visage', 'meta del viso'];

/**
 * Soft cues: words that are harmless alone but are how people say danger without naming it —
 * leaving, being gone, body and harm, weapons of opportunity, the writer's home and routine, a
 * child's age or photos, bodily emergencies, places people go to die, worth and apology. They open
 * the gate too (so the model reads the window) and are concepts the model weighs in context.
 * Same notation as cues-danger.ts.
 */
export const SOFT_CUES: Record<string, readonly string[]> = {
  departure: [
    'where im going', 'where i am going', 'where im headed', 'not coming back', 'wont need', 'wont be needing', 'not going to need', 'dont need it where',
    'after tonight', 'after this week', 'after sunday', 'after saturday', 'after friday', 'after the weekend', 'wont be here', 'not be here', 'wasnt here',
    'not going to be here', 'not going to be alive', 'wont be alive', 'im gone', 'after im gone', 'when im gone', 'for good', 'forever', 'permanently', 'memorial',
    'passes away', 'pass away', 'passed away', 'if someone dies', 'if i die', 'when i die', 'funeral', 'at peace', 'made my peace', 'affairs in order',
    'arranged everything', 'sorted by', 'picked the date', 'set the date', 'made my plans', 'my decision', 'made up my mind', 'final sale', 'closing forever',
    'last show', 'last stream', 'take care of them', 'take care of yourselves', 'take my cards', 'thanks for everything', 'thank you for everything', 'been fun',
    'good times', 'if i wasnt', 'if i just wasnt', 'would be fine if', 'would be easier', 'my family can deal', 'wont be my problem', 'more than me', 'past caring',
    'dont care anymore', 'dont care about anything', 'dont want anything anymore', 'nothing to lose', 'the sign$', 'is it for me', 'how to do it', 'how much it takes',
    'looked up how', 'how much tylenol', 'last treat', 'final treat', 'my affairs', 'in order', 'last thing i', 'how many', 'leaving', 'log off properly', 'say bye', 'said bye', 'not their fault', 'its not your fault', SORRY_FOR,
    'wo ich hingehe', 'nicht mehr brauch', 'brauch ich nicht', 'brauche nichts mehr', 'nichts mehr', 'nicht mehr da', 'nicht mehr lange', 'wenn ich nicht mehr',
    'komme nicht zuruck', 'fur immer', 'besser so', 'vermacht', 'geregelt', 'bedankt', 'datum', 'danke fur alles', 'zu verlieren', 'zeichen', 'zu seiner frau',
    'zu meiner frau', 'letztes geschenk', 'regle gerade', 'verschenkt', 'verschenk', 'gestorben', 'beerdigung', 'nicht ihre schuld', 'leid tut',
    'no voy a necesitar', 'ya no la voy', 'ya no lo voy', 'ya no voy a estar', 'ya no este', 'ya no estare', 'gracias por todo', 'da igual', 'como hacerlo',
    'deje una carta', 'cartas para', 'ultimo capricho', 'en orden', 'lo ultimo', 'para siempre', 'despues de este', 'me canse de todo', 'que perder', 'la senal', 'no es su culpa', 'funeral',
    'serai plus la', 'pas etre la', 'plus la', 'avant que je parte', 'partir', 'ma decision', 'mes lettres', 'dernier truc', 'rejoindre', 'pour toujours',
    'a perdre', 'dernier petit plaisir', 'en ordre', 'merci pour tout', 'sympa avec moi', 'pas leur faute', 'obseques', 'enterrement',
    'non ci saro', 'dove vado', 'non servono', 'non mi serve', 'ultimo acquisto', 'lettere', 'salutare', 'state bene', 'per sempre', 'da perdere',
    'il segno', 'ultimo regalo', 'sistemando le mie', 'colpa loro', 'funerale', 'raggiungere',
    'tam gdzie', 'nie bedzie mi potrzeb', 'nie bede potrzebow', 'nie bedzie mnie', 'na zawsze', 'pozalatwia', 'zalatwion', 'dzieki za wszystko',
    'do stracenia', 'ostatni prezent', 'porzadkuje', 'znak', 'dolaczyc do', 'zmarla', 'zmarl', 'wszystko jedno', 'nie ich wina', 'pogrzeb', 'przerasta',
    // A will, letters and everything prepared for the family; the others soon rid of the writer; not expecting to still be here.
    'rid of me', 'debarrasses de moi', 'debarrasser de moi', 'mich los', 'librarse de mi', 'libres de mi', 'liberarvi di me', 'sbarazzarvi di me', 'pozbedziecie sie mnie',
    'my will$', 'testament', 'testamento', 'prepared everything', 'tout prepare', 'alles vorbereitet', 'todo preparado', 'tutto preparato', 'wszystko przygotow',
    'still be here', 'still be around', 'letters to my', 'letters for my', 'noch hier bin', 'noch da bin', 'noch da sein', 'briefe an meine', 'briefe fur meine',
    'siga aqui', 'seguir aqui', 'cartas a mis', 'cartas escritas', 'deje cartas', 'encore la pour', 'lettres a mes', 'lettres pour mes',
    'ancora qui per', 'lettere ai miei', 'lettere per i miei', 'jeszcze tu bede', 'listy do',
    // After the writer is gone.
    'me ne saro andat', 'wenn ich weg bin', 'cuando me haya ido', 'quand je serai parti', 'jak odejde', 'kiedy odejde', 'gdy odejde',
    'all be over', 'it will be over', 'be over soon', 'left instructions', 'what to do with my', 'alles vorbei', 'todo habra terminado', 'todo habra acabado', 'todo acabara',
    'tout sera fini', 'tout sera termine', 'bedzie po wszystkim', 'sara tutto finito', 'tutto finito', 'lasciato scritto', 'cosa fare con la mia',
  ],
  body: [
    'my arm', 'my arms', 'arm is', 'wrist', 'my skin', 'skin raw', 'throat', 'my neck', 'my face', 'knuckles', 'against the wall', 'blood', 'bled$', 'bleeds',
    'until it', 'raw', 'marks', 'scar$', 'scarred', 'sleeve', 'burned my', 'burning my', 'burn my', 'cigarette', 'lighter', 'stove', 'straightener', 'scratching', 'scratched',
    'months clean', 'weeks clean', 'stitches', 'bandage', 'healed', 'broke my', 'broke it', 'my hair', 'bruis', 'my thighs', 'my thigh', 'blades', 'long sleeves', 'take it out on myself',
    'arm$', 'arme$', 'haut', 'blut', 'verbrannt', 'verbrenn', 'zigarette', 'feuerzeug', 'schnitte', 'geschnitten', 'verbunden', 'kratze$', 'kratze mich', 'aufgekratzt', 'unterarm',
    'gesicht', 'hals$', 'am hals', 'mit mir gemacht', 'lange armel', 'langen armeln', 'an mir selbst aus', 'knochel', 'oberschenkel', 'klingen benutzt', 'ersatzklingen', 'rasierklingen',
    'brazo', 'piel', 'sangr', 'quem', 'cigarr', 'mechero', 'rasco', 'cortes$', 'cuello', 'muneca', 'mis muslos', 'cuchillas', 'manga larga', 'mangas largas', 'nudillos', 'conmigo mismo', 'conmigo misma',
    'bras$', 'peau', 'sang$', 'jusqu au sang', 'brule', 'briquet', 'griffe$', 'griffure', 'poignet', 'visage', 'coupure', 'mes cuisses', 'lames de rasoir', 'manches longues', 'jointures', 'sur moi-meme', 'sur moi meme',
    'braccio', 'pelle$', 'sangue', 'bruciat', 'sigarett', 'accendino', 'fasciat', 'tagli$', 'mi taglio', 'mi sono tagliat', 'lamett', NECK_NOT_WRUNG, 'polso', 'fatto del male', 'fatta del male', 'le mie cosce', 'maniche lunghe', 'nocche', 'con me stess',
    'reke$', 'reka$', 'rece$', 'skore', 'krew', 'krwi', 'przypal', 'zapalnicz', 'drapie', 'drapal', 'ciecia', 'przedrami', 'twarz', 'szyj', 'nadgarst', 'moje uda', 'zyletk', 'dlugie rekawy', 'dlugich rekaw', 'dlugim rekawem', 'kostki dloni', 'na sobie samym', 'na sobie samej',
    // Arms in every case and number, and blades for cutting.
    'meinen armen$', 'wegen meiner arme', 'braccia$', 'rekach$', 'ramion', 'cuttermesser', 'teppichmesser', 'box cutter', 'x acto', 'cuter$', 'cutter$', 'nozyk',
    // Needing to feel something, and what burns or is bandaged.
    'feel something', 'feel anything', 'etwas zu spuren', 'was zu spuren', 'etwas spuren', 'sentir algo', 'sentir quelque chose', 'sentire qualcosa', 'poczuc cokolwiek', 'cos poczuc', 'poczuc cos',
    'bandee', 'verband', 'vendad', 'bandaz', 'fer a lisser', 'glatteisen', 'plancha del pelo', 'plancha de pelo', 'piastra', 'prostownic', 'lokowk',
    // Scissors, and cuts or wounds opened again.
    'scissors', 'schere$', 'tijeras', 'nozyczk', 'ciseaux', 'forbici',
    'reopened them', 'reopened the cuts', 'reopened my cuts', 'opened them up again', 'wieder aufgeschnitten', 'wieder aufgerissen',
    'las volvi a abrir', 'los volvi a abrir', 'je les ai rouvert', 'li ho riapert', 'le ho riapert', 'riaperto i tagli', 'riaperto le ferite', 'otworzylam je', 'otworzylem je', 'rozdrapal',
  ],
  violence: [
    'in the hospital', 'to the hospital', 'in hospital', 'ins krankenhaus', 'im krankenhaus', 'al hospital', 'en el hospital', 'do szpitala', 'w szpitalu', 'a l hopital', 'in ospedale', 'al pronto soccorso',
    'bat$', 'baseball bat', 'baseballschlag', 'tire iron', 'crowbar', 'gas can', 'gasoline', 'acid', 'sharp', 'stitches', 'put me in hospital', 'every bone', 'smashed', 'threw', 'throws things',
    'pushed me', 'grabbed me', 'shoved', 'walk again', 'walk out', 'walking away', 'pay him a visit', 'paying him a visit', 'pay me a visit', 'be there', 'waiting for him',
    'ill be waiting', 'be waiting', 'warned', 'regret', 'settle it', 'with interest', 'your hide', 'set fire', 'burn down', 'on fire', 'hurt', 'assault', 'prison',
    'snitches', 'lesson', 'learn$', 'slapped', 'done time', 'did time', 'im knast', 'knast$', 'en la carcel', 'siedzialem za', 'odsiedzial', 'fait de la prison', 'en taule', 'in galera', 'gia stato dentro', 'my piece', 'his piece', 'one way or another', 'worse next time', 'will be worse',
    'hit me again', 'beat me again', 'beaten again', 'a beating', 'locked from the outside', 'locked from outside', 'locked in my room', 'lock me in',
    'von aussen abgeschlossen', 'von aussen zu', 'schliesst mich ein', 'cerrada por fuera', 'cerrado por fuera', 'con llave por fuera',
    'zamkniete od zewnatrz', 'zamknieta od zewnatrz', 'zamyka od zewnatrz', 'zamknal mnie', 'fermee de l exterieur', 'ferme de l exterieur', 'enferme a cle',
    'chiusa da fuori', 'chiuso da fuori', 'mi chiude a chiave', 'chiusa in camera', 'chiuso in camera', 'mi chiude dentro',
    'ohrfeige', 'baseballschlager', 'knallt', 'anzund', 'zundet', 'zunde', 'abstech', 'sticht', 'zerschneid', 'wirft', 'geschubst', 'aufpassen', 'bereuen', 'weh$', 'setzt es was', 'schlagt er wieder', 'prugel$',
    'bate$', 'me cargo', 'quemar', 'le pego', 'me va a pegar', 'volver a pegar', 'me pegara', 'empujo', 'arrepent',
    'gifl', 'me faire frapper', 'va me frapper', 'me cogner', 'ferait pire', 'fera pire', 'carnage', 'casse tout', 'planter', 'saigner', 'pousse', 'cogne', 'regrettera', 'casse le',
    'schiaffo', 'mi mena$', 'menarmi', 'mi picchiera', 'spacco', 'mazza', 'accoltell', 'brucia', 'taglia la gola', 'spalle', 'strett', 'picchiat', 'me la fa pagare',
    // Shut in (someone locking themselves away, or being locked in) and kept from food.
    'locked himself in', 'locked herself in', 'chiuso in bagno', 'chiusa in bagno', 'si e chiuso', 'si e chiusa', 'hat sich eingeschlossen', 'mich im zimmer ein',
    'se encerro', 'zamknal sie', 'zamknela sie', 's est enferme', 'without food',
    'keeps me locked', 'locks me in my room', 'me laisse enferm', 'enferme dans ma chambre', 'enfermee dans ma chambre', 'eingesperrt', 'sperrt mich',
    'me deja encerrad', 'encerrada en mi cuarto', 'encerrado en mi cuarto', 'encerrada en mi habitacion', 'encerrado en mi habitacion',
    'zamkniety w pokoju', 'zamknieta w pokoju', 'trzyma mnie zamknie', 'mi lascia chius', 'nix zu essen', 'nichts zu essen', 'sin comer', 'bez jedzenia', 'sans manger', 'senza mangiare',
    // A weapon shown, a deadline and "another way"; the writer's full address in their hands.
    'in his waistband', 'in the waistband', 'im hosenbund', 'za paskiem', 'a sa ceinture', 'this a different way', 'this another way', 'it a different way', 'it another way', 'auf die andere art',
    'regeln wir das anders', 'klaren wir das anders', 'arreglarlo de otra manera', 'arreglar esto de otra', 'terminar esto de otra', 'inaczej zalatw', 'zalatwimy to po mojemu', 'zalatwie to po mojemu', 'regler ca autrement',
    'finir autrement', 'risolviamo in un altro modo', 'risolverla in un altro modo', 'finire in un altro modo', 'has my full address', 'have my full address', 'got my full address', 'meine volle adresse', 'meine ganze adresse', 'mi direccion completa',
    'moj pelny adres', 'mon adresse complete', 'il mio indirizzo completo',
    // "Let him enjoy it while he can."
    'enjoy it while he', 'enjoy it while she', 'enjoy it while you', 'soll sich freuen solange', 'freu dich solange', 'que disfrute mientras', 'disfruta mientras puedas',
    'niech sie cieszy poki', 'ciesz sie poki', 'quil en profite tant', 'qu il en profite tant', 'profite tant que tu', 'se la goda finche', 'goditela finche',
    // Broken knees or legs, as a threat.
    'broken knees', 'break your knees', 'kneecap', 'genoux casses', 'casser les genoux', 'knie brechen', 'kniescheibe', 'romper las rodillas', 'rodillas rotas',
    'gambe rotte', 'spezzare le gambe', 'ginocchia rotte', 'polamane nogi', 'polamac nogi',
    'break his legs', 'break her legs', 'break my legs', 'beine brechen', 'brech dir die beine', 'breche dir die beine', 'brechen mir die beine',
    'romper las piernas', 'rompo las piernas', 'rompen las piernas', 'partir las piernas', 'parto las piernas', 'casser les jambes', 'casse les jambes',
    'cassent les jambes', 'polamia', 'spezzo le gambe', 'spezza le gambe', 'spezzano le gambe', 'rompo le gambe', 'rompono le gambe', 'gambe spezzate',
    'split my lip', 'busted lip', 'black eye', 'aufgeplatzt', 'blaues auge', 'bofetada', 'bofeton', 'partio el labio', 'ojo morado', 'punetazo',
    'spoliczkowal', 'podbite oko', 'rozcial mi', 'oeil au beurre noir', 'levre fendue', 'cazzott', 'pugno in faccia', 'labbro spaccato', 'spaccato il labbro', 'occhio nero',
    'oberwe$', 'oberwie$', 'dostane lanie', 'znowu mnie uderzy', 'rzucil we mnie', 'rzucila we mnie', 'rzuca we mnie', 'polamie', 'rozwale', 'awantur', 'kij', 'jatka', 'podpal', 'dzgn', 'poderz', 'uderzyl', 'pozaluj', 'uwaza',
  ],
  place: [
    // Someone at the door, and the writer's own neighbourhood.
    'banging on', 'pounding on', 'hammering on', 'hammerte gegen', 'golpes en la puerta', 'walil w drzwi', 'tambourinait', 'bussava forte',
    'my neighborhood', 'my neighbourhood', 'mein viertel', 'meinem viertel', 'mi barrio', 'mojej dzielnicy', 'moja dzielnica', 'mon quartier', 'mio quartiere', 'del quartiere',
    'my door', 'front door', 'my house', 'my home', 'my building', 'my street', 'my window', 'my car$', 'driveway', 'mailbox', 'my work', 'workplace', 'my job',
    'my gym', 'my shift', 'parking lot', 'apartment number', 'return address', 'google maps', 'home address', 'outside all night', 'driving past', 'drove past',
    'looking in', 'waited by', 'showing up', 'show up', 'shown up', 'showed up', 'look like', 'my booth', 'booth number', 'card show', 'his shop', 'his house',
    'his address', 'your office', 'your ceo', 'waiting inside', 'obsessed', 'protective order', 'following',
    'my porch', 'front porch', 'photo of my house', 'picture of my house', 'photo of my front', 'nice place', 'blocked him', 'blocked a guy', 'foto von meinem haus', 'foto meines hauses',
    'ihn blockiert', 'foto de mi casa', 'mi porche', 'lo bloquee', 'photo de ma maison', 'photo de chez moi', 'lai bloque', 'foto di casa mia', 'foto della mia casa', 'lho bloccato',
    // Where the writer works or has been, told back to them; not daring to go out alone.
    'where i work', 'wo ich arbeite', 'donde trabajo', 'ou je travaille', 'ou je bosse', 'dove lavoro', 'gdzie pracuje', 'sortir seul', 'sortir seule', 'n ose plus sortir', 'nose plus sortir',
    'where i was', 'where ive been', 'where i have been', 'where i go$', 'my routine', 'wo ich war', 'wo ich gewesen', 'donde estuve', 'donde he estado',
    'gdzie bylam', 'gdzie bylem', 'ou j etais', 'ou jetais', 'ou j ai ete', 'ou jai ete', 'dove sono stata', 'dove sono stato', 'dove ero',
    'zdjecie mojego domu', 'zdjecie domu', 'zablokowalam go', 'zablokowalem go',
    // The writer's home described back to them ("nice porch light", "dein Auto stand…").
    'porch light', 'your porch', 'your curtains', 'your garden', 'your car$', 'your lights', 'your window', 'deine vorhange', 'dein auto', 'deinen garten', 'dein garten', 'dein fenster',
    'tus cortinas', 'tu coche', 'tu jardin', 'tu ventana', 'twoje zaslony', 'twoj samochod', 'twoje auto', 'twoj ogrod', 'twoje okno', 'tes rideaux', 'ta voiture', 'ton jardin',
    'ta fenetre', 'le tue tende', 'la tua macchina', 'il tuo giardino', 'la tua finestra',
    'waiting for me at', 'was waiting at', 'waited at', 'waiting outside', 'nicht in ruhe', 'wartete vor', 'auf mich gewartet', 'no me deja en paz', 'me estaba esperando', 'esperandome',
    'nie daje mi spokoju', 'czekal przy', 'czekal pod', 'czekal na mnie', 'me laisse pas tranquille', 'me lache pas', 'mattendait', 'non mi lascia in pace', 'mi aspettava', 'mi ha aspettato',
    'haustur', 'mein haus', 'meinem haus', 'meine strase', 'strase', 'mein auto', 'arbeitsplatz', 'fitnessstudio', 'folgt mir', 'nach hause', 'adresse', 'buro',
    'messe$', 'vorbeikommen', 'besuch',
    'mi casa', 'mi puerta', 'mi calle', 'mi coche', 'mi trabajo', 'gym', 'direccion', 'desde lejos', 'oficina', 'su tienda', 'aparece',
    'chez moi', 'chez toi', 'ma rue', 'ma porte', 'ma voiture', 'mon travail', 'mon stand', 'adresse', 'ecole', 'bureau', 'salon',
    'casa mia', 'porta di casa', 'mia via', 'mia macchina', 'mio lavoro', 'indirizzo', 'davanti alla', 'ufficio', 'fiera', 'passa a',
    'drzwi', 'pod moim', 'moj dom', 'mojego domu', 'ulic', 'moje auto', 'prace', 'adres', 'silowni', 'biur', 'targ', 'lokalizator', 'wpadnie', 'odwiedz',
  ],
  youth: [
    // A child on a stream asked to undress, or held on a host's lap.
    'shirt off', 'take off his shirt', 'take off her shirt', 'little kid', 'on his lap', 'on her lap', 'looks scared', 'seems scared', 'shirt aus', 'oberteil aus', 'auf dem schoss', 'kleines kind',
    'quitarse la camiseta', 'quitate la camiseta', 'en su regazo', 'nino pequeno', 'enlever son t shirt', 'enleve ton t shirt', 'petit enfant', 'togliersi la maglietta', 'togliti la maglietta',
    'bambino piccolo', 'zdjac koszulk', 'zdejmij koszulk', 'male dziecko',
    'im 1', 'i am 1', 'th grade', 'rd grade', 'nd grade', 'pajamas', 'pics of me', 'pictures of me', 'pics of', 'webcam', 'privately', 'in private', 'tell anyone', 'not to tell', 'shirtless',
    'my nephew', 'my niece', 'school', 'meet him', 'meet me', 'special deal', 'snapchat', 'telegram', 'video call', 'videocall', 'facetime', 'videoanruf', 'videollamada', 'appel video', 'videochiamata', 'wideorozmow',
    'ich bin 1', 'bilder von mir', 'erzahlen', 'schule', 'privat$', 'allein$', 'komm allein',
    'tengo 1', 'sin camiseta', 'fotos', 'a solas', 'escuela', 'colegio', 'privado', 'sobrin',
    'j ai 1', 'photos de moi', 'en prive', 'torse nu', 'neveu', 'niece',
    'ho 1', 'foto di me', 'in privato', 'scuola', 're:\\d{1,2}enne', 'senza maglietta', 'nipote',
    'mam 1', 'zdjec', 'prywatn', 'szkol', 'bez koszulki', 'siostrzen', 'bratan',
  ],
  body_emergency: [
    'turned blue', 'he s blue', 'shes blue', 'hes blue', 'is blue', 'breathing', 'breathe', 'seizing', 'numb$', 'numbness', 'slurred', 'cant lift', 'confused', 'sweaty', 'sugar', 'diabetic', 'chest', 'faint', 'collapse',
    'swelling', 'swollen', 'allergic', 'drooping', 'one side', 'took something', 'the whole bottle', EMERGENCY_NUMBER,
    'atmet', 'luft', 'umgekippt', 'zusammengebroch', 'reagiert nicht', 'brust', 'schwindel', 'gesichtshalf', 'wirres', 'taub', 'mundwinkel', 'lallt', 'verwaschen', 'arm nicht heben',
    'respira', 'pecho', 'se ha caido', 'habla raro', 'hinchad', 'ahogando', 'blanco', 'desmay', 'boca torcida', 'comisura', 'no puede levantar',
    'respire', 'poitrine', 'malaise', 'transpire', 'effondr', 'appele le 15', 'appeler le 15', 'composer le 15', 'fait le 15', 'bouche de travers', 'lever le bras', 'bafouill', 'visage affaisse',
    'petto', 'svenut', 'intorpid', 'gira la testa', 'sonniferi', 'confezione', 'bocca storta', 'alzare il braccio', 'biascic',
    'oddycha', 'klatk', 'zaslabl', 'mdle', 'padaczk', 'dretwie', 'tchu', 'poci', 'niewyrazn', 'kacik ust', 'nie moze podniesc', 'bezwladn', 'belkocz',
    // Symptoms told instead of named: vomiting, bleeding that will not stop, labour, something
    // swallowed, a fall, fever, an inhaler or EpiPen that is empty.
    'throwing up', 'vomit', 'wont stop bleeding', 'keeps bleeding', 'contractions', 'choking', 'cant get up', 'hit my head', 'hit his head', 'hit her head',
    'lips are', 'dizzy', 'epipen', 'inhaler', 'fever', 'throat is closing', 'pregnant',
    // An allergic reaction told as swelling and breath.
    'allergi', 'alergi', 'zunge', 'geschwoll', 'schwillt', 'puchn', 'spuchl', 'spuchni', 'opuchl', 'oddech', 'gardl', 'gonfi', 'gonfl',
    'erbrech', 'sich ubergeb', 'mich ubergeb', 'ubergibt sich', 'wehen$', 'verschluck', 'schwindlig', 'fieber', 'schwanger', 'inhalator', 'kommt nicht mehr hoch', 'gesturzt',
    'contracciones', 'se trago', 'tragado', 'mareo', 'mareado', 'fiebre', 'embarazada', 'no se puede levantar', 'se cayo', 'inhalador', 'insulina',
    'wymiot', 'skurcze', 'polkn', 'zawrot', 'goraczk', 'w ciazy', 'nie moze wstac', 'upadl', 'insulin',
    'vomi', 'saigne', 'avale', 'vertige', 'fievre', 'enceinte', 'peut plus se lever', 'est tombe', 'inhalateur', 'insuline',
    'contrazioni', 'ingoiat', 'inghiott', 'vertigin', 'febbre', 'incinta', 'non riesce ad alzarsi', 'e caduta', 'e caduto', 'inalatore',
    // A stroke told by its signs: half the face numb, a hand that does not respond, words that will not come.
    ...HALF_THE_FACE, 'half my face', 'side of my face', 'face is numb', 'face feels numb', 'mitad de la cara', 'cara dormida', 'dormida de un lado', 'gesicht ist taub',
    'gesicht fuhlt sich taub', 'pol twarzy', 'twarz mi dretwieje', 'cote du visage', 'visage engourdi', 'meta della faccia',
    'lato della faccia', 'hand wont move', 'arm wont move', 'no me responde la mano', 'mano que no me responde', 'mano no me responde', 'hand gehorcht nicht', 'reka nie slucha',
    'reka mnie nie slucha', 'main ne repond plus', 'la mano non risponde', 'il braccio non risponde', 'find my words', 'encontrar las palabras', 'die worte nicht finden',
    'znalezc slow', 'trouver mes mots', 'trovare le parole',
    // Hard to wake, not knowing the day, drenched in sweat.
    'hard to wake', 'barely wake', 'kaum wach', 'schwer wach', 'kaum aufzuwecken', 'cuesta despertarl', 'apenas se despierta', 'dobudzi', 'du mal a la reveiller',
    'du mal a le reveiller', 'difficile a reveiller', 'fatica a svegliar', 'si sveglia a fatica', 'what day it is', 'welcher tag heute', 'que dia es hoy', 'jaki jest dzien',
    'quel jour on est', 'che giorno e oggi', 'spocon', 'verschwitzt', 'schweissgebadet', 'sudada$', 'sudado$', 'sudando', 'sudor frio', 'en sueur', 'sudat', 'sudore freddo',
    // Consciousness, pulse and a doubled dose.
    'unresponsive', 'barely responsive', 'barely conscious', 'pulse', 'double dose', 'ansprechbar', 'puls$', 'herztabletten', 'doppelte dosis', 'doppelt oder dreifach',
    'apenas responde', 'pulso', 'dosis doble', 'pouls', 'reagit plus', 'reagit a peine', 'inconscient', 'non reagisce', 'incoscient', 'doppia dose',
    'nie reaguje', 'nieprzytomn', 'podwojna dawk', 'podwojnej dawki', 'ledwo kontaktuje',
  ],
  drive: [
    'garage', 'engine running', 'car running', 'the river', 'the lake', 'the bridge', 'into a tree', 'the train', 'the edge', 'tylenol', 'paracetamol',
    'sleeping', 'am see', 'an den see', 'fluss', 'baum', 'al rio', 'al lago', 'fium', 'lago$', 'au lac', 'riviere', 'rzek', 'jezior', 'drzew', 'au bord',
  ],
  fear: [
    'im scared', 'i am scared', 'so scared', 'really scared', 'im afraid of', 'afraid of him', 'afraid he will', 'frightened', 'terrified',
    'habe angst', 'hab angst', 'furchte mich', 'verangstigt', 'panische angst',
    'tengo miedo', 'asustad', 'aterrad', 'me da miedo', 'acojonad',
    'boje sie', 'przeraz', 'strach mi',
    'j ai peur', 'jai peur', 'terrifie', 'effraye', 'flippe$', 'flippe aus',
    'ho paura', 'spaventat', 'terrorizzat', 'paura che',
  ],
  worth: [
    'pathetic', 'loser', 'a weight', 'weight around', 'cant face', 'ruined my', 'ruined', 'my fault', 'everyone agrees', 'hate me', 'so down', 'really low',
    'been low', 'very low', 'done$', 'not okay', 'not ok', 'worried', 'down lately',
    'eine last$', 'nur noch eine last$', 'versager', 'ruiniert', 'meine schuld', 'sorgen', 'schlecht',
    'un peso', 'perdedor', 'arruin', 'mi culpa', 'preocup',
    'un poids', 'ma faute', 'detruit', 'nul$', 'inquiet',
    'fallito', 'rovinato', 'colpa mia', 'molto male', 'preoccup',
    'ciezar', 'frajer', 'zrujnow', 'moja wina', 'bardzo zle', 'martwi',
  ],
};
