/**
 * Signs that are ordinary one at a time and describe danger together: a child plus a groomer's
 * tactic, two stalking behaviours, two warning signs that someone else is hurting themselves, a
 * partner plus coercive control. The model adds evidence word by word and reads such conjunctions
 * poorly (a mother reporting that an adult seller asks her 14-year-old for a photo "just for him"
 * and when she is home alone scored 0.01: "14 years", "seller" and "account" are mostly parents'
 * refund tickets). A combination puts the ticket in front of a person (review) whatever the model
 * says.
 *
 * The families follow the published indicator lists summarised in docs/crisis-taxonomy.md (NSPCC
 * and NCMEC grooming tactics, stalking behaviours, warning signs of self-harm), in the six
 * languages. Same notation as cues-danger.ts, on crisis-folded text.
 */
import type { CrisisCategory } from '../types';

export interface IndicatorRule {
  category: CrisisCategory;
  /** Family name → phrases. */
  families: Record<string, readonly string[]>;
  /** The rule fires on this many distinct families… */
  needs: number;
  /** …one of them this one, when set. */
  anchor?: string;
}

/** Ages 5–17 written with a unit, or "I'm 14". */
const MINOR_AGE =
  're:(?:[5-9]|1[0-7]) ?(?:yo\\b|y o\\b|year old|years old|yr old|yrs old|jahre alt|jahrig|anos|ans\\b|anni|lat\\b|letni|letnia|latek|latka|enne\\b)';
const MINOR_SAYS_AGE = 're:(?:im|i am|ich bin|tengo|jai|j ai|ho|mam) (?:[5-9]|1[0-7])(?![0-9])';
/** "my daughter is 13", "he's 12", "meine Tochter ist 13", "mi hija tiene 13" (not "the grade is 10"). */
const CHILD_IS_AGE =
  're:(?:daughter|son|kid|child|girl|boy|she|he|shes|hes|tochter|sohn|kind|hija|hijo|nina|nino) (?:is |ist |tiene )?(?:only |just |erst |solo )?(?:[5-9]|1[0-7])(?![0-9])';
const SCHOOL_GRADE = 're:(?:[1-9]|1[0-2]) ?(?:st|nd|rd|th) grade';

