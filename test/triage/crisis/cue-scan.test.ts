import { crisisFold } from '../../../src/triage/crisis/crisis-fold';
import { compileCues, cueHits, dangerHits, MAX_SOURCE, type CueHit } from '../../../src/triage/crisis/cue-scan';
import { DANGER_CUES, GATE_CONTEXT_CUES } from '../../../src/triage/crisis/cues-danger';
import { SOFT_CUES } from '../../../src/triage/crisis/cues-soft';

const cuesIn = (text: string): string[] => dangerHits(crisisFold(text)).map((hit) => hit.cue);
const emergencyNumber = (cue: string): boolean => /911\|112\|999/.test(cue);

describe('danger cues', () => {
  it.each(['ich habe die 112 gerufen', 'we dialled 911 twenty minutes ago', 'ring 999 for me'])('an emergency number to call is a cue: %s', (text) => {
    expect(cuesIn(text).some(emergencyNumber)).toBe(true);
  });

  it.each(['Lastschrift über 112,00 € vom 03.04.', 'I was charged $911.50 twice', 'order 999.99 EUR', 'Bestellnummer 1129934', 'tracking 911204'])(
    'an amount or a longer number is not: %s',
    (text) => {
      expect(cuesIn(text).some(emergencyNumber)).toBe(false);
    },
  );

  it.each([
    'Z góry dziękuję. Klient 112',
    'kwota 112 zł',
    'two charges, 89 and 112 euros',
    'my Porsche 911 model kit arrived broken',
    'order no 999',
    'bitte an meine Packstation (Nr. 112) schicken',
    'ship it to Apt 911, 4th floor',
  ])(
    'a customer, order or model number, or an amount in words, is not: %s',
    (text) => {
      expect(cuesIn(text).some(emergencyNumber)).toBe(false);
    },
  );

  const personAge = (cue: string): boolean => cue.includes('year old');
  it.each(['ma fille de 14 ans reçoit des messages', 'my 13 year old bought packs', 'mi hermano pequeño (19 años) no contesta', 'mój syn ma 9 lat'])(
    'an age is a cue: %s',
    (text) => {
      expect(cuesIn(text).some(personAge)).toBe(true);
    },
  );

  it.each(['après 12 ans je ferme ma boutique', 'kupuję tu od 2 lat', 'colleziono da 10 anni', 'hace 5 años que compro aquí', '5 lat temu kupiłem', 'il y a 20 ans'])(
    'a span of years is not: %s',
    (text) => {
      expect(cuesIn(text).some(personAge)).toBe(false);
    },
  );

  const apology = (cue: string): boolean => cue.includes('sorry +for');
  it.each(['sorry for being such a mess lately', 'sorry for the trouble I caused you all'])('an apology for oneself is a cue: %s', (text) => {
    expect(cuesIn(text).some(apology)).toBe(true);
  });

  it.each(['hey man sorry for the wait, will go out tomorrow', 'Sorry for the delay!', 'sorry for any confusion', 'sorry for the late reply'])(
    'a business apology is not: %s',
    (text) => {
      expect(cuesIn(text).some(apology)).toBe(false);
    },
  );

  it('"sorry for everything" stays a goodbye', () => {
    expect(cuesIn('sorry for everything, take care of my cards')).toContain('sorry for everything');
  });

  const neck = (cue: string): boolean => cue.endsWith(')collo');
  it('the neck as a body part is a cue, a neck wrung in an idiom is not', () => {
    expect(cuesIn('ho dei lividi sul collo da una settimana').some(neck)).toBe(true);
    expect(cuesIn('se mi scrive ancora "domani" gli tiro il collo').some(neck)).toBe(false);
    expect(cuesIn('sono con la corda al collo con le rate').some(neck)).toBe(false);
  });

  const newAddress = (cue: string): boolean => cue.includes('neue +adresse');
  it.each(['Er hat meine neue Adresse herausgefunden', 'jetzt kennt sie auch die neue Adresse', 'somehow he got my new address.', 'he showed up at my new address last night'])(
    'a new address found out is a cue: %s',
    (text) => {
      expect(cuesIn(text).some(newAddress)).toBe(true);
    },
  );

  it.each([
    'Neue Adresse: Lindenstr. 8, 04109 Leipzig',
    'meine neue Adresse ist Am Ring 3',
    'neue Adresse Hauptstraße 12',
    'New address: 12 Elm St, Springfield',
    'my new address is below',
    'please ship to my new address, 4410 Oak Ave',
  ])('an address given is not: %s', (text) => {
    expect(cuesIn(text).some(newAddress)).toBe(false);
  });

  const notToTalk = (cue: string): boolean => /talk|reden|rozmow|parlare|chiacchierare/.test(cue);
  it.each(['domani ci facciamo un giro io e mio cugino, e non veniamo per parlare', 'we are not coming to talk', 'wir kommen nicht zum Reden', 'przyjedziemy, ale nie na rozmowę'])(
    'going to someone "not to talk" is a cue: %s',
    (text) => {
      expect(cuesIn(text).some(notToTalk)).toBe(true);
    },
  );

  it.each(['non per parlare male del venditore, ma la carta è rovinata', "I'm not going to talk to him again", 'je ne vous écris pas pour parler de ça'])(
    'a hedge or talking about something is not: %s',
    (text) => {
      expect(cuesIn(text).some(notToTalk)).toBe(false);
    },
  );

  it('a listed phrase does not match inside a longer word ("eine Last" in "eine Lastschrift")', () => {
    expect(cuesIn('Auf meinem Konto ist eine Lastschrift, die ich nicht kenne')).not.toContain('eine last');
    expect(cuesIn('Ich bin für alle nur noch eine Last')).toContain('nur noch eine last');
  });

  it.each([
    'The slab has a Kratzer on the front, Kratzer sind nicht erwähnt.',
    'La maglia è taglia M, ma ne ho ordinata una L.',
    'Ken Griffey Jr. rookie, PSA 9.',
    'Aplikacja pokazuje komunikat błędu przy logowaniu.',
    'Das Paket wurde laut DHL gestern übergeben.',
    'Dragon Blanc aux Yeux Bleus, édition 25e anniversaire.',
    'Scarlet & Violet 151 booster box.',
    'I learned my lesson about raw cards.',
  ])('an ordinary word that merely begins like a cue is not one: %s', (text) => {
    expect(cuesIn(text).filter((cue) => ['kratze', 'tagli', 'griffe', 'bled', 'ubergeb', 'bleus', 'scar', 'learn'].includes(cue))).toEqual([]);
  });

  it.each([
    ['Nina', 'Thanks, Nina', ['nina', 'la nina', 'una nina', 'mi nina', 'nina de', 'nina que']],
    ['Halsabschneider', 'Der Typ ist ein Halsabschneider, ehrlich.', ['hals', 'am hals']],
    ['pellicola', 'La pellicola protettiva era strappata.', ['pelle']],
    ['Messenger', 'Er schreibt mir über Messenger.', ['messe']],
    ['signature', 'Delivered, the signature is on the tracking page.', ['the sign']],
    ['wróciły', 'pieniądze dalej nie wróciły na konto', ['nie wrocil', 'nie wrocila']],
    ['mese', 'il pacco è arrivato dopo un mese', ['messe', 'mese']],
  ])('a name or a longer word is not the cue it begins with: %s', (_word, text, cues) => {
    expect(cuesIn(text).filter((cue) => cues.includes(cue))).toEqual([]);
  });

  it.each([
    'mi niña de 12 años me enseñó los mensajes',
    'she wears long sleeves even in July',
    'la porta della mia camera resta chiusa da fuori',
    'jak się dowie, to znowu oberwę',
    'cuando se entere me va a volver a pegar',
    'dice que se va a hacer daño, que ya se ha cortado otras veces',
    'my brother never came home after meeting the buyer',
    'me dio un bofetón que me partió el labio',
    'od tego czasu nie daje mi spokoju, czekał przy paczkomacie',
    'venerdì sarà tutto finito',
    "j'avais besoin de sentir quelque chose, le fer à lisser y est passé",
    'jetzt ist er kaum ansprechbar und sein Puls ist ganz langsam',
    'a DM with a photo of my front porch and the caption "nice place"',
    'znowu zaczęłam się ciąć po pół roku przerwy',
    'mój brat nie wrócił do domu po spotkaniu z kupującym',
    'a bent card like that is what sends me back to cutting',
    'he keeps posting where I have been all day, the gym, the café',
    "dans les commentaires il écrit où j'étais ce matin",
    'od pół godziny puchnie mi gardło i ciężko złapać oddech',
    'sono allergica e mi si sta gonfiando la faccia',
    'ya les dejé cartas escritas a mis hijos',
    "I don't think I'll still be here when it ships",
    'sie trägt auch im Sommer lange Ärmel',
    'mio fratello si è chiuso in bagno e non risponde',
    'ormai non ha più senso niente',
    'dann gehen die Fragen wegen meinen Armen wieder los',
    'Yesterday\'s DM said "nice porch light, you should change the bulb"',
    'cała spocona, nie wie jaki jest dzień i ciężko ją dobudzić',
    'niech się cieszy póki może, raz już siedziałem za takiego cwaniaka',
    'anoche me volví a cortar y ni siquiera sé por qué les cuento esto',
    'llevo una hora con la mano izquierda que no me responde y la cara como dormida de un lado',
    "he opened his jacket so I'd see what was in his waistband",
    'wenn ich was sage, sperrt er mich ein und ich krieg nix zu essen',
    "il m'a dit qu'il savait où je travaille",
    'he said I would be less cocky with broken knees',
    'someone in chat keeps asking the boy to take his shirt off',
    'a little kid sitting on the host’s lap',
    'soon you will all be rid of me',
    "j'ai rédigé mon testament",
    'the scars had nearly healed and I reopened them last night',
    'ieri sera le ho riaperte tutte',
    'ayer las volví a abrir',
    'je les ai rouvertes hier soir',
    'ich habe sie wieder aufgeschnitten',
    'wczoraj znowu je rozdrapałam',
    'quando me ne sarò andata, le carte vanno a mia sorella',
    'wenn ich weg bin, kriegt mein Bruder alles',
    'ho già salutato chi dovevo',
    "elle respire bizarrement et j'arrive pas à la réveiller",
    'ich krieg ihn nicht wach',
    'no consigo despertarla',
    'nie mogę jej obudzić',
    'non riesco a svegliarlo',
    'mon beau-père me laisse enfermée dans ma chambre',
    'mi padrastro me deja encerrada',
    'er hat mich eingesperrt',
    'ho ricominciato con le forbici',
  ])('the phrase people use for it is a cue: %s', (text) => {
    expect(cuesIn(text).length).toBeGreaterThan(0);
  });

  it.each(['Ich kratze mich blutig', 'mi sono tagliata di nuovo', "j'ai des bleus partout", 'he bled a lot'])('the cue itself still is: %s', (text) => {
    expect(cuesIn(text).length).toBeGreaterThan(0);
  });
});

