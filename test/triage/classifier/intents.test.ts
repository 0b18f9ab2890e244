/** Focused behaviour of classifyIntents: precedence, negation, multi-intent, languages, typos. */
import { classifyIntents } from '../../../src/triage/classify';
import type { Intent } from '../../../src/triage/types';

const primary = (text: string, subject?: string): Intent => classifyIntents(text, subject).intent;
const names = (text: string): Intent[] => classifyIntents(text).intents.map((i) => i.name);

describe('classifyIntents: precedence of the primary intent', () => {
  it.each<[string, Intent]>([
    ['seller asked me to pay on PayPal friends&family and never shipped', 'scam_off_platform'],
    ['someone logged into my account and changed my email', 'account_takeover'],
    ['there are charges I didn\'t make on my card', 'unauthorized_transaction'],
    ["I can't log in, the reset password email is not arriving", 'account_access'],
    ['where is my payout? payout delayed for 9 days', 'seller_payout'],
    ['I filed a chargeback with my bank', 'chargeback_dispute'],
    ['the buyer charged back after delivery', 'chargeback_dispute'],
    ['I want my money back', 'refund_request'],
    ['never arrived, want refund', 'item_not_received'],
    ['this user keeps insulting me and calling me a scammer in chat', 'harassment'],
    ['how do I change my shipping address?', 'other'],
  ])('%s → %s', (text, intent) => {
    expect(primary(text)).toBe(intent);
  });

  it('keeps the remedy as a secondary intent with lower confidence', () => {
    const result = classifyIntents('never arrived, want refund');
    const refund = result.intents.find((i) => i.name === 'refund_request');
    expect(refund).toBeDefined();
    expect(result.intents[0]?.name).toBe('item_not_received');
    expect(refund?.confidence ?? 1).toBeLessThan(result.intents[0]?.confidence ?? 0);
  });

  it('returns sorted confidences in 0..1 with the primary first', () => {
    const result = classifyIntents('hacked!! someone changed my password and bought stuff with my card, i want a refund');
    expect(result.intents[0]?.name).toBe(result.intent);
    for (const s of result.intents) expect(s.confidence).toBeGreaterThan(0);
    for (const s of result.intents) expect(s.confidence).toBeLessThanOrEqual(1);
    const confidences = result.intents.map((s) => s.confidence);
    expect([...confidences].sort((a, b) => b - a)).toEqual(confidences);
    expect(names('hacked!! someone changed my password and bought stuff with my card')).toContain('unauthorized_transaction');
  });

  it('uses the subject too', () => {
    expect(primary('see title', 'FAKE PSA SLAB')).toBe('counterfeit');
  });
});

describe('classifyIntents: negation', () => {
  it("reads \"not saying it's fake, but…\" as not-as-described, not counterfeit", () => {
    const text = "I'm not saying it's fake, but the corner is crushed";
    expect(primary(text)).toBe('item_not_as_described');
    expect(names(text)).not.toContain('counterfeit');
  });
  it('keeps counterfeit when the negation is about something else', () => {
    expect(primary("I'm not happy, this card is fake")).toBe('counterfeit');
  });
  it.each([
    ['Ich sag nicht dass es eine Fälschung ist, aber die Ecke ist geknickt und verkratzt', 'de'],
    ['no digo que sea falsa, pero la esquina está aplastada', 'es'],
    ['nie mówię że to podróbka, ale róg jest zgnieciony', 'pl'],
  ])('negation in other languages: %s', (text) => {
    expect(primary(text)).toBe('item_not_as_described');
  });
  it('"not authentic" is itself evidence of counterfeit', () => {
    expect(primary('these are not authentic, the tag is wrong')).toBe('counterfeit');
  });
});

describe('classifyIntents: languages, typos, caps, noise', () => {
  it.each<[string, Intent]>([
    ['Paket ist nie angekommen, laut DHL zugestellt', 'item_not_received'],
    ['Mein Konto wurde gehackt und die E-Mail geändert', 'account_takeover'],
    ['Wann kommt meine Auszahlung?', 'seller_payout'],
    ['no me ha llegado el pedido', 'item_not_received'],
    ['me hackearon la cuenta', 'account_takeover'],
    ['quiero un reembolso', 'refund_request'],
    ['paczka nie doszła', 'item_not_received'],
    ['ktoś włamał się na moje konto', 'account_takeover'],
    ['sprzedawca kazał zapłacić blikiem poza aplikacją', 'scam_off_platform'],
  ])('%s → %s', (text, intent) => {
    expect(primary(text)).toBe(intent);
  });

  it('handles missing diacritics the same as present ones', () => {
    expect(primary('Falschung! Karte ist gefalscht')).toBe(primary('Fälschung! Karte ist gefälscht'));
    expect(primary('wyplata nie przyszla')).toBe('seller_payout');
  });

  it('tolerates common misspellings', () => {
    expect(primary('i never recieved my order')).toBe('item_not_received');
    expect(primary('the card is counterfit')).toBe('counterfeit');
    expect(primary('unauthorised charge on my card')).toBe('unauthorized_transaction');
  });

  it('is case-insensitive (ALL CAPS)', () => {
    expect(primary('MY ACCOUNT WAS HACKED AND THEY CHANGED MY PASSWORD')).toBe('account_takeover');
  });

  it('does not read words inside order numbers or handles', () => {
    expect(primary('question about @fake_slabs_hunter order #WN-48213977')).toBe('other');
  });

  it('does not misread a verification email as a missing item', () => {
    expect(primary("i didn't receive the verification email to log in")).toBe('account_access');
  });
});
