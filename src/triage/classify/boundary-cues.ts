/**
 * Cues of the boundary rules that read the whole ticket rather than one phrase (boundaries.ts).
 * Written against normalised text (../text/normalize.ts) in en/de/es/pl/fr/it; none depends on
 * the language detector.
 */

const CANCEL = String.raw`\b(?:cancel|annul|storn|anulow|anular|cancelar|reverse|revers|stop|bloquer|bloccare|wstrzyma)\w*`;
const NOT_YET_SHIPPED = [
  String.raw`\b(?:not|hasnt|havent|have not|has not|nothing|none of it) (?:\w+ )?(?:yet |been |even |opened or )*(?:shipped|sent|dispatched)`,
  String.raw`\bbefore (?:it|they|he|she|the seller) (?:ships?|sends?)`,
  String.raw`\bnicht (?:\w+ )?(?:versandt|versendet|verschickt)`,
  String.raw`\bnie (?:\w+ ){0,2}(?:wyslan|wyslal|nadan)`,
  String.raw`\bpas encore (?:ete )?(?:expedie|envoye|parti)`,
  String.raw`\bnon (?:\w+ ){0,3}(?:spedit|partit)`,
  String.raw`\bno (?:\w+ ){0,3}(?:enviad|ha enviado|ha salido|lo ha mandado)`,
];

/**
 * The buyer asks to cancel (or reverse) an order that has not left yet: "hasn't shipped" says why
 * a cancellation is still possible, not that a parcel is missing.
 */
/** …unless the order is overdue: "not shipped after two weeks, can I cancel?" is a parcel that did not come. */
export const SHIPPING_OVERDUE = new RegExp(
  [
    String.raw`\b(?:\d+|two|three|four|five|six|several|a few) (?:days?|weeks?|tage?n?|wochen|jours|semaines|giorni|settimane|dias|semanas|dni|tygodni\w*)\b`,
    String.raw`\bstill (?:not|hasnt|havent|no)\b`, String.raw`\btoujours pas\b`, String.raw`\bbis heute\b`, String.raw`\bimmer noch\b`,
    String.raw`\b(?:dalej|nadal|wciaz) nie\b`, String.raw`\bnon ha ancora\b`, String.raw`\bsigue sin\b`, String.raw`\bawaiting shipment\b`,
  ].join('|'),
);

export const CANCEL_BEFORE_SHIPPING = new RegExp(String.raw`^(?=[^]*${CANCEL})(?=[^]*(?:${NOT_YET_SHIPPED.join('|')}))`);

/**
 * Conduct trouble the customer reports as over: the other user was banned, the police settled
 * it, nothing has happened since. What they ask now (hide the city, turn comments back on) is a
 * service request.
 */
export const SETTLED_CONDUCT = new RegExp(
  [
    // en
    String.raw`\blong (?:over|behind me)`, String.raw`\b(?:been|its been|was) (?:totally |completely |very )?quiet (?:since|ever since|for)`,
    String.raw`\bnothing(?:s| has)? happened since`, String.raw`\b(?:its|thats|that is|it is) (?:all )?(?:over|behind me|resolved|settled) (?:now|since)`,
    String.raw`\brestraining order`, String.raw`\b(?:police|cops) (?:dealt|handled|talked|sorted)`, String.raw`\bim (?:totally |completely )?fine now`,
    String.raw`\bhavent heard from (?:him|her|them) since`,
    // es
    String.raw`\b(?:ya )?(?:esta|todo) (?:todo )?resuelto`, String.raw`\bno he vuelto a saber`, String.raw`\blo (?:expulsasteis|echasteis|baneasteis)`,
    String.raw`\bla policia lo resolvio`, String.raw`\bya no hay nada`,
    // fr
    String.raw`\bcest termine`, String.raw`\btout est rentre dans lordre`, String.raw`\bderriere moi`, String.raw`\b(?:il|elle) a ete banni`,
    String.raw`\btermine depuis`,
    // de
    String.raw`\b(?:langst|laengst|lange) (?:erledigt|her|vorbei)`, String.raw`\balles erledigt`, String.raw`\bthema durch`,
    String.raw`\b(?:wurde|war) (?:damals )?(?:mit \w+ \w+ )?(?:\w+ )?(?:geklart|geklaert)`, String.raw`\bkontaktverbot`, String.raw`\bist verurteilt`,
    String.raw`\bseitdem (?:ist )?ruhe`,
    // it
    String.raw`\b(?:la cosa )?si e chiusa`, String.raw`\b(?:lavete|lo avete) bannat`, String.raw`\bnon e piu successo`, String.raw`\btutto risolto`,
    String.raw`\bacqua passata`,
    // pl
    String.raw`\bsprawa (?:jest )?zamknieta`, String.raw`\bwyjasnilismy`, String.raw`\bpolicja (?:\w+ ){0,3}zakonczyla`,
    String.raw`\bpomogliscie (?:go|ja|mi) (?:\w+ )?zablokowac`,
  ].join('|'),
);