const CHILD_SAFETY: IndicatorRule = {
  category: 'child_safety',
  needs: 2,
  anchor: 'minor',
  families: {
    minor: [
      MINOR_AGE, MINOR_SAYS_AGE, CHILD_IS_AGE, SCHOOL_GRADE, 'minor$', 'minors$', 'underage', 'a child$', 'a kid$', 'little girl', 'little boy',
      'minderjahrig', 'ein kind$', 'ein madchen', 'kleines madchen', 'grundschul',
      'menor de edad', 'una nina$', 'un nino$', 'una chica de', 'un chico de', 'una cria$',
      'mineur', 'une enfant$', 'un enfant$', 'une fillette$',
      'minorenne', 'una bambina$', 'un bambino$', 'una ragazzina$', 'un ragazzino$',
      'nieletni', 'dziewczynka$', 'chlopczyk$', 'dziecko$',
    ],
    secrecy: [
      'dont tell', 'do not tell', 'not to tell', 'keep it secret', 'keep this secret', 'our secret', 'our little secret', 'delete the messages', 'delete the chat',
      'delete our', 'delete his messages', 'delete everything',
      'niemandem', 'nichts sagen', 'nichts erzahlen', 'geheim halten', 'unser geheimnis', 'nachrichten loschen', 'chat loschen', 'losch die nachrichten', 'losch den chat',
      'no se lo digas', 'no le digas', 'no digas nada', 'nuestro secreto', 'en secreto', 'borra los mensajes', 'borre los mensajes', 'borrar los mensajes',
      'borra el chat', 'borre el chat', 'borrar el chat', 'borra la conversacion', 'borrar la conversacion',
      'dis rien', 'dire a personne', 'dis a personne', 'notre secret', 'en secret', 'efface les messages', 'effacer les messages', 'efface la conversation',
      'supprime les messages', 'supprimer les messages',
      'non dirlo', 'non dire niente', 'non dire nulla', 'nostro segreto', 'in segreto', 'cancella i messaggi', 'cancellare i messaggi', 'cancella la chat',
      'nie mow', 'nikomu nie', 'nasz sekret', 'w tajemnicy', 'usun wiadomosci', 'usunac wiadomosci', 'usun czat', 'usunac czat',
    ],
    privateChannel: [
      'whatsapp', 'snapchat', 'snap$', 'telegram', 'discord', 'kik$', 'instagram', 'private chat', 'privately', 'in private', 'dm me', 'text me',
      'privat schreiben', 'privatchat', 'privatnachricht', 'por privado', 'al privado', 'en prive', 'in privato', 'na priv', 'prywatnie',
    ],
    images: [
      'send a photo', 'send a pic', 'send me a photo', 'send me a pic', 'send me pics', 'send pics', 'send me a picture', 'selfie', 'pics of you', 'photo of you',
      'photos of you', 'pictures of you', 'show your room', 'show me your', 'webcam', 'camera on', 'cam on', 'something more comfortable', 'take off your',
      'schick mir ein foto', 'schick mir ein bild', 'foto schicken', 'bild schicken', 'fotos schicken', 'bilder schicken', 'fotos von dir', 'foto von dir',
      'bilder von dir', 'zimmer zeigen', 'zeig mir dein', 'was bequemeres', 'etwas bequemeres', 'bequemeres anziehen', 'zieh dich aus', 'dich ausziehen', 'kamera an',
      'manda una foto', 'mande una foto', 'mandar una foto', 'mandame una foto', 'enviame una foto', 'envie una foto', 'enviar una foto', 'fotos tuyas',
      'foto tuya', 'foto de ti', 'ensename tu', 'muestrame tu', 'ropa comoda', 'quitate', 'quitarte',
      'envoie une photo', 'envoie moi une photo', 'envoyer une photo', 'envoyer des photos', 'une photo de toi', 'photos de toi', 'montre ta chambre',
      'montre moi', 'quelque chose de plus confortable', 'enleve ton', 'enlever ton',
      'mandami una foto', 'mandare una foto', 'inviami una foto', 'inviare una foto', 'una foto tua', 'foto di te', 'foto tue', 'fammi vedere', 'mostrami',
      'qualcosa di piu comodo', 'togliti',
      'wyslij zdjecie', 'wyslij mi zdjecie', 'wyslac zdjecie', 'przeslij zdjecie', 'przeslac zdjecie', 'twoje zdjecia', 'twoje zdjecie', 'zdjecia ciebie',
      'pokaz pokoj', 'pokaz mi', 'cos wygodniejszego', 'rozbierz', 'kamerk', 'kamerc',
    ],
    aloneOrMeeting: [
      'home alone', 'alone at home', 'be alone', 'you alone', 'meet you', 'meet up', 'meet in person', 'meet him', 'meet her', 'pick you up', 'your parents',
      'when im asleep', 'while im asleep', 'when we are asleep', 'when were asleep', 'wenn ich schlafe', 'wenn wir schlafen', 'cuando duermo', 'mientras duermo',
      'kiedy spie', 'kiedy ja juz spie', 'gdy spie', 'quand je dors', 'pendant que je dors', 'quando dormo', 'mentre dormo',
      'parents home', 'parents know', 'which school', 'what school', 'your school',
      'allein zu hause', 'alleine zu hause', 'allein treffen', 'alleine treffen', 'allein zu treffen', 'alleine zu treffen', 'eltern da', 'deine eltern',
      'welche schule', 'auf welche schule', 'dich abholen',
      'sola en casa', 'solo en casa', 'a solas', 'quedar con', 'quedamos', 'vernos', 'tus padres', 'que colegio', 'a que colegio', 'que instituto', 'te recojo',
      'recogerte',
      'seule a la maison', 'seul a la maison', 'seule chez', 'seul chez', 'se voir', 'te voir', 'te rencontrer', 'tes parents', 'quelle ecole', 'quel college',
      'venir te chercher',
      'sola a casa', 'solo a casa', 'vederci', 'incontrarci', 'incontrarsi', 'i tuoi genitori', 'quale scuola', 'che scuola', 'venirti a prendere',
      'sama w domu', 'sam w domu', 'spotkac sie', 'spotkajmy', 'twoi rodzice', 'rodzice w domu', 'do jakiej szkoly', 'ktorej szkoly', 'odebrac cie',
    ],
  },
};

