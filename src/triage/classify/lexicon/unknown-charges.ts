/**
 * Charges the card or account holder did not make, in en/de/es/pl/fr/it: a relative or
 * flatmate who used the saved card, the account or the tablet; a subscription nobody took out;
 * a charge from a shop the holder never used. Customers name the person and the card in one
 * sentence ("my 9-year-old bought packs with my saved card"), and the remedy they ask for
 * (cancel, refund) is secondary: docs/intents.md files these under unauthorized_transaction.
 */
import type { LexiconSource } from './entry';

// Who used it: family, partners and flatmates, or a child named by age alone ("my 9-year-old").
const RELATIVE_EN = `(?:son|daughter|kid|child|brother|sister|roommate|flatmate|partner|boyfriend|girlfriend|husband|wife|ex|dad|father|mom|mum|mother|grandpa|grandma|grandfather|grandmother|nephew|niece|stepson|stepdaughter|stepdad|\\d+ ?(?:year old|yo|y o))`;
const RELATIVE_DE = `(?:sohn|tochter|kind|bruder|schwester|mitbewohner|freund|freundin|mann|frau|vater|mutter|oma|opa|neffe|nichte|enkel)`;
const RELATIVE_ES = `(?:hij[oa]|herman[oa]|sobrin[oa]|padre|madre|abuel[oa]|marido|mujer|novi[oa]|pareja|companer[oa] de piso|nieto|nieta)`;
const RELATIVE_FR = `(?:fils|fille|frere|soeur|neveu|niece|coloc|colocataire|mari|femme|compagnon|compagne|pere|mere|grand pere|grand mere|beau pere|petit fils|petite fille)`;
const RELATIVE_IT = `(?:figli[oa]|fratello|sorella|nipote|marito|moglie|compagn[oa]|padre|madre|nonn[oa]|coinquilin[oa]|fidanzat[oa])`;
const RELATIVE_PL = `(?:syn|corka|brat|siostra|maz|zona|tata|ojciec|mama|matka|babcia|dziadek|wspollokator|partner|chlopak|dziewczyna|wnuk|wnuczka)`;

export const UNKNOWN_CHARGES: LexiconSource = {
  unauthorized_transaction: [
    // A relative used the holder's saved card, account or device to buy.
    [3, `${RELATIVE_EN}\\w* .{0,40}?\\b(?:used|took|borrowed|got hold of|figured out|bought .{0,40}(?:with|on|using)|bid .{0,40}(?:with|on|using)|won .{0,40}(?:with|on|using)) (?:my|our) (?:saved |stored |credit |debit |bank )?(?:card|account|acct|paypal|ipad|tablet|laptop|pin|password)`],
    [3, `${RELATIVE_DE}\\w* .{0,50}?\\b(?:mit|uber|von) (?:meiner|meinem|meine|unserer) (?:hinterlegten |gespeicherten )?(?:kredit)?(?:karte|kartendaten|konto|passwort|tablet)|(?:hat|haben) meine (?:kredit)?karte (?:\\w+ )?(?:genommen|benutzt|verwendet|gekapert|geklaut)`],
    [3, `${RELATIVE_ES}\\w* .{0,50}?\\b(?:con|desde) mi (?:tarjeta|cuenta|tablet|movil)|(?:ha usado|ha utilizado|ha cogido|uso|cogio) mi tarjeta`],
    [3, `${RELATIVE_FR}\\w* .{0,40}?\\b(?:a utilise|utilise|a pris|a emprunte|a achete .{0,40}avec) (?:ma|mon|la|notre) (?:carte|compte)`],
    [3, `${RELATIVE_IT}\\w* .{0,40}?\\b(?:ha usato|usa|ha preso|ha comprato .{0,40}con|con la mia|col mio|con il mio) (?:la mia |il mio |mia |mio )?(?:carta|account|tablet)|(?:fatt[oaie]|li ha fatti|le ha fatte) (?:\\w+ ){0,2}(?:da )?(?:mi[oa]|suo|sua) ${RELATIVE_IT}`],
    [3, `${RELATIVE_PL}\\w* .{0,50}?\\b(?:z|na) (?:mojej|moim|mojego) (?:zapisanej )?(?:karty|koncie|konta|tabletu)|(?:uzyl|uzylem|uzylam|wzial|wzialem|wzielam) (?:\\w+ )?karty (?:mamy|taty|rodzicow)`],
    // A child using a parent's card: "my mom's card", "la carte de ma mère".
    [2.5, `(?:my (?:moms|mums|dads|parents)|la (?:carte|tarjeta|carta) (?:de|di) (?:ma |mi |mia |notre |nuestra )?(?:mere|madre|pere|padre|mamma|papa|mama)|(?:karte|kreditkarte) (?:meiner|unserer) (?:mutter|mama|eltern)|kart\\w* (?:mamy|taty)) (?:saved |stored |credit |debit )?(?:card)?`],
    // A subscription nobody took out.
    [3, `(?:never|didnt|did not) (?:\\w+ )?(?:signed? up|subscribed?) (?:for |to )?(?:a |any |this |the |that |your )?(?:\\w+ )?(?:subscription|membership|plan|pass|premium|pro)\\b|subscription (?:that )?i (?:never|didnt|did not)|jamais (?:souscrit|abonne|inscrit)|nie (?:ein )?abo\\w* (?:abgeschlossen|bestellt|gemacht)|(?:nie|nigdy nie) (?:\\w+ )?(?:subskryb|zamawial\\w* subskrypc|wykupil\\w* abonament)|nunca (?:me )?(?:suscrib|di de alta)|mai (?:sottoscritto|abbonat)`],
    // A charge the holder does not recognise, from a shop they never used.
    [3, `(?:addebit|acquist|pagament|transazion)\\w* .{0,40}non (?:lo |li |la |le )?riconosc|non (?:lo |li )?riconosco|je ne (?:le |la |les )?reconnais pas|(?:cargo|compra|cobro)s? desconocid|desconozco (?:el|este|ese|estos) (?:cargo|cobro|pago)|unbekannte\\w* lastschrift|die (?:ich|wir) (?:\\w+ )?nicht (?:gemacht|getatigt|veranlasst)`],
    [3, `(?:ktorych|ktorego|ktora|ktore) nie (?:skladal|zamawial|robil|kupowal)\\w*|(?:que )?no he (?:hecho|realizado|pedido) yo|que no he (?:hecho|realizado)\\b`],
    [3, `never (?:created|made|opened|had|signed up for) an account|(?:dont|do not) (?:even )?have an account|nobody (?:at|in) (?:our|my) (?:company|office|house|household|family)|nunca (?:he )?comprado (?:en|nada)|no tengo (?:ni )?cuenta|non ho (?:nemmeno |neanche )?un account|je nai (?:meme )?pas de compte|habe (?:gar )?kein konto (?:bei euch|bei ihnen)|nie mam (?:nawet )?konta`],
    [2.5, `(?:purchases?|charges?|orders?) i (?:didnt|did not|never) approve|(?:didnt|did not|never) (?:give|gave) (?:\\w+ )?permission|(?:je ne lui ai|je nai) jamais donne (?:l|mon )?(?:autorisation|accord)|non (?:li |lo )?(?:ho )?autorizzat`],
  ],
};
