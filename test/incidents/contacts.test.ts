import { extractContacts } from '../../src/incidents/contacts';

const ids = (text: string): string[] => extractContacts(text).map((c) => c.id);

describe('off-platform contacts', () => {
  it.each([
    ['en', 'He told me to pay on Venmo @quick-cards99 instead, order WN-48004033 for $49.99 on 2025-12-03', ['venmo:quick-cards99']],
    ['de', 'Er wollte, dass ich per Venmo an @kartenking zahle. Telefon: +49 151 23456789. Bestellung WN-48004033 am 03.12.2025, 45,00 €', ['venmo:kartenking', 'phone:+4915123456789']],
    ['es', 'Me pidió pagar por Zelle al +34 612 345 678 y escribirle en Telegram @ventas_rapidas. Pedido 48213977 del 12/03/2025.', ['telegram:ventas_rapidas', 'zelle:+34612345678']],
    ['pl', 'Kazał mi napisać na WhatsApp +48 512 345 678 i zapłacić przez PayPal: oszust@wp.pl. Zamówienie WN-48213977, 120 zł, numer 482139771.', ['paypal:oszust@wp.pl', 'whatsapp:+48512345678']],
    ['fr', "Il m'a donné son Instagram @boutique.luxe et le site www.luxe-outlet.shop, commande WN-48213977 de 89,90 € le 03/12/2025", ['domain:luxe-outlet.shop', 'instagram:boutique.luxe']],
    ['it', 'Mi ha scritto su t.me/affari_veloci, cellulare 347 123 4567; ordine WN-48213977 del 12/03/2025, 1.299,00 €', ['telegram:affari_veloci', 'phone:3471234567']],
  ])('%s: finds the contacts and nothing else', (_lang, text, expected) => {
    expect(ids(text).sort()).toEqual([...expected].sort());
  });

  it('takes cashtags, US phones and links, never prices, tracking numbers, emails or ignored hosts', () => {
    const text = 'Send to $cardking, call me (555) 123-4567. Paid $120.50 and $5. Tracking 1Z999AA10123456784 and 9400111899223344556677. Mail jane@gmail.com; see https://www.ups.com/track and http://fake-refunds.xyz/claim';
    expect(ids(text).sort()).toEqual(['cashapp:cardking', 'domain:fake-refunds.xyz', 'phone:5551234567'].sort());
  });

  it('finds nothing in an ordinary complaint in any language', () => {
    const texts = [
      'My order WN-48004033 (order 48004034) for $1,299.00 never arrived, paid on 2025-12-03 at 10:30.',
      'Meine Bestellung WN-48004033 über 1.299,00 € vom 03.12.2025 ist nie angekommen.',
      'Mi pedido WN-48004033 de 49,99 € del 3/12/2025 nunca llegó.',
      'Moje zamówienie nr 48004033 za 120,00 zł z dnia 03.12.2025 nie dotarło.',
      'Ma commande n° 48004033 de 89,90 € du 03/12/2025 n’est jamais arrivée. Version 2.5.1',
      "Il mio ordine WN-48004033 di 1.299,00 € del 03/12/2025 non è mai arrivato, e.g. alle 14.30",
    ];
    for (const text of texts) expect(ids(text)).toEqual([]);
  });
});