const STALKING: IndicatorRule = {
  category: 'stalking',
  needs: 2,
  families: {
    knowsDetails: [
      'knows my schedule', 'knows my shifts', 'knows where i live', 'knows where i work', 'knows my address', 'found my address', 'found out where i',
      'kennt meine adresse', 'kennt meine arbeitszeiten', 'kennt meine schichten', 'kennt meinen arbeitsplatz', 'weis wo ich', 'weiss wo ich', 'hat meine adresse', 'herausgefunden wo ich',
      'sabe donde vivo', 'sabe donde trabajo', 'sabe mis horarios', 'conoce mis horarios', 'tiene mi direccion', 'averiguo donde',
      'connait mes horaires', 'connait mon adresse', 'sait ou jhabite', 'sait ou j habite', 'sait ou je travaille', 'a trouve mon adresse',
      'conosce i miei orari', 'sa dove abito', 'sa dove lavoro', 'ha il mio indirizzo', 'ha scoperto dove',
      'zna moje godziny', 'zna moj adres', 'wie gdzie mieszkam', 'wie gdzie pracuje', 'znalazl moj adres',
    ],
    showedUp: [
      'showed up at', 'shows up at', 'showed up outside', 'came to my house', 'came to my home', 'came to my work', 'came to my door', 'came to my apartment', 'waiting outside', 'waits outside', 'was outside my', 'outside my house', 'outside my work',
      'at my door', 'followed me', 'follows me', 'following me',
      'vor meiner tur', 'vor meinem haus', 'vor meiner wohnung', 'an meinem arbeitsplatz', 'zu mir nach hause', 'tauchte vor', 'tauchte bei mir', 'bei mir aufgetaucht', 'verfolgt mich',
      'folgt mir', 'ist mir gefolgt', 'ist mir nachgefahren',
      'se presento en mi', 'aparecio en mi casa', 'aparecio en mi trabajo', 'aparecio en mi puerta', 'vino a mi casa', 'vino a mi trabajo', 'esperando fuera', 'en mi puerta', 'en la puerta de mi', 'me sigue', 'me siguio', 'me esperaba',
      'est venu a mon', 'est venu au', 'est venu chez', 'est venu devant', 'est venue chez', 'est venue a mon', 'est venue au', 'devant chez moi', 'devant ma porte', 'devant mon travail', 'ma suivi', 'ma suivie', 'me suit', 'me suivait', 'mattendait',
      'si e presentato', 'si e presentata', 'e venuto sotto', 'e venuto al mio', 'sotto casa', 'davanti a casa', 'mi segue', 'mi ha seguito', 'mi aspettava',
      'pojawil sie pod', 'pojawil sie w mojej', 'przyszedl pod', 'przyszedl do mojej pracy', 'przyszedl do mnie do pracy', 'pod moim domem', 'pod moja', 'czekal pod', 'sledzi mnie', 'szedl za mna', 'jechal za mna',
    ],
    watching: [
      'photo of my house', 'photo of my window', 'photo of my car', 'picture of my house', 'picture of my car', 'pic of my house', 'pic of my car', 'my window',
      'my front door', 'my lights',
      'foto von meinem haus', 'foto von meinem fenster', 'foto von meinem auto', 'foto meines hauses', 'foto meiner wohnung', 'foto meiner haustur', 'bild von meinem haus', 'mein fenster', 'meinem fenster', 'meiner haustur',
      'foto de mi casa', 'foto de mi ventana', 'foto de mi coche', 'foto de mi portal', 'mi ventana',
      'photo de ma maison', 'photo de ma fenetre', 'photo de ma voiture', 'photo de ma porte', 'photo de mon immeuble', 'ma fenetre', 'ma porte dentree',
      'foto della mia casa', 'foto della mia finestra', 'foto della mia macchina', 'foto di casa mia', 'foto del mio palazzo', 'foto del mio portone', 'la mia finestra', 'mia finestra',
      'zdjecie mojego domu', 'zdjecie mojego okna', 'zdjecie mojego samochodu', 'zdjecie mojej klatki', 'moje okno', 'moim oknem', 'mojego okna',
    ],
    // An appearance announced to the writer ("see you at table 14 saturday", "watch your back"): with
    // an evasion or a detail it is a veiled threat; sign-offs ("see you soon", "bis bald") are left out.
    announced: [
      'see you at', 'see you there', 'ill see you at', 'ill be there', 'ill be waiting', 'watch your back', 'hope security', 'better have security',
      'wir sehen uns am', 'wir sehen uns auf', 'wir sehen uns dort', 'ich warte auf dich', 'pass bloss auf', 'pass blos auf',
      'nos vemos en', 'nos vemos el', 'te estare esperando', 'te estoy esperando', 'cuidate las espaldas', 'cuidate la espalda',
      'do zobaczenia na', 'do zobaczenia w', 'bede czekal', 'bede czekac', 'uwazaj na plecy', 'ogladaj sie za siebie',
      'on se voit a', 'on se voit au', 'on se voit samedi', 'je tattendrai', 'surveille tes arrieres', 'fais gaffe a toi',
      'ci vediamo a', 'ci vediamo al', 'ci vediamo sabato', 'ti aspettero', 'guardati le spalle', 'guardati alle spalle',
    ],
    evasion: [
      'new account', 'new accounts', 'another account', 'new profile', 'new username', 'after i blocked', 'after blocking',
      'neuen account', 'neues konto', 'neuen namen', 'neuen nick', 'nach der sperre', 'trotz sperre', 'trotz blockierung',
      'cuenta nueva', 'nueva cuenta', 'otra cuenta', 'otro perfil', 'otro nombre',
      'nouveau compte', 'nouveau pseudo', 'autre compte', 'autre pseudo',
      'nuovo account', 'nuovo profilo', 'altro account', 'altro profilo', 'nuovo nickname',
      'nowe konto', 'nowego konta', 'inne konto', 'nowy nick', 'nowym nickiem',
    ],
  },
};