describe('cue lists longer than one regular expression should hold', () => {
  const compiled = compileCues([DANGER_CUES, GATE_CONTEXT_CUES, SOFT_CUES]);

  it('are cut into pieces below the size V8 still optimises', () => {
    expect(compiled.res.length).toBeGreaterThan(1);
    for (const re of compiled.res) expect(re.source.length).toBeLessThan(MAX_SOURCE + 100);
  });

  it('find exactly what one regular expression of the whole alternation finds', () => {
    const whole = new RegExp(`\\b(?:${compiled.res.map((re) => re.source.slice('\\b(?:'.length, -1)).join('|')})`, 'g');
    const text = crisisFold(
      'I cant go on, my husband took my phone. Ich will nicht mehr leben und habe Schlaftabletten. Mi hija de 14 años, borra los mensajes. ' +
        'Je suis à bout, il sait où j’habite. Non ce la faccio più, ho le lamette. Nie chcę już żyć, mam tabletki. Call 911, she is not breathing!',
    );
    const pieced: CueHit[] = [];
    cueHits(compiled, text, 0, text.length, pieced);
    const reference = [...text.matchAll(whole)].map((m) => [m.index, m[0]]);
    expect(pieced.length).toBeGreaterThan(10);
    expect(pieced.map((hit) => [hit.start, text.slice(hit.start, hit.end)])).toEqual(reference);
  });
});

