import { combinationIn, COMBINATION_REACH } from '../../../src/triage/crisis/combinations';
import { crisisFold } from '../../../src/triage/crisis/crisis-fold';
import { INDICATOR_RULES } from '../../../src/triage/crisis/indicators';

const categoryIn = (text: string): string | null => combinationIn(crisisFold(text))?.category ?? null;

describe('indicator combinations', () => {
  it.each([
    ['en', 'My daughter is 13. A seller keeps asking her to send a photo and to keep it secret from us.'],
    ['de', 'Ein Verkäufer schreibt meinem Sohn (12 Jahre alt), er soll ihm Fotos schicken, und fragt, ob er allein zu Hause ist.'],
    ['es', 'Mi hijo de 11 años habla con un vendedor que le pide que borre los mensajes y que quedar con él el sábado.'],
    ['fr', "Ma fille de 14 ans reçoit des messages d'un acheteur qui lui demande d'envoyer une photo et de ne dire à personne."],
    ['it', 'Mio figlio ha 12 anni, un venditore gli chiede su WhatsApp quale scuola frequenta.'],
    ['pl', 'Moja córka ma 13 lat, sprzedawca pisze do niej prywatnie i prosi, żeby wysłała zdjęcie.'],
  ])('a minor and a groomer’s tactic are child safety (%s)', (_lang, text) => {
    expect(categoryIn(text)).toBe('child_safety');
  });

  it.each([
    'I bought a gift for my 10 year old son, the box arrived crushed.',
    'My 12-year-old used my card without asking, please refund the three packs.',
    "Bonjour, je signale un utilisateur qui m'a écrit en privé des insultes, c'est juste un gamin énervé je pense.",
    'Un utente mi scrive in privato da giorni, è solo un bambinone.',
    'Please send a photo of the label and keep it secret from nobody, we just need the tracking.',
  ])('a minor alone, or tactics without a minor, are not: %s', (text) => {
    expect(categoryIn(text)).toBeNull();
  });

  it('two stalking behaviours are stalking; one is not', () => {
    expect(categoryIn('He showed up at my work twice and now sends me a photo of my window every night.')).toBe('stalking');
    expect(categoryIn('Il est venu au café où je travaille et revient avec un nouveau pseudo après chaque blocage.')).toBe('stalking');
    expect(categoryIn('The buyer opened a new account after I blocked him and keeps bidding on my lots.')).toBeNull();
  });

  it.each([
    ['en', 'He is texting my personal phone: "drop the dispute or I\'ll come cut you, I\'m 20 min from you." He threatened me twice.'],
    ['es', "Empezó a amenazarme: 'tengo tu DNI y tu dirección, o me pagas o te mando a unos colegas a tu casa'. Estoy acojonado."],
    ['de', 'Er droht mir: er hat meine Adresse und schickt ein paar Jungs vorbei. Ich habe Angst.'],
    ['fr', "Il me menace : il a mon adresse et dit qu'il viendra devant chez toi avec des potes. J'ai peur."],
    ['it', 'Mi minaccia: sa dove abito e dice che mi farà visita sotto casa tua con qualche amico. Ho paura.'],
    ['pl', 'Grozi mi: zna mój adres i pisze, że odwiedzimy cię z kolegami. Boję się.'],
  ])('a threat with the writer’s details and a visit announced is a threat to the writer (%s)', (_lang, text) => {
    expect(categoryIn(text)).toBe('threat_to_writer');
  });

  it.each([
    'The buyer threatens me with a chargeback and a bad review, he has my address from the label. I am scared my shop gets banned.',
    'Il vendeur me menace de porter plainte, il a mon adresse.',
  ])('a threat of a dispute or a review, without a visit or harm, is not: %s', (text) => {
    expect(categoryIn(text)).toBeNull();
  });

  it('signs that someone else is hurting themselves are third-party concern', () => {
    expect(categoryIn('My brother wears long sleeves even in summer and has stopped eating, he used my card for these orders.')).toBe('third_party_concern');
    expect(categoryIn('Meine Schwester trägt nur noch lange Ärmel und isst kaum etwas.')).toBe('third_party_concern');
  });

  it.each([
    ['es', 'El código llega a mi móvil, pero el móvil lo tiene mi marido: lo guarda bajo llave con mi cartera y solo me lo da cuando él quiere.'],
    ['en', 'I cannot log in because my husband checks my phone and keeps my wallet, he only gives me the phone to call his mother.'],
    ['de', 'Mein Mann nimmt mir das Handy weg und lässt mich nicht aus dem Haus.'],
    ['fr', 'Mon conjoint fouille mon téléphone et ne me laisse pas sortir.'],
    ['it', 'Mio marito mi prende il telefono e non mi lascia uscire.'],
    ['pl', 'Mój mąż zabiera mi telefon i nie pozwala mi wychodzić.'],
  ])('a partner and coercive control are domestic abuse (%s)', (_lang, text) => {
    expect(categoryIn(text)).toBe('domestic_abuse');
  });

  it.each([
    'My husband used my card to buy three booster boxes, please refund them.',
    'Meine Frau lässt mich keine weitere Box kaufen 😅 kann ich die Bestellung stornieren?',
    'Mein Exemplar kam beschädigt an, mein Mann hat Fotos gemacht.',
  ])('a partner in an ordinary ticket is not: %s', (text) => {
    expect(categoryIn(text)).toBeNull();
  });

  it.each([
    ['de', 'Bitte storniert meine Bestellung. Ich hab vorhin die ganze Packung Schlaftabletten genommen, mit Wein, und werd ganz schwer.'],
    ['en', 'Please refund order 5521 to my card. I took all my sleeping pills tonight and I am getting sleepy, so I wanted to sort this first.'],
    ['es', 'Cancelad el pedido, me tomé todas las pastillas de golpe con vodka y se me cierran los ojos.'],
    ['fr', "Annulez ma commande, j'ai pris toute la boîte de somnifères avec du vin."],
    ['it', 'Annullate il mio ordine, ho preso tutta la confezione di sonniferi con il vino.'],
    ['pl', 'Proszę anulować zamówienie, wzięłam wszystkie tabletki naraz z wódką.'],
  ])('medication with a whole pack, alcohol or drowsiness is a medical emergency (%s)', (_lang, text) => {
    expect(categoryIn(text)).toBe('medical_emergency');
  });

  it.each([
    'The pill box figure arrived without its stand, the whole box was crushed.',
    'I ordered a wine rack and some vitamin tablets by mistake, please cancel.',
    'Die ganze Packung Karten war nass, ich bin total müde von dem Hin und Her.',
    'La caja de pastillas decorativa llegó rota, toda la caja aplastada.',
  ])('medication, a whole box or tiredness alone is not: %s', (text) => {
    expect(categoryIn(text)).toBeNull();
  });

  it('an appearance announced by someone evading blocks is stalking; a sign-off is not', () => {
    expect(categoryIn("I keep getting messages from new accounts: 'see you at table 14 saturday', 'hope security is good at that venue'.")).toBe('stalking');
    expect(categoryIn('Ci vediamo sabato alla fiera, mi scrive ogni volta da un altro profilo dopo che lo blocco.')).toBe('stalking');
    expect(categoryIn('I made a new account because I forgot my password. See you soon at the next stream!')).toBeNull();
  });

  it.each([
    ['pl', 'Mama nie może się zalogować. Od pół godziny mówi trochę niewyraźnie, opadł jej kącik ust i nie może podnieść prawej ręki.'],
    ['en', "My dad can't reset his password, his speech is slurred and his face is drooping on one side, probably tired."],
    ['de', 'Meine Mutter lallt seit einer Stunde und kann den Arm nicht mehr heben.'],
    ['es', 'Mi padre habla raro y tiene la boca torcida desde hace un rato.'],
    ['fr', 'Ma mère parle bizarrement et ne peut plus lever le bras gauche.'],
    ['it', 'Mio padre parla strano e ha la bocca storta da mezz’ora.'],
  ])('two signs of a stroke (face, arm, speech) are a medical emergency (%s)', (_lang, text) => {
    expect(categoryIn(text)).toBe('medical_emergency');
  });

  it('one sign of a stroke, or words that only look like them, are not', () => {
    expect(categoryIn('The figure arrived with a lopsided face and the box corner is crushed.')).toBeNull();
    expect(categoryIn('Das Foto ist verwaschen, man erkennt die Karte kaum.')).toBeNull();
    expect(categoryIn('I cannot lift the ban on my account, the support speaks strangely formal.')).toBeNull();
  });

  it.each([
    ['en', 'Ate a granola bar from the freebies, it had peanuts in it. My lips are swelling and it is hard to swallow. Anyway the slab is fine.'],
    ['de', 'Hab aus Versehen was mit Erdnuss gegessen, die Zunge schwillt und der Hals wird eng, wo ist mein Notfallset. Egal, die Bestellung bitte stornieren.'],
    ['es', 'He comido algo con cacahuete sin darme cuenta, se me está hinchando la cara y me cuesta tragar. Lo de los cargos también es urgente.'],
    ['fr', "J'ai mangé un biscuit aux fruits à coque, j'ai la gorge serrée et du mal à respirer, je ne trouve pas mon stylo d'adrénaline."],
    ['it', "Mi ha punto una vespa mentre aprivo il pacco, ho la lingua gonfia e fatico a respirare, dov'è la penna di adrenalina."],
    ['pl', 'Zjadłem ciastko z orzeszkami, gardło się zaciska i trudno przełknąć, nie mogę znaleźć wstrzykiwacza.'],
  ])('a trigger or the emergency pen beside swelling or a closing throat is anaphylaxis, a medical emergency (%s)', (_lang, text) => {
    expect(categoryIn(text)).toBe('medical_emergency');
  });

  it('an allergy without a symptom, hives after packing peanuts, inflated prices or bubble wrap are not', () => {
    expect(categoryIn('I am allergic to peanuts and always carry an EpiPen: do sellers ever put snacks in the parcels?')).toBeNull();
    expect(categoryIn('FYI the seller used scented packing peanuts and my wife broke out in hives, my face is swelling a bit too, not a big deal.')).toBeNull();
    expect(categoryIn('Prezzi gonfiati e una puntura di spillo sulla busta: le noci di cocco nel logo sono sbiadite.')).toBeNull();
    expect(categoryIn('Fotos gestochen scharf, aber keine Luftpolsterfolie, die Ecke ist vom Wasser geschwollen.')).toBeNull();
  });

  it('giving a collection away with goodbye letters or being gone soon is suicidal ideation; quitting the hobby is not', () => {
    expect(categoryIn('Rozdałem resztę kolekcji kolegom z klubu i napisałem listy do rodziny. Mnie niedługo już nie będzie.')).toBe('suicidal_ideation');
    expect(categoryIn("I gave away the rest of my binders and wrote letters to my family, I won't be around much longer.")).toBe('suicidal_ideation');
    expect(categoryIn("I'm quitting the hobby and gave away my cards to my nephew. I won't be around next week, please hold the parcel.")).toBeNull();
  });

  it('indicators farther apart than one story do not combine', () => {
    const far = `My son is 12 and collects cards.${' The order arrived late and the box was dented.'.repeat(Math.ceil(COMBINATION_REACH / 40))} Can you send a photo of the label?`;
    expect(categoryIn(far)).toBeNull();
  });

  it('lists no phrase in two families of one rule (one phrase must not count twice)', () => {
    for (const rule of INDICATOR_RULES) {
      const seen = new Map<string, string>();
      for (const [family, phrases] of Object.entries(rule.families)) {
        for (const phrase of phrases) {
          expect([rule.category, phrase, seen.get(phrase) ?? family]).toEqual([rule.category, phrase, family]);
          seen.set(phrase, family);
        }
      }
    }
  });
});