const THIRD_PARTY_SELF_HARM: IndicatorRule = {
  category: 'third_party_concern',
  needs: 2,
  families: {
    hiddenHarm: [
      'long sleeves', 'long sleeved', 'hides her arms', 'hides his arms', 'cuts on her', 'cuts on his', 'marks on her', 'marks on his', 'razor blade', 'blades',
      'lange armel', 'langarm', 'rasierklinge', 'klinge$', 'klingen versteck', 'schnitte an', 'ritzt sich', 'ritzen',
      'manga larga', 'mangas largas', 'cuchilla', 'cortes en', 'se corta',
      'manches longues', 'des lames', 'lames de', 'une lame', 'coupures', 'se scarifie',
      'maniche lunghe', 'lamette', 'lametta', 'tagli sulle', 'tagli sul', 'si taglia',
      'dlugie rekawy', 'dlugich rekawach', 'zyletk', 'ciecia na', 'tnie sie',
    ],
    withdrawal: [
      'stopped eating', 'not eating', 'barely eats', 'doesnt eat', 'gave away', 'giving away', 'gives away', 'said goodbye', 'last message',
      'isst nichts', 'isst kaum', 'isst fast nichts', 'verschenkt', 'verabschiedet',
      'ya no come', 'no come nada', 'casi no come', 'regalando', 'regalado sus', 'se despidio', 'ultimo mensaje',
      'ne mange plus', 'mange presque plus', 'mange plus rien', 'donne ses', 'donne toutes', 'dit au revoir', 'dernier message', 'ca ne changera',
      'non mangia', 'mangia pochissimo', 'regalato le sue', 'regala le sue', 'ha salutato', 'ultimo messaggio',
      'nie je$', 'prawie nie je', 'rozdaje', 'rozdala', 'rozdal', 'pozegnal', 'ostatnia wiadomosc',
    ],
  },
};

