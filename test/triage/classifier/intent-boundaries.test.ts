/**
 * Boundaries between neighbouring intents (src/triage/classify/boundaries.ts), in several
 * languages: the customer's primary need decides the primary intent, the neighbour stays listed.
 */
import { classifyIntents } from '../../../src/triage/classify';
import { applyBoundaries, BOUNDARY_RULES } from '../../../src/triage/classify/boundaries';
import type { Intent } from '../../../src/triage/types';

const primary = (text: string, subject?: string): Intent => classifyIntents(text, subject).intent;
const listed = (text: string): Intent[] => classifyIntents(text).intents.map((i) => i.name);

describe('authenticity outranks condition: fake, replica, resealed or not authentic is counterfeit', () => {
  it.each<[string, string]>([
    ['en', 'the sealed box arrived resealed, the shrink has no logo and the packs are light. one corner is dinged too'],
    ['en', 'the cert number comes up as a different card on the PSA site and the slab case is scratched'],
    ['de', 'Das Display wurde neu verschweißt, die Folie hat kein Logo und eine Ecke hat einen Knick'],
    ['es', 'es una réplica, y además llegó con la caja rota'],
    ['pl', 'to podróbka, a do tego pudełko jest zgniecione'],
    ['fr', 'le booster a été re-scellé, on voit la colle, et une carte est pliée'],
    ['it', "la busta era risigillata e una carta è piegata nell'angolo"],
  ])('%s: %s', (_lang, text) => {
    expect(primary(text)).toBe('counterfeit');
    expect(listed(text)).toContain('item_not_as_described');
  });

  it.each<[string, string]>([
    ['en', "I'm not saying it's fake, but the corner is crushed"],
    ['en', 'the package arrived today with the slab cracked across the label'],
    ['fr', "la carte est arrivée pliée et rayée, pas comme sur l'annonce"],
    ['it', "la carta è arrivata piegata, nell'annuncio era near mint"],
  ])('%s: condition alone stays item_not_as_described: %s', (_lang, text) => {
    expect(primary(text)).toBe('item_not_as_described');
  });
});

describe('refund or not received: the parcel problem vs an order that was undone', () => {
  it.each<[string, string]>([
    ['en', 'never arrived, want refund'],
    ['de', 'Paket nie angekommen, ich will mein Geld zurück'],
    ['es', 'el paquete nunca llegó, quiero un reembolso'],
    ['fr', 'colis jamais arrivé, je veux être remboursé'],
    ['it', 'il pacco non è mai arrivato, voglio il rimborso'],
  ])('%s: the parcel is the problem → item_not_received: %s', (_lang, text) => {
    expect(primary(text)).toBe('item_not_received');
    expect(listed(text)).toContain('refund_request');
  });

  it.each<[string, string]>([
    ['en', 'I cancelled the order two weeks ago, the seller never shipped it and I still have no refund'],
    ['en', 'I accidentally bought the same box twice, it has not shipped yet. can you cancel one and refund me?'],
    ['de', 'Ich habe die Bestellung storniert, aber die Rückerstattung ist noch nicht angekommen'],
    ['es', 'pedí el reembolso de un pedido cancelado y todavía no ha llegado nada'],
    ['pl', 'zamówiłem dwa razy przez pomyłkę, proszę anulować jedno i zwrócić pieniądze'],
    ['fr', "j'ai annulé ma commande il y a 10 jours et je n'ai toujours pas été remboursé"],
    ['it', "il venditore ha annullato l'ordine ma il rimborso non è ancora arrivato"],
  ])('%s: cancelled, mistaken or duplicate order → refund_request: %s', (_lang, text) => {
    expect(primary(text)).toBe('refund_request');
  });

  it.each<[string, string]>([
    ['en', 'the card arrived with a bent corner and a scratch, I would like a partial refund'],
    ['fr', "la carte est arrivée abîmée sur le coin, remboursement partiel svp"],
    ['it', 'la carta è arrivata rovinata su un angolo, rimborso parziale per favore'],
  ])('%s: a partial refund for a worse item → item_not_as_described: %s', (_lang, text) => {
    expect(primary(text)).toBe('item_not_as_described');
    expect(listed(text)).toContain('refund_request');
  });

  it('an undone order does not outrank a charge the owner never made', () => {
    expect(primary('there are 3 purchases on my card I did not make, please cancel them and refund me')).toBe('unauthorized_transaction');
  });
});