/** …unless the same ticket says it has started again. */
export const CONDUCT_AGAIN = new RegExp(
  [
    String.raw`\b(?:is|hes|shes|theyre|he is|she is) back\b`, String.raw`\b(?:came|comes|coming) back\b`, String.raw`\bnew accounts?\b`,
    String.raw`\bstarted (?:again|up again)`, String.raw`\bschon wieder\b`, String.raw`\bneue[nms]? (?:account|konto)`,
    String.raw`\botra vez\b`, String.raw`\bnueva cuenta\b`, String.raw`\bha vuelto\b`, String.raw`\bde nouveau\b`, String.raw`\brecommence`,
    String.raw`\bnouveau compte\b`, String.raw`\bdi nuovo\b`, String.raw`\bricominciat`, String.raw`\bnuovo account\b`,
    String.raw`\bznowu\b`, String.raw`\bnowe konto\b`, String.raw`\bwrocil\b`,
  ].join('|'),
);

/**
 * A question about the rules for threats or harassment ("what do you do if someone threatens a
 * seller in chat?"), asked before anything happened to the customer.
 */
export const CONDUCT_POLICY_QUESTION = new RegExp(
  [
    // en
    String.raw`\b(?:what|how) (?:do|does|should|would|can) (?:you|i|we|your team|the team|mods) (?:\w+ ){0,2}(?:if|when) (?:someone|somebody|a (?:buyer|seller|user|viewer)|anyone|people)\b`,
    String.raw`\b(?:your|the) (?:community guidelines|content policy|policy page|protocol)\b`, String.raw`\breport(?:ing)? categor`,
    // es
    String.raw`\b(?:que|como) (?:haceis|hacen|debo hacer|hay que hacer) (?:\w+ ){0,4}(?:si|cuando) (?:alguien|un (?:comprador|vendedor|usuario))`,
    String.raw`\bvuestro protocolo`,
    // de
    String.raw`\bwas (?:sollen|soll|mussen|muessen|macht|tut) (?:wir|ich|ihr) (?:\w+ ){0,3}(?:tun|machen)?,? wenn (?:jemand|ein)`,
    String.raw`\b(?:eure|ihre) (?:richtlinien|community regeln)`, String.raw`\bmeldekategorie`,
    // fr
    String.raw`\bque (?:faites vous|faire|dois je faire|devons nous faire) (?:\w+ ){0,3}(?:si|quand|lorsque) (?:quelquun|un (?:acheteur|vendeur|utilisateur))`,
    String.raw`\bsi je signale\b`, String.raw`\bquestion de principe`,
    // it
    String.raw`\bcosa (?:fate|devo fare|dobbiamo fare|succede) (?:\w+ ){0,3}se (?:qualcuno|un (?:utente|compratore|venditore))`,
    // pl
    String.raw`\bco (?:robicie|mam zrobic|mamy zrobic|powinienem zrobic|powinnam zrobic) (?:\w+ ){0,3}(?:jesli|jezeli|gdy|kiedy) (?:ktos|kupujacy|sprzedawca|uzytkownik)`,
    String.raw`\bjakie macie zasady`,
  ].join('|'),
);

/**
 * The customer writes as a seller ("my sales", "mi tienda", "come venditore", "ma boutique"): money
 * that "has not arrived" or "mi dinero" is their payout, not a parcel or a buyer's refund.
 */
