/**
 * A ticket dressed as a realistic 1–2 KB helpdesk email: greeting, the ticket, an order block, a
 * sign-off and a quoted support reply. The speed bench times detection on it; the quality bench
 * (through `dress`, which also has other styles) checks that the dress neither hides a person in
 * danger nor gets a safe ticket flagged.
 */
export function wrap(text: string, i: number): string {
  return [
    'Hi support team,', '', text, '',
    `Order #WN-${48_000_000 + i} — placed ${1 + (i % 27)} Oct, paid $${(20 + i * 7) % 900}.99 by card ending ${1000 + (i % 8999)}.`,
    `Item: ${['Charizard VMAX PSA 10', 'Jordan 1 Retro High OG size 10', 'Amazing Spider-Man #300 CGC 9.4', 'One Piece OP-05 booster box'][i % 4]}`,
    `Seller: @shop_${i % 97}   Shipping: USPS Priority, tracking 9400 1000 0000 0000 ${String(i).padStart(4, '0')}`, '',
    'Thanks in advance, I have been a buyer here for two years and never had a problem before. Please let me know what',
    'information you need from me; I can send photos of the package, the label and the receipt if that helps.', '',
    'Best regards,', `Customer ${i}`, '',
    `On Mon, ${(i % 28) + 1} Oct, Support <support@example.com> wrote:`,
    '> Thanks for reaching out! We have received your request and a member of our team will get back to you',
    '> within 24 hours. In the meantime you can check the status of your order in the app under Orders > Details.',
    '> If the seller has not shipped within 5 business days you can cancel the order for a full refund.',
  ].join('\n');
}

/** Further dresses, in the six languages, so that no single boilerplate decides the figure. */
const DRESSES: Array<(text: string, i: number) => string> = [
  wrap,
  (text, i) =>
    [
      'Sehr geehrtes Support-Team,', '', text, '',
      `Bestellnummer: DE-${70_000 + i} | Betrag: ${(15 + (i % 80)).toFixed(2).replace('.', ',')} € | Sendungsnummer: 00340434${String(100_000 + i)}`, '',
      'Vielen Dank im Voraus für Ihre Rückmeldung. Bei Rückfragen erreichen Sie mich jederzeit per E-Mail.', '',
      'Mit freundlichen Grüßen', `Kundennummer ${400_000 + i}`, '', '-----Ursprüngliche Nachricht-----', 'Von: Kundenservice',
      'Betreff: Ihre Anfrage', '> Vielen Dank für Ihre Nachricht. Wir haben Ihr Anliegen an den Verkäufer weitergeleitet und melden uns innerhalb von 48 Stunden.',
    ].join('\n'),
  (text, i) =>
    [
      `[${(i % 12) + 8}:0${i % 10}] Cliente: hola buenas`, `[${(i % 12) + 8}:1${i % 10}] Agente: ¡Hola! Soy Marta, ¿en qué puedo ayudarte hoy?`,
      `[${(i % 12) + 8}:1${(i + 3) % 10}] Cliente: ${text}`, `[${(i % 12) + 8}:2${i % 10}] Agente: Gracias por contármelo, dame un momento que reviso tu pedido.`,
      `[${(i % 12) + 8}:2${(i + 5) % 10}] Cliente: vale, gracias`,
    ].join('\n'),
  (text, i) =>
    [
      'Bonjour,', '', text, '', `Commande n° FR-${55_000 + i}, payée ${(10 + (i % 90)).toFixed(2).replace('.', ',')} €.`, '',
      'Je reste disponible pour toute information complémentaire et vous remercie par avance de votre aide.', '', 'Cordialement,', `Client ${i}`, '',
      '---------- Message transféré ---------', 'De : Service client', 'Objet : Re: votre demande',
      '> Bonjour, nous avons bien reçu votre demande et revenons vers vous dans les meilleurs délais.',
    ].join('\n'),
  (text, i) =>
    ['Dzień dobry,', '', text, '', `Numer zamówienia: PL-${30_000 + i}, kwota ${20 + (i % 300)} zł.`, '', 'Z góry dziękuję za odpowiedź.', '', 'Pozdrawiam serdecznie', `Klient ${i}`].join('\n'),
  (text, i) =>
    [
      'Buongiorno,', '', text, '', `Ordine n. IT-${62_000 + i} del ${(i % 27) + 1}/10, importo ${(12 + (i % 70)).toFixed(2).replace('.', ',')} €.`, '',
      'Resto in attesa di un vostro gentile riscontro.', '', 'Cordiali saluti', `Cliente ${i}`, '', 'Inviato da iPhone',
    ].join('\n'),
];

/** The ticket in one of several helpdesk dresses (email or chat, six languages), chosen by index. */
export function dress(text: string, i: number): string {
  return (DRESSES[i % DRESSES.length] ?? wrap)(text, i);
}

/** The messages of a 10–30 KB helpdesk thread: `pool`'s tickets from index `i` on, each wrapped as an email. */
export function emailMessages(pool: readonly string[], i: number): string[] {
  const target = 10_000 + (i % 5) * 5_000;
  const messages: string[] = [];
  let length = 0;
  for (let j = i; length < target; j += 7) {
    const message = wrap(pool[j % pool.length] ?? '', j);
    messages.push(message);
    length += message.length + 2;
  }
  return messages;
}

/** A 10–30 KB helpdesk thread: emailMessages one after another. */
export function emailThread(pool: readonly string[], i: number): string {
  return emailMessages(pool, i).map((message) => `${message}\n\n`).join('');
}
