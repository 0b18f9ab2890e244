/**
 * General causes of misread tickets, each written as new sentences in several languages (none is
 * a ticket from the tuning data): a relative using the holder's card next to "not shipped yet", a
 * subscription never taken out, stalking, harassment reported as over, a question about the rules,
 * a replica sold as a prop, contents the listing never mentioned, a seller's payment that has not
 * arrived, phishing messages and their bait, a chargeback only threatened, payout details changed
 * by someone else, Italian elision and French takeover cues. Each case failed on the classifier
 * before.
 */
import { classifyIntents } from '../../../src/triage/classify';
import type { Intent } from '../../../src/triage/types';

const primary = (text: string): Intent => classifyIntents(text).intent;

const cases: Array<[Intent, string, string]> = [
  // A relative used the saved card; "not shipped yet" says the order can still be stopped.
  ['unauthorized_transaction', 'pl', 'Moja córka, 12 lat, kupiła z mojej zapisanej karty trzy boostery. Paczki jeszcze nie wysłane, da się anulować?'],
  ['unauthorized_transaction', 'fr', 'Mon petit-fils a acheté deux displays avec ma carte enregistrée, ils ne sont pas encore expédiés. Pouvez-vous annuler ?'],
  ['unauthorized_transaction', 'de', 'Mein Enkel hat mit meiner hinterlegten Karte drei Displays ersteigert, noch nicht versandt. Bitte stornieren.'],
  ['unauthorized_transaction', 'en', 'My 8 year old won two auctions using my saved card. They haven\'t shipped yet, can you cancel them?'],
  // A subscription nobody took out; a charge not recognised on a Postepay card.
  ['unauthorized_transaction', 'de', 'Mir werden jeden Monat 5 € abgebucht, ich habe nie ein Abo abgeschlossen.'],
  ['unauthorized_transaction', 'it', 'C\'è un addebito che non riconosco sulla mia carta Postepay, non ho mai comprato da voi.'],
  // Stalking: the address off the shipping label, a tracker in the parcel.
  ['harassment', 'de', 'Ein Käufer hat meine Adresse vom Versandetikett, gestern stand er abends vor meiner Haustür.'],
  ['harassment', 'en', 'A buyer got my home address from the shipping label and now he sends me photos of my front door.'],
  ['harassment', 'en', 'I found an AirTag taped inside the box the seller sent me.'],
  // Harassment the customer reports as over, and a question about the rules: service requests.
  ['other', 'en', 'Last year a buyer harassed me; you removed him and it has been quiet since. How do I show my city on my profile again?'],
  ['other', 'it', 'L\'anno scorso un utente mi minacciava, ora è tutto risolto. Come riattivo i messaggi privati?'],
  ['other', 'de', 'Vor zwei Jahren hat mich ein Käufer belästigt, Thema durch, er hat Kontaktverbot. Wie ändere ich meinen Shopnamen?'],
  ['other', 'es', '¿Qué hacéis si alguien amenaza a un vendedor en el chat? ¿Cuál es vuestro protocolo?'],
  // A replica named as the product is a prop, not a fake.
  ['item_not_as_described', 'en', 'I bought a resin replica of a movie sword and it arrived with the handle snapped off.'],
  ['item_not_as_described', 'es', 'Compré una réplica del casco de la película y llegó rajada.'],
  ['item_not_as_described', 'it', 'La replica della spada è arrivata con la lama piegata.'],
  // Contents the listing never mentioned.
  ['item_not_as_described', 'de', 'In der Box waren Süßigkeiten mit Erdnüssen, das stand nirgends in der Beschreibung.'],
  ['item_not_as_described', 'pl', 'W paczce był batonik z orzechami, nigdzie nie było napisane, że coś dorzucą.'],
  ['item_not_as_described', 'it', 'Nel pacco c\'erano biscotti con arachidi, non erano segnalati nell\'annuncio.'],
  // A seller's own payment that "has not arrived" is a payout, not a parcel.
  ['seller_payout', 'es', 'Soy vendedora y mi pago semanal no ha llegado, en el panel pone procesando.'],
  ['seller_payout', 'it', 'Come venditore aspetto il pagamento di settimana scorsa, non è ancora arrivato sul conto.'],
  // A message pretending to be the platform: its bait (payout on hold, account suspended) is not the case.
  ['scam_off_platform', 'en', 'Got a text saying my seller payout is on hold and I have to verify at a link. Is this from you?'],
  ['scam_off_platform', 'pl', 'Dostałem fałszywy SMS, że moja wypłata jest wstrzymana i mam się zalogować przez link. Czy to od was?'],
  ['scam_off_platform', 'de', 'Ich habe eine SMS bekommen, mein Verkäuferkonto sei eingeschränkt, ich soll über einen Link bestätigen. Ist das von euch?'],
  ['scam_off_platform', 'es', 'Me ha llegado un correo falso diciendo que mi cuenta será suspendida si no verifico la tarjeta en un enlace.'],
  // A bank dispute only threatened is a refund ask; German "zurückbuchen" asked of the platform is a refund.
  ['refund_request', 'en', 'The seller cancelled my order three weeks ago. If the money is not back on my card by Monday I will file a chargeback with my bank.'],
  ['refund_request', 'fr', 'Commande annulée il y a trois semaines, toujours pas remboursé. Sans remboursement sous huit jours, je ferai opposition auprès de ma banque.'],
  ['refund_request', 'pl', 'Sprzedawca anulował zamówienie dwa tygodnie temu. Jak do piątku nie oddacie pieniędzy, robię chargeback w banku.'],
  ['refund_request', 'es', 'Cancelasteis mi pedido hace un mes. Si esta semana no me devolvéis el dinero, abro una disputa en PayPal.'],
  ['refund_request', 'de', 'Meine Bestellung wurde storniert. Könnten Sie das Geld bitte auf meine Karte zurückbuchen? Das Storno war vor zwei Wochen.'],
  // Payout details changed by someone else: the takeover explains where the payouts went.
  ['account_takeover', 'fr', 'L\'adresse mail de mon compte et le RIB pour les versements ont été changés, mes versements partent sur un autre compte.'],
  // Italian elision ("l'account") and French takeover cues.
  ['account_access', 'it', 'L\'account è bloccato da stamattina e non ricevo più il codice a due fattori.'],
  ['account_takeover', 'fr', 'Mon compte publie des annonces que je n\'ai jamais mises en ligne.'],
];

describe('general causes of misread tickets, in six languages', () => {
  it.each(cases)('→ %s (%s): %s', (intent, _lang, text) => {
    expect(primary(text)).toBe(intent);
  });

  it('covers all six languages', () => {
    expect(new Set(cases.map(([, lang]) => lang))).toEqual(new Set(['en', 'de', 'es', 'fr', 'it', 'pl']));
  });
});
