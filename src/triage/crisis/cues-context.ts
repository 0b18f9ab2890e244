/**
 * Context cues: who is at risk, when, how sure, and the figures of speech that make danger words
 * harmless. They never open the gate on their own (an "I", a "tonight" or a "not" is in every
 * ticket); they are read only inside the windows a danger cue opened, and become the model's
 * structural features (features.ts). Same notation as cues-danger.ts.
 */
export const CONTEXT_CUES: Record<string, readonly string[]> = {
  self: [
    'i$', 'im$', 'ive$', 'ill$', 'id$', 'me$', 'my$', 'myself', 'mine$',
    'ich$', 'mich$', 'mir$', 'mein$', 'meine$', 'meinen$', 'meinem$',
    'yo$', 'me$', 'mi$', 'mis$', 'conmigo',
    'ja$', 'mnie$', 'mi$', 'moj$', 'moja$', 'moje$', 'sobie', 'siebie',
    'je$', 'j$', 'moi$', 'mon$', 'mes$',
    'io$', 'mio$', 'mia$', 'miei$', 'mie$',
  ],
  other: [
    'my friend', 'my best friend', 'my brother', 'my sister', 'my son', 'my daughter', 'my mom', 'my mum', 'my dad', 'my mother', 'my father',
    'my roommate', 'my flatmate', 'my cousin', 'my nephew', 'my niece', 'my kid', 'my child', 'my neighbor', 'my neighbour', 'my coworker', 'my colleague',
    'my grandma', 'my grandpa', 'my buddy', 'a friend', 'a buyer', 'a seller', 'another buyer', 'another user', 'this user', 'this guy', 'this girl',
    'he$', 'she$', 'hes$', 'shes$', 'his$', 'her$', 'him$', 'himself', 'herself', 'they$', 'theyre$', 'them$',
    'mein freund', 'meine freundin', 'mein bruder', 'meine schwester', 'mein sohn', 'meine tochter', 'meine mutter', 'mein vater', 'mein mitbewohner',
    'er$', 'ihn$', 'ihm$', 'sich$',
    'mi amigo', 'mi amiga', 'mi hermano', 'mi hermana', 'mi hijo', 'mi hija', 'mi madre', 'mi padre', 'mi companero', 'el$', 'ella$',
    'moj przyjaciel', 'moja przyjaciolka', 'moj brat', 'moja siostra', 'moj syn', 'moja corka', 'moja mama', 'moj tata', 'kolega', 'kolezanka',
    'ona$', 'jego$', 'jej$',
    'mon ami', 'mon amie', 'mon frere', 'ma soeur', 'mon fils', 'ma fille', 'ma mere', 'mon pere', 'mon coloc', 'il$', 'elle$', 'lui$',
    'mio amico', 'mia amica', 'mio fratello', 'mia sorella', 'mio figlio', 'mia figlia', 'mia madre', 'mio padre', 'lui$', 'lei$',
  ],
  partner: [
    'my husband', 'my boyfriend', 'my wife', 'my girlfriend', 'my partner', 'my ex', 'my bf', 'my gf', 'my fiance', 'my stepdad', 'my stepfather',
    'mein mann', 'mein freund', 'meine frau', 'mein ex', 'mein partner', 'mein stiefvater',
    'mi marido', 'mi esposo', 'mi novio', 'mi pareja', 'mi ex', 'mi padrastro',
    'moj maz', 'maz$', 'mezem$', 'meza$', 'moj chlopak', 'moja zona', 'moj partner', 'moj byly', 'ojczym',
    'mon mari', 'mon copain', 'ma femme', 'mon conjoint', 'mon ex', 'beau pere',
    'mio marito', 'il mio ragazzo', 'mia moglie', 'il mio compagno', 'il mio ex', 'patrigno',
  ],
  time: [
    'again', 'tonight', 'today', 'right now', 'now$', 'since', 'this weekend', 'tomorrow', 'every night', 'every day', 'last night', 'for weeks', 'for days',
    'anymore', 'any more', 'soon', 'before', 'after this',
    'wieder', 'heute nacht', 'heute', 'jetzt', 'gerade', 'seit', 'morgen', 'jede nacht', 'nicht mehr', 'bald',
    'otra vez', 'de nuevo', 'esta noche', 'hoy', 'ahora', 'ya no', 'desde', 'manana', 'cada noche', 'pronto',
    'znowu', 'znow', 'dzis', 'dzisiaj', 'dzisiaj wieczorem', 'teraz', 'juz nie', 'jutro', 'co noc', 'wkrotce',
    'encore', 'de nouveau', 'ce soir', 'aujourd', 'maintenant', 'depuis', 'demain', 'chaque nuit', 'bientot',
    'ancora', 'di nuovo', 'stasera', 'oggi', 'adesso', 'domani', 'ogni notte', 'presto', 'non piu',
  ],
  plan: [
    'plan', 'planned', 'planning', 'decided', 'going to', 'gonna', 'about to', 'ready to', 'how many', 'how much it takes', 'wrote', 'written', 'letter',
    'saved up', 'saving up', 'bought a', 'got a', 'have a', 'everything ready', 'made up my mind', 'the date',
    'beschlossen', 'entschieden', 'vorbereitet', 'gekauft', 'werde', 'brief',
    'he decidido', 'decidi', 'voy a', 'carta', 'compre', 'ya tengo',
    'postanowil', 'zdecydowal', 'zamierzam', 'kupilem', 'kupilam', 'list$', 'mam juz',
    'j ai decide', 'jai decide', 'je vais', 'lettre', 'achete', 'j ai deja',
    'ho deciso', 'sto per', 'lettera', 'comprato', 'ho gia',
  ],
  negation: [
    'not$', 'no$', 'never', 'dont', 'didnt', 'doesnt', 'isnt', 'wasnt', 'wont', 'nobody', 'nothing', 'without',
    'nicht', 'kein', 'keine', 'nie$', 'niemals', 'niemand',
    'no$', 'nunca', 'nadie', 'nada', 'ni$', 'sin$',
    'nie$', 'nigdy', 'nikt', 'nic$', 'bez$',
    'ne$', 'n$', 'pas$', 'jamais', 'personne', 'rien',
    'non$', 'mai$', 'nessuno', 'niente', 'senza',
  ],
  denial: [
    'not suicidal', 'not going to hurt', 'not going to kill', 'dont worry', 'not serious', 'just kidding', 'jk$', 'lol', 'lmao', 'haha', 'xd$', 'joke', 'kidding',
    'no worries', 'im fine', 'im ok', 'all good', 'i am fine',
    'nicht suizid', 'keine sorge', 'nur spass', 'war ein witz', 'mir gehts gut',
    'no te preocupes', 'es broma', 'jaja', 'estoy bien', 'no es en serio',
    'nie martw', 'zartuje', 'haha', 'wszystko ok', 'nic mi nie jest',
    'ne t inquiete', 'je rigole', 'mdr', 'ptdr', 'je vais bien', 'c est une blague',
    'non preoccupar', 'scherzo', 'ahah', 'sto bene', 'era una battuta',
    // Over, or under control; asked as a precaution.
    'lose sleep over', 'losing sleep over', 'fine now', 'nothing serious', 'under control', 'just in case', 'alles gut', 'nichts schlimmes', 'halb so wild', 'vorsichtshalber', 'zur sicherheit',
    'ya estoy bien', 'ya estoy perfectamente', 'nada grave', 'bajo control', 'por si acaso', 'rien de grave', 'sous controle', 'par precaution',
    'nic powaznego', 'pod kontrola', 'na wszelki wypadek', 'niente di grave', 'sotto controllo', 'tutto a posto', 'per precauzione',
    // Someone else is fine again; nobody is in danger.
    'nothing dramatic', 'hes fine', 'shes fine', 'all fine now', 'not in danger', 'wieder gut', 'ihm gehts gut', 'ihr gehts gut', 'nicht in gefahr',
    'no estoy en peligro', 'ni estoy en peligro', 'nada dramatico', 'nic mu nie jest', 'nic jej nie jest', 'nie jestem w niebezpieczenstwie',
    'il va bien', 'elle va bien', 'pas en danger', 'rien de dramatique', 'non sono in pericolo', 'niente di drammatico',
  ],
  idiom: [
    'dying to', 'to die for', 'die for', 'killing me', 'killing it', 'killed it', 'kill for', 'killer deal', 'killer price', 'drop dead', 'dead tired', 'deadstock',
    'dead stock', 'deadline', 'dead on arrival', 'dead battery', 'battery died', 'battery is dead', 'phone died', 'dead pixel', 'killed the', 'kills me',
    'shoot me an email', 'shoot me a message', 'shoot me a', 'photo shoot', 'shot of', 'bullet point', 'knife edge', 'cutting edge', 'cut the price',
    'cut corners', 'price cut', 'cutoff', 'cut off', 'bleeding money', 'murder on', 'slaughter', 'break the bank', 'sick of', 'worst day', 'end of the world',
    'end of my rope', 'over my dead body', 'scared the', 'scared to death', 'bored to death', 'love to death', 'died laughing', 'dead inside lol',
    'bringt mich um', 'sterbe vor', 'todmude', 'totlach', 'zum sterben', 'mega geil',
    'me muero de', 'me muero por', 'me mata', 'me estan matando', 'muerto de', 'muerta de', 'me mato de risa',
    'umieram z', 'zabija mnie', 'zabijaja mnie', 'padam z nog', 'na smierc',
    'je meurs de', 'mourir de rire', 'mort de rire', 'ca me tue', 'tue moi', 'creve',
    'muoio dalla', 'muoio di', 'mi uccide', 'mi ammazza', 'morto di', 'da morire',
    // Sniped in an auction, not armed; not losing sleep over a card.
    'knife to a gunfight', 'messer zur schiesserei', 'cuchillo a un tiroteo', 'noz na strzelanine', 'couteau a une fusillade', 'coltello a una sparatoria', 'kill myself over',
    // Up to the neck in debts.
    'up to my neck', 'soga al cuello', 'agua al cuello', 'corda al collo', 'acqua alla gola', 'la corde au cou', 'wasser bis zum hals', 'noz na gardle',
    // Destroying a reputation, not a person: on social media, in every group, in reviews.
    'on social media', 'all over social media', 'in den sozialen medien', 'auf social media', 'en redes sociales', 'en las redes', 'en redes',
    'w kazdej grupie', 'na fb', 'na facebooku', 'w internecie', 'sur les reseaux', 'sur tous les reseaux', 'sui social', 'in tutti i gruppi',
    // Done with an app or a hobby, not with life.
    're:done with (?:this|your|the|you) ?(?:app|hobby|site|platform|company|seller|store|shop|marketplace|service|guys|nonsense|crap)',
    // Wringing someone's neck: said of a slow seller, not done.
    'wring his neck', 'wring her neck', 'wring your neck', 'hals umdreh', 'den hals um', 'tordre le cou', 'retorcer el cuello', 'torcere il collo', 'tirare il collo', 'tiro il collo', 'retuerzo el cuello', 'ukrecic leb', 'ukrece mu leb',
  ],
  slang: [
    'psa', 'bgs', 'cgc', 'slab', 'gem mint', 'pull$', 'pulled', 'hit$', 'hits$', 'chase', 'break$', 'breaks$', 'snipe', 'sniped', 'nuke', 'nuked',
    'headshot', 'respawn', 'noob', 'lobby', 'raid', 'boss fight', 'pvp', 'loot', 'killstreak', 'kill count', 'gg$', 'fortnite', 'valorant', 'call of duty',
    'warhammer', 'pokemon', 'charizard', 'magic the gathering', 'mtg', 'yugioh', 'funko', 'sneaker', 'jordan', 'comic', 'figure', 'booster', 'graded',
    'card', 'cards', 'stream', 'auction', 'bid$', 'bidding', 'listing', 'shipping', 'tracking', 'refund', 'order$', 'seller', 'buyer', 'package', 'parcel',
    'paket', 'bestellung', 'karte', 'pedido', 'paquete', 'carta', 'zamowienie', 'paczka', 'karta', 'commande', 'colis', 'ordine', 'pacco',
    'movie', 'film', 'book', 'novel', 'song', 'lyrics', 'game', 'character', 'series', 'episode', 'season', 'manga', 'anime', 'cover', 'title',
  ],
  insult: [
    'idiot', 'stupid', 'moron', 'scammer', 'scam', 'fraud', 'thief', 'liar', 'clown', 'joke of a', 'useless', 'pathetic', 'garbage', 'trash', 'hope you',
    'go to hell', 'rot in', 'dead to me', 'review', 'report you', 'lawyer', 'sue$', 'police', 'chargeback', 'bbb',
    'betruger', 'idiot', 'anzeige', 'anwalt', 'estafador', 'ladron', 'abogado', 'denuncia', 'oszust', 'zlodziej', 'prawnik', 'policj',
    'arnaqueur', 'voleur', 'avocat', 'plainte', 'truffatore', 'ladro', 'avvocato', 'denuncia',
  ],
  help: [
    'help me', 'please help', 'need help', 'someone help', 'call someone', 'call the police', 'hotline', 'crisis line', 'therapist', 'therapy', 'psychiatr',
    'hilfe', 'hilf mir', 'ayuda', 'ayudame', 'pomocy', 'pomoz', 'aidez moi', 'au secours', 'aiutami', 'aiuto',
  ],
};
