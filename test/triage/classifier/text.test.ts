/** Normalisation helpers: folding, masking, typo correction, index map, language guess. */
import { detectLanguage } from '../../../src/triage/text/language';
import { originalRange } from '../../../src/triage/text/mapped-text';
import { MAX_INPUT_CHARS, normalizeText } from '../../../src/triage/text/normalize';
import { correctToken } from '../../../src/triage/text/typos';
import { classifyIntents } from '../../../src/triage/classify';

describe('normalizeText', () => {
  it('folds case and diacritics across languages', () => {
    expect(normalizeText('ZAŁOŻYĆ Fälschung Straße NIÑO').text).toBe(' zalozyc falschung strasse nino ');
  });
  it('masks handles, order numbers, links and emails; drops apostrophes', () => {
    expect(normalizeText("@cardkingz didn't ship #WN-48213977 see https://x.io/a, mail a.b@c.com").text)
      .toBe(' handle didnt ship ordnum see url mail a.b handle ');
  });
  it('collapses stretched letters and corrects keyword typos', () => {
    expect(normalizeText('never recieved it, sooooo mad').text).toBe(' never received it, soo mad ');
  });
  it('maps every normalised character back to the original text', () => {
    const raw = 'Bitte: ich will NICHT mehr leben!';
    const n = normalizeText(raw);
    const start = n.text.indexOf('nicht mehr leben');
    const [from, to] = originalRange(n, start, start + 'nicht mehr leben'.length);
    expect(raw.slice(from, to)).toBe('NICHT mehr leben');
  });
  it('bounds the input length and survives non-strings', () => {
    expect(normalizeText('a'.repeat(MAX_INPUT_CHARS * 3)).original.length).toBe(MAX_INPUT_CHARS);
    expect(normalizeText(42).text.trim()).toBe('');
  });
});

describe('correctToken', () => {
  it('fixes one-edit misspellings of keywords only', () => {
    expect(correctToken('recieved')).toBe('received');
    expect(correctToken('counterfit')).toBe('counterfeit');
    expect(correctToken('change')).toBeNull();
    expect(correctToken('hacer')).toBeNull();
    expect(correctToken('arrive')).toBeNull();
  });
});

describe('detectLanguage', () => {
  it.each([
    ['my package never arrived and the seller is not answering', 'en'],
    ['Ich habe meine Bestellung noch nicht bekommen', 'de'],
    ['no me ha llegado el pedido y el vendedor no contesta', 'es'],
    ['paczka nie doszła a sprzedawca nie odpisuje', 'pl'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(normalizeText(text).text, text)).toBe(lang);
  });
});

describe('classifyIntents robustness', () => {
  it('is safe on empty, binary and huge input', () => {
    expect(classifyIntents('').intent).toBe('other');
    expect(classifyIntents('\u0000\uFFFF\uD800'.repeat(10_000)).intent).toBe('other');
    expect(classifyIntents('never arrived '.repeat(100_000)).intent).toBe('item_not_received');
    expect(classifyIntents(null as unknown as string, undefined).intent).toBe('other');
  });
});
