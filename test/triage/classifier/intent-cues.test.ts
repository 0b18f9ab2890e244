/**
 * Lexicon cues and the minor-contact pairing added from the tuning batches (data/eval, then-frozen
 * DO–DS), written as new sentences in each language so they test the cue and not a ticket.
 * Each case was checked to fail on the classifier before these cues.
 */
import { classifyIntents } from '../../../src/triage/classify';
import { addMinorContact } from '../../../src/triage/classify/minor-contact';
import { normalizeText } from '../../../src/triage/text/normalize';
import type { Intent } from '../../../src/triage/types';

const primary = (text: string): Intent => classifyIntents(text).intent;

describe('a seller\'s balance, held or pending shop payments → seller_payout', () => {
  it.each<[string, string]>([
    ['fr', 'Bonjour, mon solde affiche 120 € mais je ne trouve pas comment le retirer. Boutique : cartes_lyon'],
    ['it', 'Ciao, i pagamenti del negozio sono bloccati da una settimana, potete controllare?'],
    ['es', 'Hola, mis pagos están retenidos desde el lunes y no sé por qué. Tienda: cromos_bcn'],
    ['pl', 'Cześć, kasa za sprzedaż wisi jako wstrzymana od tygodnia'],
  ])('%s: %s', (_lang, text) => {
    expect(primary(text)).toBe('seller_payout');
  });
});

describe('a ban or restriction to lift, an old account to reopen → account_access', () => {
  it.each<[string, string]>([
    ['en', 'I got chat banned during a break for a joke, can you lift the ban?'],
    ['es', 'Me habéis suspendido la cuenta sin motivo, por favor revisad la suspensión'],
    ['fr', 'Je voudrais réactiver mon ancien compte, je l\'avais fermé il y a deux ans'],
    ['it', 'Vorrei riattivare il mio vecchio account che avevo chiuso l\'anno scorso'],
    ['de', 'Mein Chat ist gesperrt, könnt ihr die Sperre aufheben?'],
    ['pl', 'Dostałem bana bez powodu, proszę o odblokowanie konta'],
  ])('%s: %s', (_lang, text) => {
    expect(primary(text)).toBe('account_access');
  });
});

describe('an adult approaching a minor (age + secrecy, photos, a call or a meeting) → harassment', () => {
  it.each<[string, string]>([
    ['en', 'my son is 12 and a seller from a stream keeps asking him for a video call on discord'],
    ['es', 'tengo 13 años y un vendedor me dijo que si le mando fotos mías me regala un sobre y que es un secreto'],
    ['it', 'mia figlia di 12 anni riceve messaggi da un venditore che vuole incontrarla e dice che è il loro segreto'],
  ])('%s: %s', (_lang, text) => {
    expect(primary(text)).toBe('harassment');
  });
});

describe('a minor\'s age or an approach alone is not harassment', () => {
  it.each<[string, string]>([
    ['en', 'my daughter is 12 and she wants her own account, how do I set that up?'],
    ['en', 'a seller from a stream keeps asking me for a video call on discord to finish the deal'],
  ])('%s: %s', (_lang, text) => {
    expect(primary(text)).not.toBe('harassment');
  });
});

describe('reprints, re-wrapped sealed product, a counterfeit with a refund asked now → counterfeit', () => {
  it.each<[string, string]>([
    ['fr', 'La carte que j\'ai reçue est une contrefaçon, je demande le remboursement'],
    ['it', 'Ho comprato il numero 1 come originale ma è una ristampa'],
    ['es', 'El cómic vendido como primera edición es una reimpresión'],
    ['de', 'Das Display wurde nachverschweißt und die Booster sind gewogen'],
  ])('%s: %s', (_lang, text) => {
    expect(primary(text)).toBe('counterfeit');
  });
});

describe('a refund asked for earlier that has not come is still a refund case', () => {
  it.each<[string, string]>([
    ['fr', 'J\'ai demandé le remboursement il y a deux semaines et je n\'ai toujours rien reçu'],
  ])('%s: %s', (_lang, text) => {
    expect(primary(text)).toBe('refund_request');
  });
});

describe('login or bank details changed by someone else, a partner included → account_takeover', () => {
  it.each<[string, string]>([
    ['en', 'my husband changed the password and the email on my account'],
    ['es', 'Mi pareja me cambió la contraseña y ahora vende mis cosas'],
    ['fr', 'Le mot de passe a été changé et l\'IBAN aussi, ce n\'est pas moi'],
    ['it', 'La password del mio account è stata cambiata, non sono stato io'],
    ['de', 'Mein Verkäuferkonto wurde übernommen'],
    ['pl', 'Ktoś loguje się na moje konto z nieznanego urządzenia'],
  ])('%s: %s', (_lang, text) => {
    expect(primary(text)).toBe('account_takeover');
  });
});

describe('addMinorContact', () => {
  const harassment = (text: string): number | undefined => addMinorContact(new Map(), normalizeText(text).text).get('harassment');

  it('adds harassment evidence only when a minor and an approach are both named', () => {
    expect(harassment('im 13 and he said its our secret')).toBeGreaterThan(0);
    expect(harassment('ma fille de 11 ans: il veut la rencontrer samedi')).toBeGreaterThan(0);
    expect(harassment('im 13 and I want to sell my cards')).toBeUndefined();
    expect(harassment('he wants to meet at the mall to pick up the slab')).toBeUndefined();
  });

  it('adds to evidence already there instead of replacing it', () => {
    const raw = new Map<Intent, number>([['harassment', 3]]);
    addMinorContact(raw, normalizeText('mein Sohn (12) soll ihm Fotos von mir schicken, das ist unser Geheimnis').text);
    expect(raw.get('harassment')).toBeGreaterThan(3);
  });
});