/** Coercive control: a partner who takes or locks away the writer's phone, money or keys, or keeps them in. */
const COERCIVE_CONTROL: IndicatorRule = {
  category: 'domestic_abuse',
  needs: 2,
  anchor: 'partner',
  families: {
    partner: [
      'my husband', 'my wife', 'my boyfriend', 'my girlfriend', 'my partner', 'my ex$', 'my ex husband', 'my ex wife', 'my ex boyfriend',
      'mein mann', 'meine frau', 'mein freund', 'meine freundin', 'mein partner', 'meine partnerin', 'mein ex$', 'meine ex$',
      'mi marido', 'mi mujer', 'mi esposo', 'mi esposa', 'mi novio', 'mi novia', 'mi pareja', 'mi ex$', 'mi exmarido', 'mi ex marido',
      'mon mari', 'ma femme', 'mon copain', 'ma copine', 'mon conjoint', 'ma conjointe', 'mon compagnon', 'ma compagne', 'mon ex$', 'mon ex mari',
      'mio marito', 'mia moglie', 'il mio ragazzo', 'la mia ragazza', 'il mio compagno', 'la mia compagna', 'il mio ex$', 'mio ex marito',
      'moj maz', 'moja zona', 'moj chlopak', 'moja dziewczyna', 'moj partner', 'moja partnerka', 'moj byly', 'moja byla', 'mojego meza', 'maz$',
    ],
    control: [
      'locks away my', 'locked away my', 'locks up my', 'keeps my phone', 'keeps my wallet', 'keeps my passport', 'keeps my keys', 'keeps my money',
      'takes my phone', 'took my phone', 'checks my phone', 'checks my messages', 'reads my messages', 'tracks my location', 'tracks my phone',
      'wont let me leave', 'doesnt let me leave', 'wont let me go out', 'doesnt let me go out', 'wont let me see', 'only gives me', 'under lock',
      'unter verschluss', 'weggeschlossen', 'schliesst mein', 'schliest mein', 'nimmt mir das handy', 'nimmt mir mein', 'hat mir das handy', 'kontrolliert mein',
      'liest meine nachrichten', 'lasst mich nicht raus', 'lasst mich nicht aus dem haus', 'lasst mich nicht gehen', 'gibt mir nur',
      'bajo llave', 'me quita el movil', 'me quito el movil', 'me quita el telefono', 'revisa mi movil', 'revisa mis mensajes',
      'lee mis mensajes', 'no me deja salir', 'no me deja ver', 'solo me lo da', 'solo me da', 'se queda con mi',
      'sous cle', 'me prend mon telephone', 'ma pris mon telephone', 'me confisque', 'fouille mon telephone', 'lit mes messages',
      'me laisse pas sortir', 'ne me laisse pas sortir', 'mempeche de sortir', 'ne me donne que', 'garde mon argent',
      'sotto chiave', 'mi prende il telefono', 'mi ha preso il telefono', 'mi toglie il telefono', 'controlla il mio telefono', 'legge i miei messaggi',
      'non mi lascia uscire', 'non mi fa uscire', 'mi da solo', 'tiene lui i miei', 'si tiene i miei',
      'pod kluczem', 'zamyka moj', 'zabiera mi telefon', 'zabral mi telefon', 'zabiera mi pieniadze', 'sprawdza moj telefon', 'czyta moje wiadomosci',
      'nie pozwala mi wychodzic', 'nie wypuszcza mnie', 'daje mi tylko',
    ],
  },
};

/**
 * An overdose told as an errand: medication plus a whole pack taken, alcohol with it, or drowsiness
 * coming on ("took the whole pack of sleeping pills with wine, getting heavy, cancel my order while
 * I can still type"). Each sign alone is an ordinary ticket (a pharmacy tin, a bottle of wine, a
 * tired collector); medication with any of them is a person who may need an ambulance.
 */
