/**
 * Danger to a body or a mind told by signs that are ordinary one at a time: someone else hiding
 * self-harm and withdrawing, an overdose, a stroke (FAST), a severe allergic reaction, the writer's
 * own farewell arrangements. Published warning signs of self-harm and suicide, of an overdose, of a
 * stroke and of anaphylaxis, in the six languages.
 */
import { NOT_HERE_FOR_WHAT_COMES } from './cues-danger';
import { HALF_THE_FACE } from './cues-soft';
import type { IndicatorRule } from './indicator-rule';

export const THIRD_PARTY_SELF_HARM: IndicatorRule = {
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

/**
 * An overdose told as an errand: medication plus a whole pack taken, alcohol with it, or drowsiness
 * coming on ("took the whole pack of sleeping pills with wine, getting heavy, cancel my order while
 * I can still type"). Each sign alone is an ordinary ticket (a pharmacy tin, a bottle of wine, a
 * tired collector); medication with any of them is a person who may need an ambulance.
 */
export const OVERDOSE: IndicatorRule = {
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
export const STROKE: IndicatorRule = {
  category: 'medical_emergency',
  needs: 2,
  families: {
    face: [
      'face is drooping', 'face drooping', 'face droops', 'drooping face', 'mouth is drooping', 'corner of her mouth', 'corner of his mouth', 'one side of her face', 'one side of his face', 'face is lopsided',
      'mundwinkel hangt', 'hangender mundwinkel', 'hangt der mundwinkel', 'gesichtshalfte', 'gesicht hangt',
      'boca torcida', 'la boca caida', 'se le cae la cara', 'se le cae la boca', 'comisura',
      'kacik ust', 'opadl jej kacik', 'opadl mu kacik', 'opadniety kacik', 'krzywa twarz', 'twarz opadla',
      'bouche de travers', 'visage affaisse', 'coin de la bouche', 'visage tombe',
      'bocca storta', 'angolo della bocca', 'viso cadente', 'faccia storta', ...HALF_THE_FACE,
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
 * A severe allergic reaction told in passing (published signs of anaphylaxis: a trigger, then
 * swelling of the face, lips, tongue or throat, trouble swallowing or breathing): "ate
 * something with peanuts, my face is swelling, hard to swallow and I can't find my auto-injector,
 * but block the card first". A symptom is the anchor: an allergen with the emergency pen is an
 * ordinary question about packaging, and hives alone (a rash after packing peanuts, settled by an
 * antihistamine) are no emergency. Inflated prices ("prezzi gonfiati", "prix gonflés"), bubble
 * wrap ("keine Luftpolsterfolie"), a pinhole ("puntura di spillo") and razor-sharp photos
 * ("gestochen scharf") are left out by naming body parts, stings or whole words only.
 */
export const ANAPHYLAXIS: IndicatorRule = {
  category: 'medical_emergency',
  needs: 2,
  anchor: 'symptom',
  families: {
    symptom: [
      'face is swelling', 'face swelling', 'face is swollen', 'lips are swelling', 'lips swelling', 'lips are swollen', 'tongue is swelling', 'tongue swelling', 'tongue is swollen',
      'throat is swelling', 'throat swelling', 'throat is closing', 'throat closing', 'throat feels tight', 'im swelling up', 'swelling up fast', 'cant swallow', 'hard to swallow',
      'struggling to swallow', 'trouble swallowing', 'hard to breathe', 'cant breathe', 'struggling to breathe', 'trouble breathing', 'wheezing',
      'gesicht schwillt', 'schwillt an', 'geschwollen', 'lippen schwellen', 'zunge schwillt', 'hals schwillt', 'hals wird eng', 'hals ist zu', 'kann kaum schlucken',
      'kann nicht schlucken', 'kaum luft$', 'keine luft$', 'atemnot',
      'hinchando', 'hinchada', 'hinchado', 'hinchazon', 'se me hincha', 'me cuesta tragar', 'no puedo tragar', 'cuesta respirar', 'no puedo respirar', 'se me cierra la garganta',
      'garganta cerrada',
      'visage gonfle', 'visage enfle', 'levres gonflent', 'langue gonfle', 'gonfle$', 'gonflee$', 'enfle$', 'enflee$', 'gorge serree', 'gorge qui se serre', 'du mal a avaler',
      'narrive plus a avaler', 'du mal a respirer', 'narrive plus a respirer',
      'viso gonfio', 'labbra gonfie', 'lingua gonfia', 'si sta gonfiando', 'gonfiore', 'gola chiusa', 'gola che si chiude', 'si chiude la gola', 'fatico a deglutire',
      'non riesco a deglutire', 'fatico a respirare', 'non riesco a respirare',
      'puchnie', 'spuchniet', 'opuchniet', 'opuchlizna', 'gardlo sie zaciska', 'zaciska mi sie gardlo', 'trudno przelknac', 'nie moge przelknac', 'trudno oddychac',
      'nie moge oddychac', 'dusznosc', 'dusze sie',
    ],
    trigger: [
      're:(?<!packing )peanut', 'tree nut', 'nut allergy', 'allergic to nuts', 'shellfish', 'shrimp', 'prawn', 'sesame', 'bee sting', 'wasp sting', 'stung by', 'got stung', 'penicillin', 'latex',
      'erdnuss', 'nussallergie', 'haselnuss', 'walnuss', 'meeresfruchte', 'garnele', 'krabben', 'sesam$', 'wespenstich', 'bienenstich', 'hat mich gestochen', 'wurde gestochen',
      'cacahuete', 'cacahuate', 'frutos secos', 'nueces', 'marisco', 'gambas', 'langostino', 'sesamo', 'picadura', 'me pico una', 'me ha picado', 'penicilina',
      'arachide', 'fruits a coque', 'noix$', 'fruits de mer', 'crevette', 'piqure de guepe', 'piqure dabeille', 'pique par une', 'penicilline',
      'arachidi', 'noccioline', 'frutta secca', 'noci$', 'crostacei', 'frutti di mare', 'gamberi', 'puntura di vespa', 'puntura di ape', 'puntura dape', 'punto da una', 'punta da una', 'mi ha punto', 'mi ha punta', 'penicillina',
      'orzeszk', 'orzech', 'owoce morza', 'krewetk', 'sezam', 'uzadl', 'ugryzla mnie osa', 'penicylin',
    ],
    rescue: [
      'epipen', 'epi pen', 'autoinjector', 'auto injector', 'adrenaline pen', 'adrenalin pen', 'adrenalinpen', 'adrenalinspritze', 'notfallset', 'anapen', 'jext',
      'autoinyector', 'auto inyector', 'inyector de adrenalina', 'pluma de adrenalina', 'stylo dadrenaline', 'stylo auto injecteur', 'penna di adrenalina', 'penna dadrenalina',
      'autoiniettore', 'wstrzykiwacz', 'zastrzyk z adrenalin',
    ],
  },
};

/**
 * The writer's own farewell told as arrangements (published warning signs: giving away prized
 * possessions, goodbye letters, saying one will soon be gone). Two of the three: giving a
 * collection away is ordinary when quitting the hobby, and "I won't be around next week" when
 * travelling; goodbye letters or being gone soon beside it are not.
 */
export const FAREWELL: IndicatorRule = {
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
      'leave it to my', 'leave them to my', 'dejarselo a mi', 'dejarle todo a', 'fur meinen bruder', 'fur meine schwester', 'chacun a sa pile',
      'lasciarlo a mio', 'lasciare tutto a', 'zostawic bratu', 'zostawic siostrze',
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
      'plus l usage d ici peu', 'ni para ninguno', ...NOT_HERE_FOR_WHAT_COMES,
    ],
  },
};