export const SELLER_SIDE = new RegExp(
  [
    String.raw`\bmy (?:sales|shop|store)\b`, String.raw`\b(?:as a|im a|i am a) seller\b`, String.raw`\bseller here\b`, String.raw`\bshop:`,
    String.raw`\b(?:de )?(?:mis|las) ventas\b`, String.raw`\bsoy vendedor`, String.raw`\bmi tienda\b`, String.raw`\bsin cobrar\b`,
    String.raw`\b(?:delle|mie) vendite\b`, String.raw`\bil mio negozio\b`, String.raw`\b(?:come|sono (?:un |una )?)venditor`,
    String.raw`\bmeine verk(?:a|ae)ufe`, String.raw`\bals verk(?:a|ae)ufer`, String.raw`\bmein(?:en)? shop\b`,
    String.raw`\bze sprzedazy\b`, String.raw`\bjako sprzedawc`, String.raw`\bm(?:oj|ojego) sklep`,
    String.raw`\bmes ventes\b`, String.raw`\bma boutique\b`, String.raw`\ben tant que vendeu`, String.raw`\bje suis vendeu`,
  ].join('|'),
);

/**
 * A message that pretends to come from the platform (a link to verify, "is this from you?", a fake
 * email, SMS or adviser): its bait ("your payout is on hold", "your account will be suspended",
 * "your parcel is held at customs") is not the customer's situation.
 */
export const PHISHING_MESSAGE = new RegExp(
  [
    String.raw`\b(?:phishing|d?hamecon)`, String.raw`\bis (?:this|that|it) (?:email |text |message |sms )?(?:really )?(?:from (?:you|your)\b|you ?\?)`,
    String.raw`\bes (?:vuestro|vuestra) ?\?`, String.raw`\bist (?:das|die) (?:\w+ )?von euch ?\?`, String.raw`\bc(?:e)?st (?:bien )?(?:de )?vous ?\?`,
    String.raw`\be vostr[ao] ?\?`, String.raw`\bto od was ?\?`,
    String.raw`\b(?:link|enlace|lien|url)\w* (?:\w+ ){0,6}(?:verify|verif|bestatig|confirm|zweryfik|weryfik|conferm|log ?in|anmeld|zaloguj|dopla)`,
    String.raw`\bfake (?:email|text|sms|support|adviser|advisor|page)`, String.raw`\b(?:correo|sms|mensaje)s? falsos?\b`,
    String.raw`\bfaux (?:mail|e mail|sms|conseiller|support|site)\b`, String.raw`\bfalsch\w* (?:support|mail|sms|kundenservice)`,
    String.raw`\bfals[oa] (?:mail|email|sms|supporto|assistenza)`, String.raw`\bfalszyw\w* (?:mail|sms|support|kurier|strona)`,
    String.raw`\b(?:claim|claiming|claimed|pretend\w*|said|says) (?:to be|he was|she was|it was|its) from (?:you|your)`,
    String.raw`\b(?:se hizo|haciendose|se fait|se faisant) passer`, String.raw`\bgab sich (?:\w+ ){0,3}als`, String.raw`\bspacciat`, String.raw`\bpodszyw`,
  ].join('|'),
);

/**
 * A bank dispute the customer only threatens ("if I don't have it by Friday I'll do a chargeback",
 * "sinon je fais opposition", "jeśli do piątku nie… robię chargeback"): nothing was disputed yet,
 * the refund is what they ask for.
 */
const DISPUTE = String.raw`(?:charge ?back|dispute|disputa|contracargo|opposition|contestazione|r(?:u|ue)ckbuchung|zur(?:u|ue)ckbuchen|widerspruch|reklamacj|litige|spor)`;
export const THREATENED_DISPUTE_SOURCE = [
  String.raw`\b(?:if|unless|otherwise|or else|wenn|falls|sonst|si (?:\w+ ){0,2}no|sinon|si (?:je (?:nai|ne)|ce nest)|sans rembours\w*|se (?:non|entro)|altrimenti|jesli|jezeli|jak (?:do|nie)|inaczej)\b[^.?!]{0,100}\b${DISPUTE}`,
  String.raw`\bje (?:ferai|lancerai|ouvrirai) (?:une |un )?${DISPUTE}`,
  String.raw`\b(?:i(?:ll| will| am going to|m going to)|gonna) (?:\w+ ){0,3}(?:file|open|do|start|make) (?:a |an )?(?:\w+ )?${DISPUTE}`,
  String.raw`\b(?:ich werde|werde ich) (?:\w+ ){0,4}${DISPUTE}`, String.raw`\bvoy a (?:abrir|hacer|poner) (?:una |un )?${DISPUTE}`,
  String.raw`\bje vais (?:faire|ouvrir|lancer) (?:une |un )?${DISPUTE}`, String.raw`\b(?:aprir[oò]|faro) (?:una |il |lo )?${DISPUTE}`,
].join('|');
export const THREATENED_DISPUTE = new RegExp(THREATENED_DISPUTE_SOURCE);
