/**
 * Danger from another person told by signs that are ordinary one at a time: a child plus a
 * groomer's tactic (NSPCC and NCMEC grooming tactics), stalking behaviours, a partner plus coercive
 * control. In the six languages.
 */
import type { IndicatorRule } from './indicator-rule';

/** Ages 5–17 written with a unit, or "I'm 14". */
const MINOR_AGE =
  're:(?:[5-9]|1[0-7]) ?(?:yo\\b|y o\\b|year old|years old|yr old|yrs old|jahre alt|jahrig|anos|ans\\b|anni|lat\\b|letni|letnia|latek|latka|enne\\b)';
const MINOR_SAYS_AGE = 're:(?:im|i am|ich bin|tengo|jai|j ai|ho|mam) (?:[5-9]|1[0-7])(?![0-9])';
/** "my daughter is 13", "he's 12", "meine Tochter ist 13", "mi hija tiene 13" (not "the grade is 10"). */
const CHILD_IS_AGE =
  're:(?:daughter|son|kid|child|girl|boy|she|he|shes|hes|tochter|sohn|kind|hija|hijo|nina|nino) (?:is |ist |tiene )?(?:only |just |erst |solo )?(?:[5-9]|1[0-7])(?![0-9])';
const SCHOOL_GRADE = 're:(?:[1-9]|1[0-2]) ?(?:st|nd|rd|th) grade';

export const CHILD_SAFETY: IndicatorRule = {
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

/**
 * Someone knows the writer's address, schedule or names. Also a sign of the threat rule
 * (indicators-violence.ts): one scan finds one phrase per place, so the rules share the phrases.
 */
export const KNOWS_WRITER_DETAILS: readonly string[] = [
  'knows my schedule', 'knows my shifts', 'knows where i live', 'knows where i work', 'knows my address', 'found my address', 'found out where i',
  'kennt meine adresse', 'kennt meine arbeitszeiten', 'kennt meine schichten', 'kennt meinen arbeitsplatz', 'weis wo ich', 'weiss wo ich', 'hat meine adresse', 'herausgefunden wo ich',
  'sabe donde vivo', 'sabe donde trabajo', 'sabe mis horarios', 'conoce mis horarios', 'tiene mi direccion', 'averiguo donde',
  'connait mes horaires', 'connait mon adresse', 'sait ou jhabite', 'sait ou j habite', 'sait ou je travaille', 'a trouve mon adresse',
  'conosce i miei orari', 'sa dove abito', 'sa dove lavoro', 'ha il mio indirizzo', 'ha scoperto dove',
  'zna moje godziny', 'zna moj adres', 'wie gdzie mieszkam', 'wie gdzie pracuje', 'znalazl moj adres',
  // The writer's or a child's names.
  'knows my name', 'knows my last name', 'knows my surname', 'my sons name', 'my daughters name', 'kennt meinen namen', 'kennt meinen nachnamen',
  'sabe mi nombre', 'sabe mi apellido', 'connait mon nom', 'connait aussi mon nom', 'conosce il mio nome', 'conosce il mio cognome', 'zna moje nazwisko', 'zna moje imie',
];

export const STALKING: IndicatorRule = {
  category: 'stalking',
  needs: 2,
  families: {
    knowsDetails: KNOWS_WRITER_DETAILS,
    showedUp: [
      'showed up at', 'shows up at', 'showed up outside', 'came to my house', 'came to my home', 'came to my work', 'came to my door', 'came to my apartment', 'waiting outside', 'waits outside', 'was outside my', 'outside my house', 'outside my work',
      'at my door', 'followed me', 'follows me', 'following me',
      'vor meiner tur', 'vor meinem haus', 'vor meiner wohnung', 'an meinem arbeitsplatz', 'zu mir nach hause', 'tauchte vor', 'tauchte bei mir', 'bei mir aufgetaucht', 'verfolgt mich',
      'folgt mir', 'ist mir gefolgt', 'ist mir nachgefahren',
      'se presento en mi', 'aparecio en mi casa', 'aparecio en mi trabajo', 'aparecio en mi puerta', 'vino a mi casa', 'vino a mi trabajo', 'esperando fuera', 'en mi puerta', 'en la puerta de mi', 'me sigue', 'me siguio', 'me esperaba',
      'est venu a mon', 'est venu au', 'est venu chez', 'est venu devant', 'est venue chez', 'est venue a mon', 'est venue au', 'devant chez moi', 'devant ma porte', 'devant mon travail', 'ma suivi', 'ma suivie', 'me suit', 'me suivait', 'mattendait',
      'si e presentato', 'si e presentata', 'e venuto sotto', 'e venuto al mio', 'sotto casa', 'davanti a casa', 'mi segue', 'mi ha seguito', 'mi aspettava',
      'outside my building', 'downstairs from my', 'vor meinem wohnhaus', 'unten vor meinem', 'debajo de mi casa', 'abajo de mi edificio', 'en bas de mon immeuble',
      'en bas de chez moi', 'sotto il mio palazzo', 'pod moim blokiem',
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
      'different usernames', 'several accounts', 'verschiedenen namen', 'verschiedenen accounts', 'distintos nombres', 'varias cuentas', 'differents pseudos',
      'plusieurs pseudos', 'plusieurs comptes', 'diversi nickname', 'diversi account', 'roznych nickow', 'roznych kont',
    ],
  },
};

/** Coercive control: a partner who takes or locks away the writer's phone, money or keys, or keeps them in. */
export const COERCIVE_CONTROL: IndicatorRule = {
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