describe('harassment: threats, slurs, stalking or unwanted contact from another user', () => {
  it.each<[string, string, Intent]>([
    ['en', 'after I filed a chargeback with my bank the seller started threatening me, he says he knows where I live', 'chargeback_dispute'],
    ['en', 'the guy who never shipped my order now keeps sending me racist slurs and threats in DMs', 'item_not_received'],
    ['es', 'el vendedor me amenaza y dice que sabe dónde vivo, el pedido nunca llegó', 'item_not_received'],
    ['fr', "un vendeur me harcèle et m'envoie des menaces depuis que j'ai ouvert un litige avec ma banque", 'chargeback_dispute'],
  ])('%s: %s', (_lang, text, neighbour) => {
    const result = classifyIntents(text);
    expect(result.intent).toBe('harassment');
    expect(result.intents.map((i) => i.name)).toContain(neighbour);
  });

  it.each<[string, string]>([
    ['en', 'a seller keeps messaging my 12 year old, asked what school she goes to and for her snapchat'],
    ['es', 'un vendedor le ha escrito por privado a mi hijo de 11 años pidiéndole fotos sin camiseta'],
    ['de', 'Ein Verkäufer schreibt meiner Tochter (12) privat und sie soll es mir nicht sagen'],
    ['pl', 'jakiś użytkownik pisze do mojej córki (13 lat) i prosi o zdjęcia'],
    ['fr', 'un vendeur écrit à ma fille de 14 ans en privé et veut la retrouver seule'],
    ['it', 'un venditore scrive in privato a mia figlia di 12 anni e le chiede delle foto'],
  ])('%s: contact with a minor is harassment, not an off-platform scam: %s', (_lang, text) => {
    expect(primary(text)).toBe('harassment');
  });

  it.each<[string, string]>([
    ['en', 'my ex still has my password and logs in to see where I ship my orders'],
    ['es', 'mi ex sabe mi contraseña y entra a ver a dónde mando los paquetes'],
    ['fr', 'mon ex a gardé mon mot de passe et regarde où j’envoie mes colis'],
  ])('%s: an ex-partner inside the account is a takeover: %s', (_lang, text) => {
    expect(primary(text)).toBe('account_takeover');
  });

  it.each<[string, Intent]>([
    ['I texted my daughter to check the mailbox, the package never arrived', 'item_not_received'],
    ['he said he will get back to me with a refund but nothing yet', 'refund_request'],
    ['this seller is a menace, the card arrived bent', 'item_not_as_described'],
  ])('the customer contacting their own child, or a promise to get back, is not harassment: %s', (text, intent) => {
    expect(primary(text)).toBe(intent);
    expect(listed(text)).not.toContain('harassment');
  });

  it('stalking after a block is harassment', () => {
    expect(primary('a guy from the card show follows me since, I blocked him and he makes new accounts to comment on my streams')).toBe('harassment');
  });
});

describe('service requests stay other even when they mention an order or money', () => {
  it.each<[string, string]>([
    ['en', "how do I change the shipping address on my order? it hasn't shipped yet"],
    ['en', 'do you send a 1099-K? I sold a lot last year and never got a tax form'],
    ['en', 'how do i delete my account? not mad, just quitting'],
  ])('%s: %s', (_lang, text) => {
    expect(primary(text)).toBe('other');
  });
});

describe('French and Italian, without the language detector', () => {
  it.each<[string, Intent]>([
    ["Bonjour, je n'ai toujours pas reçu mon colis, le suivi est bloqué depuis 10 jours", 'item_not_received'],
    ["La carte ne correspond pas à l'annonce, mauvaise édition et coin abîmé", 'item_not_as_described'],
    ["C'est une contrefaçon, l'impression n'est pas bonne", 'counterfeit'],
    ["Il y a 3 achats sur mon compte que je n'ai pas faits", 'unauthorized_transaction'],
    ["Mon compte a été piraté, ils ont changé l'IBAN des paiements", 'account_takeover'],
    ["Je n'arrive plus à me connecter, le code de vérification n'arrive pas", 'account_access'],
    ["L'acheteur a fait opposition bancaire alors qu'il a reçu le colis", 'chargeback_dispute'],
    ['Le vendeur me demande de payer par virement en dehors du site', 'scam_off_platform'],
    ['Mon dernier virement vendeur est bloqué depuis le 8, je suis vendeur', 'seller_payout'],
    ["Il pacco non è mai arrivato, il tracking è fermo da due settimane", 'item_not_received'],
    ["La carta è diversa dalla foto dell'annuncio, ed è ammaccata", 'item_not_as_described'],
    ['Le Jordan sono false, cuciture storte', 'counterfeit'],
    ['Vedo un addebito di 199 € per un ordine che non ho fatto', 'unauthorized_transaction'],
    ["Mi hanno hackerato l'account e cambiato la password", 'account_takeover'],
    ['Non riesco più ad accedere, il codice SMS non arriva', 'account_access'],
    ["L'acquirente ha fatto chargeback ma il pacco risulta consegnato con firma", 'chargeback_dispute'],
    ['Mi ha chiesto di pagare con bonifico fuori dalla piattaforma', 'scam_off_platform'],
    ['Il pagamento delle mie vendite è ancora bloccato da 12 giorni', 'seller_payout'],
    ['Un compratore mi minaccia e sa dove abito', 'harassment'],
  ])('%s → %s', (text, intent) => {
    expect(primary(text)).toBe(intent);
  });
});

describe('applyBoundaries', () => {
  it('damps the neighbours of a favoured intent only when its cue and evidence are present', () => {
    const scores = new Map<Intent, number>([['refund_request', 3], ['item_not_received', 4]]);
    expect(applyBoundaries(scores, new Map(scores), ' i cancelled the order ')).toEqual(['order-undone-refund']);
    expect(scores.get('item_not_received')).toBeLessThan(4);
    const untouched = new Map<Intent, number>([['refund_request', 3], ['item_not_received', 4]]);
    expect(applyBoundaries(untouched, new Map(untouched), ' it never arrived ')).toEqual([]);
    expect(untouched.get('item_not_received')).toBe(4);
  });

  it('stands aside for a more specific situation', () => {
    const scores = new Map<Intent, number>([['refund_request', 3], ['unauthorized_transaction', 3.3]]);
    expect(applyBoundaries(scores, new Map(scores), ' please cancel these charges ')).toEqual([]);
  });

  it('every rule states its reason and damps only other intents', () => {
    for (const rule of BOUNDARY_RULES) {
      expect(rule.reason.length).toBeGreaterThan(20);
      expect(rule.damp).not.toContain(rule.favour);
    }
  });
});