const OVERDOSE: IndicatorRule = {
  category: 'medical_emergency',
  needs: 2,
  anchor: 'medication',
  families: {
    medication: [
      'pills', 'sleeping pills', 'painkillers', 'meds$', 'medication', 'my tablets', 'the tablets',
      'tabletten', 'schlaftabletten', 'pillen', 'medikamente', 'schmerzmittel',
      'pastillas', 'somniferos', 'medicamentos', 'calmantes',
      'tabletki', 'tabletek', 'tabletkami', 'leki$', 'lekow', 'nasenne',
      'cachets', 'comprimes', 'somniferes', 'medicaments', 'pilules',
      'pillole', 'pastiglie', 'sonniferi', 'farmaci', 'compresse',
    ],
    // Taken, not only counted: "the whole box arrived crushed" is an ordinary ticket.
    wholeAmount: [
      'took all', 'taken all', 'swallowed all', 'took the whole', 'taken the whole', 'swallowed the whole', 'took a whole', 'all of them at once',
      'ganze packung genommen', 'ganze packung geschluckt', 'ganze packung von', 'ganze schachtel genommen', 'alle auf einmal', 'alle genommen', 'alle geschluckt',
      'me tome toda', 'me tome todo', 'tome toda la caja', 'me tome todas', 'me las tome todas', 'todas de golpe', 'todas juntas',
      'wzialem cale', 'wzielam cale', 'lyknalem cale', 'lyknelam cale', 'polknalem', 'polknelam', 'wszystkie naraz', 'wszystkie na raz', 'wzialem wszystkie', 'wzielam wszystkie', 'lyknelam wszystkie', 'lyknalem wszystkie',
      'pris toute la boite', 'pris toute la plaquette', 'avale toute', 'tous dun coup', 'toutes dun coup', 'jai tout pris', 'tout avale',
      'preso tutta la confezione', 'presa tutta la confezione', 'preso tutto il flacone', 'ingoiato tutta', 'ingoiato tutto', 'tutte insieme', 'tutte in una volta', 'le ho prese tutte',
    ],
    alcohol: [
      'with wine', 'with vodka', 'with whiskey', 'with alcohol', 'with booze', 'with beer',
      'mit wein', 'mit wodka', 'mit alkohol', 'mit schnaps', 'mit bier',
      'con vino', 'con alcohol', 'con vodka', 'con whisky', 'con cerveza',
      'z winem', 'z wodka', 'z alkoholem', 'z piwem',
      'avec du vin', 'avec de lalcool', 'avec la vodka', 'avec de la vodka', 'avec du whisky',
      'col vino', 'con il vino', 'con lalcol', 'con la vodka', 'con il whisky',
    ],
    drowsy: [
      'getting sleepy', 'so sleepy', 'getting drowsy', 'eyes are heavy', 'while i can still type', 'before i fall asleep', 'cant keep my eyes open',
      'schwer und mude', 'ganz schwer', 'werde mude', 'werd mude', 'solange ich tippen kann', 'solange ich noch tippen',
      'me estoy durmiendo', 'mucho sueno', 'mientras pueda escribir', 'se me cierran los ojos',
      'robie sie senn', 'robi mi sie slabo', 'zasypiam', 'poki moge pisac', 'dopoki moge pisac',
      'je mendors', 'tant que je peux ecrire', 'mes yeux se ferment', 'jai la tete lourde',
      'mi sto addormentando', 'ho tanto sonno', 'finche riesco a scrivere', 'mi si chiudono gli occhi',
    ],
  },
};

/**
 * A stroke told by its signs (FAST: face, arm, speech) while the writer asks about something else
 * ("mom can't log in; for half an hour she has been slurring, the corner of her mouth drops and she
 * can't lift her right arm, probably just tired"). Two of the three signs.
 */
const STROKE: IndicatorRule = {
  category: 'medical_emergency',
  needs: 2,
  families: {
    face: [
      'face is drooping', 'face drooping', 'face droops', 'drooping face', 'mouth is drooping', 'corner of her mouth', 'corner of his mouth', 'one side of her face', 'one side of his face', 'face is lopsided',
      'mundwinkel hangt', 'hangender mundwinkel', 'hangt der mundwinkel', 'gesichtshalfte', 'gesicht hangt',
      'boca torcida', 'la boca caida', 'se le cae la cara', 'se le cae la boca', 'comisura', 'lado de la cara',
      'kacik ust', 'opadl jej kacik', 'opadl mu kacik', 'opadniety kacik', 'krzywa twarz', 'polowa twarzy', 'twarz opadla',
      'bouche de travers', 'visage affaisse', 'coin de la bouche', 'moitie du visage', 'visage tombe',
      'bocca storta', 'angolo della bocca', 'meta del viso', 'viso cadente', 'faccia storta',
    ],
    arm: [
      'lift her arm', 'lift his arm', 'lift my arm', 'raise her arm', 'raise his arm', 'lift her right', 'lift her left', 'lift his right', 'lift his left',
      'arm is weak', 'arm went numb', 'arm is numb', 'arm feels numb', 'arm went limp',
      'arm nicht heben', 'arm nicht mehr heben', 'arm ist taub', 'arm ist schlaff',
      'levantar el brazo', 'mover el brazo', 'brazo dormido', 'el brazo no le responde',
      'podniesc reki', 'podniesc prawej', 'podniesc lewej', 'bezwladn', 'reka jej opadla', 'reka mu opadla', 'dretwieje reka', 'zdretwiala reka',
      'lever le bras', 'bras engourdi', 'bras ne repond',
      'alzare il braccio', 'muovere il braccio', 'braccio intorpidito', 'braccio non risponde',
    ],
    speech: [
      'slurring', 'slurred', 'speech is slurred', 'words are slurred', 'talking funny', 'cant get her words', 'cant get his words',
      'spricht verwaschen', 'lallt', 'redet wirr', 'spricht undeutlich', 'spricht komisch', 'findet die worte nicht',
      'habla raro', 'habla rara', 'arrastra las palabras', 'no se le entiende', 'habla mal de repente',
      'niewyraznie', 'mowi belkotliwie', 'belkocze', 'placze jej sie jezyk', 'placze mu sie jezyk', 'nie moze mowic',
      'parle bizarrement', 'parle mal', 'mots se melangent', 'narrive plus a parler', 'bafouille',
      'parla strano', 'parla male', 'biascica', 'non riesce a parlare', 'impasta le parole',
    ],
  },
};

