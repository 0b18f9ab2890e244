import { detectLanguage } from '../../../src/triage/text/language';
import { crisisFold } from '../../../src/triage/crisis/crisis-fold';

describe('detectLanguage covers the six corpus languages', () => {
  it.each([
    ['en', 'my order never arrived and the seller is not answering'],
    ['de', 'ich habe meine Bestellung nicht bekommen und der Verkäufer antwortet nicht'],
    ['es', 'no he recibido mi pedido y el vendedor no contesta nada'],
    ['pl', 'nie dostałem zamówienia i sprzedawca nie odpowiada'],
    ['fr', "je n'ai pas reçu ma commande et le vendeur ne répond pas, merci"],
    ['it', 'non ho ricevuto il mio ordine e il venditore non risponde, grazie'],
  ])('%s', (lang, text) => {
    expect(detectLanguage(crisisFold(text), text)).toBe(lang);
  });
});