/**
 * The writer's own farewell told as arrangements (published warning signs: giving away prized
 * possessions, goodbye letters, saying one will soon be gone). Two of the three: giving a
 * collection away is ordinary when quitting the hobby, and "I won't be around next week" when
 * travelling; goodbye letters or being gone soon beside it are not.
 */
const FAREWELL: IndicatorRule = {
  category: 'suicidal_ideation',
  needs: 2,
  families: {
    givingAway: [
      'gave away', 'given away', 'giving away', 'gave the rest of my', 'gave my collection', 'gave my cards',
      'verschenkt', 'weggegeben', 'vermacht', 'verteilt meine',
      'regale mi', 'regale el resto', 'regalado mi', 'regalado el resto', 'he dado mi coleccion', 'repartido mi',
      'rozdalem', 'rozdalam', 'oddalem kolekcje', 'oddalam kolekcje', 'rozdaje',
      'donne ma collection', 'donne le reste', 'donne toutes mes', 'distribue mes',
      'regalato la mia', 'regalato il resto', 'dato via', 'regalato tutte',
    ],
    farewellLetters: [
      'wrote letters to', 'written letters to', 'wrote a letter to my', 'letters to my family', 'letter to my family', 'left a note', 'goodbye letter', 'goodbye letters',
      'briefe an meine', 'brief an meine', 'abschiedsbrief', 'abschiedsbriefe',
      'cartas a mi familia', 'carta a mi familia', 'escrito cartas', 'escribi cartas', 'carta de despedida',
      'listy do rodziny', 'list do rodziny', 'napisalem listy', 'napisalam listy', 'list pozegnalny', 'listy pozegnalne',
      'lettres a ma famille', 'lettre a ma famille', 'ecrit des lettres', 'lettre dadieu',
      'lettere alla mia famiglia', 'lettera alla mia famiglia', 'scritto delle lettere', 'lettera di addio',
    ],
    goneSoon: [
      'wont be around much longer', 'wont be here much longer', 'wont be here for long', 'soon i wont be here', 'soon i wont be around', 'not be here much longer',
      'bald nicht mehr da', 'nicht mehr lange da', 'bald nicht mehr hier',
      'pronto ya no estare', 'ya no estare mucho', 'no estare mucho tiempo',
      'niedlugo mnie nie bedzie', 'niedlugo juz nie bedzie', 'mnie niedlugo juz nie bedzie', 'wkrotce mnie nie bedzie',
      'bientot je ne serai plus', 'je ne serai plus la longtemps', 'plus la pour tres longtemps',
      'presto non ci saro piu', 'non ci saro ancora per molto', 'tra poco non ci saro',
    ],
  },
};

export const INDICATOR_RULES: readonly IndicatorRule[] = [CHILD_SAFETY, STALKING, THIRD_PARTY_SELF_HARM, COERCIVE_CONTROL, OVERDOSE, STROKE, FAREWELL];
