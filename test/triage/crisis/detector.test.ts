/**
 * The crisis detector's behaviour: two tiers, every taxonomy category in several languages,
 * structure (third party, negation, idioms), evidence, and safety on any input.
 */
import { detectCrisis } from '../../../src/triage/crisis';
import { scoreTicket, tierOf } from '../../../src/triage/crisis/detector';
import { getCrisisModel } from '../../../src/triage/crisis/model-training';
import { HEAD_CHARS, TAIL_CHARS } from '../../../src/triage/crisis/prefilter';
import { crisisResult, NO_CRISIS } from '../../../src/triage/crisis/result';
import { TIERS } from '../../../src/triage/crisis/tiers';
import type { CrisisResult } from '../../../src/triage/types';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dress, wrap } from '../../../bench/email-wrap';
import { lineText, parseCorpus } from '../../../src/triage/crisis/corpus';

const flagged = (r: CrisisResult): boolean => r.crisis || r.crisisReview;

describe('tiers', () => {
  it('an explicit statement is confident crisis, with a score near 1 and one category', () => {
    const r = detectCrisis('Order #WN-11223344 never came. honestly I want to kill myself tonight, I have the pills ready');
    expect(r).toMatchObject({ crisis: true, crisisReview: false, category: 'suicidal_ideation' });
    expect(r.score).toBeGreaterThanOrEqual(0.9);
  });

  it('at most one tier is set, and a safe ticket has neither, no category and no evidence', () => {
    for (const text of ['where is my order #1234? tracking has not moved', 'I want to kill myself', 'my card never arrived and I feel a bit low']) {
      const r = detectCrisis(text);
      expect(r.crisis && r.crisisReview).toBe(false);
      if (!flagged(r)) expect(r).toMatchObject({ category: null, evidence: [] });
    }
    expect(detectCrisis('where is my order #1234? tracking has not moved')).toMatchObject({ crisis: false, crisisReview: false, category: null });
  });

  it('evidence quotes the customer, names its category and is local', () => {
    const text = 'Refund please.\nMy husband hits me when he sees the card statement, I am scared to go home.';
    const r = detectCrisis(text);
    expect(flagged(r)).toBe(true);
    expect(r.category).toBe('domestic_abuse');
    expect(r.evidence.length).toBeGreaterThan(0);
    for (const e of r.evidence) {
      expect(text.replace(/\s+/g, ' ')).toContain(e.excerpt.replace(/…$/, ''));
      expect(e.source).toBe('local');
    }
    expect(r.evidence[0]?.category).toBe('domestic_abuse');
  });
});

describe('every category, in several languages, is caught by one tier or the other', () => {
  it.each([
    ['suicidal_ideation', 'en', 'refund or not, I won\'t be around to leave a review anyway. I have written letters for my family'],
    ['suicidal_ideation', 'de', 'Ich will nicht mehr leben, die Tabletten liegen schon bereit'],
    ['suicidal_ideation', 'es', 'ya no quiero vivir, esta noche acabo con todo'],
    ['suicidal_ideation', 'pl', 'nie chcę już żyć, mam wszystko przygotowane na dziś wieczór'],
    ['suicidal_ideation', 'fr', "je n'en peux plus, je veux mourir, j'ai préparé les cachets"],
    ['suicidal_ideation', 'it', 'voglio farla finita stasera, ho già scritto le lettere'],
    ['self_harm', 'en', 'been cutting myself again since the scam, my arms are a mess'],
    ['self_harm', 'de', 'ich ritze mich wieder seit Sonntag'],
    ['self_harm', 'it', 'mi sono tagliata di nuovo dopo lo stream'],
    ['medical_emergency', 'en', 'my dad collapsed during the live auction and he is not breathing, we called 911'],
    ['medical_emergency', 'es', 'mi abuelo tiene mucho dolor en el pecho y no respira bien, llamamos a la ambulancia'],
    ['threat_to_writer', 'en', "the seller said he knows where I live and he will come and stab me, I'm terrified"],
    ['threat_to_writer', 'pl', 'sprzedawca grozi że mnie zabije, wie gdzie mieszkam'],
    ['domestic_abuse', 'es', 'mi marido me pega cuando ve lo que compro, tengo miedo de volver a casa'],
    ['domestic_abuse', 'fr', "mon mari me frappe quand il voit mes achats, j'ai peur"],
    ['stalking', 'en', 'a buyer keeps following me home from card shows and waits outside my house every night'],
    ['stalking', 'de', 'Ein Käufer verfolgt mich und steht jeden Abend vor meiner Wohnung'],
    ['child_safety', 'en', 'a seller keeps messaging my 12 year old asking her to send pics and not tell her parents'],
    ['child_safety', 'it', 'un adulto chiede foto nude a una ragazzina di 13 anni in chat'],
    ['threat_by_writer', 'en', "if this seller doesn't refund me I will find him and kill him, I know where he lives"],
    ['threat_by_writer', 'es', 'si no me devuelve el dinero lo voy a matar, sé dónde vive'],
    ['third_party_concern', 'en', 'my friend who sells here said goodbye to everyone and gave away his collection, he is not answering his phone'],
    ['third_party_concern', 'de', 'Mein Bruder hat geschrieben, dass er sich umbringen will, bitte helft'],
  ])('%s (%s): %s', (category, _lang, text) => {
    const r = detectCrisis(text);
    expect(flagged(r)).toBe(true);
    expect(r.category).toBe(category);
  });
});

describe('lexicon and model together', () => {
  const strong = crisisResult('crisis', [{ excerpt: 'want to die', kind: 'suicidal_ideation', category: 'suicidal_ideation', language: 'en', source: 'local' }], 1);

  it('a lexicon phrase the model read and found plainly safe is neither tier; unread, it is review', () => {
    expect(tierOf({ p: TIERS.patternReviewFloor / 2, pattern: strong, window: [0, 40] })).toBe('none');
    expect(tierOf({ p: 0, pattern: strong, window: null })).toBe('review');
    expect(tierOf({ p: TIERS.patternFloor, pattern: strong, window: [0, 40] })).toBe('crisis');
    expect(tierOf({ p: TIERS.review, pattern: NO_CRISIS, window: [0, 40] })).toBe('review');
    // A window nothing but the lexical gate opened needs more from the model before review.
    expect(tierOf({ p: TIERS.review, pattern: NO_CRISIS, window: [0, 40], cueless: true })).toBe('none');
    expect(tierOf({ p: TIERS.lexicalReview, pattern: NO_CRISIS, window: [0, 40], cueless: true })).toBe('review');
  });

  it('a window no danger cue marked is review at most on the model\'s word, crisis only with a lexicon phrase', () => {
    expect(tierOf({ p: 0.99, pattern: NO_CRISIS, window: [0, 40] })).toBe('crisis');
    expect(tierOf({ p: 0.99, pattern: NO_CRISIS, window: [0, 40], cueless: true })).toBe('review');
    expect(tierOf({ p: 0.99, pattern: strong, window: [0, 40], cueless: true })).toBe('crisis');
  });

  it('indicators that combine make a ticket review whatever the model says, never crisis by themselves', () => {
    const combination = { category: 'child_safety' as const, hits: [] };
    expect(tierOf({ p: 0.01, pattern: NO_CRISIS, window: [0, 40] })).toBe('none');
    expect(tierOf({ p: 0.01, pattern: NO_CRISIS, window: [0, 40], combination })).toBe('review');
    expect(tierOf({ p: TIERS.crisis, pattern: NO_CRISIS, window: [0, 40], combination })).toBe('crisis');
  });

  it('where indicators decided, the category and the evidence are theirs', () => {
    const text =
      'Hola, mi sobrina de 13 años vende cartas aquí. Un comprador le ha escrito que le regala un sobre si le manda una foto, ' +
      'y que no se lo digas a tus padres, le dijo. ¿Podéis mirarlo?';
    const r = detectCrisis(text);
    expect(flagged(r)).toBe(true);
    if (r.crisisReview && r.evidence.some((e) => e.kind === 'indicators')) {
      expect(r.category).toBe('child_safety');
      expect(r.evidence.every((e) => e.kind === 'indicators' || e.source === 'local')).toBe(true);
    }
  });

  it('the lexicon is not run where the model reads the ticket as plainly safe: it could not change the tier', () => {
    const text = 'I would never hurt myself over a card, my wife thinks I am crazy for spending $3k but it is fine, how do I get a tax form for sales?';
    const everyPattern = scoreTicket(text, getCrisisModel(), 0);
    expect(everyPattern.pattern.crisis).toBe(true);
    expect(everyPattern.p).toBeLessThan(TIERS.patternReviewFloor);
    const served = scoreTicket(text, getCrisisModel());
    expect(served.pattern.crisis).toBe(false);
    expect(tierOf(served)).toBe(tierOf(everyPattern));
    expect(tierOf(served)).toBe('none');
  });

  it('the model reads every ticket the lexicon fires on, around the phrase', () => {
    const scored = scoreTicket('2FA kaputt\nIch bring mich noch um mit eurem 2FA. Authenticator-App zeigt Code, ihr sagt ungültig.', getCrisisModel());
    expect(scored.pattern.crisis).toBe(true);
    expect(scored.window).not.toBeNull();
  });
});

describe('structure', () => {
  it('the same danger about someone the writer knows is a third-party concern', () => {
    expect(detectCrisis('I want to kill myself, I have the rope ready').category).toBe('suicidal_ideation');
    expect(detectCrisis('my brother says he wants to kill himself, he bought a rope. please help').category).toBe('third_party_concern');
  });

  it('a cut already treated and said to be fine is neither tier', () => {
    const r = detectCrisis('Hab mich beim Öffnen an der Glasscheibe geschnitten, Pflaster drauf, alles gut, aber der Rahmen ist kaputt. Bestellung 5512.');
    expect(r).toMatchObject({ crisis: false, crisisReview: false });
  });

  it('danger disclosed inside an unrelated complaint is found', () => {
    const r = detectCrisis('My account was hacked and the guy sold all my cards. 12 years of collecting. I keep sitting in the garage with the engine running, just thinking');
    expect(flagged(r)).toBe(true);
  });

  it.each([
    "I'm not suicidal, just annoyed my refund is late",
    'this delay is killing me, where is my package',
    "I'm dying to get this Charizard, when does the drop start?",
    'that slab is to die for',
    'my wife is gonna kill me when she sees the bill lol',
    'Die Versandkosten bringen mich um',
    'me muero por esa carta',
    'zabija mnie ta cena',
    'je meurs de rire, le streamer est trop drôle',
    'questi prezzi mi uccidono',
    'Suicide Squad #1 CGC 9.8 arrived damaged',
    'you are an idiot and a scammer, I will report you to the police',
    'shoot me a DM for a trade',
    'got a headshot on stream and killed the boss, gg',
    'bought deadstock jordans, DS',
    'my phone died mid auction',
    "I won't be around next week to receive the package, can you hold it at the depot?",
    'Verkäufer schreibt nur "bald"\nWenn der Verkäufer mir noch einmal "bald" schreibt, dreh ich ihm den Hals um. Fünf Wochen! Bestellung 21-8812, Pokémon Display, 140 €, nicht verschickt. Kommt das noch?',
    'Il venditore risponde sempre "domani"\nSe mi scrive ancora "domani" gli tiro il collo. Un mese! Ordine 5521, box One Piece, 120 €, mai spedito. Arriva o no?',
    'Estoy con la soga al cuello con el alquiler del mes, ¿por qué mi retiro de 300€ sigue en revisión?',
  ])('idiom, hyperbole, slang or plain anger is not a crisis: %s', (text) => {
    expect(detectCrisis(text).crisis).toBe(false);
  });
});

/**
 * A ticket as it arrives by email: greeting, body, order block, sign-off, a quoted earlier reply.
 * Style 2 is the speed bench's email, whose sign-off the detector once read as danger in every
 * ticket it wrapped.
 */
function email(body: string, style: number): string {
  if (style === 2) return wrap(body, 7);
  const quoted =
    style === 0
      ? ['On Tue, 4 Nov, Support <help@example.com> wrote:', '> Thank you for contacting us. We have forwarded your request to the seller and', '> will update you as soon as we hear back. Please allow up to 48 hours.']
      : ['Am Mo., 3. Nov. schrieb Support <hilfe@example.com>:', '> Vielen Dank für Ihre Nachricht. Wir haben den Verkäufer kontaktiert und melden', '> uns, sobald wir eine Antwort haben.'];
  const signOff = style === 0 ? ['Thanks so much for your help, I really appreciate it.', '', 'Best,', 'Jordan Avery'] : ['Danke und viele Grüße', 'Lena Hoffmann'];
  return [style === 0 ? 'Hello,' : 'Hallo zusammen,', '', body, '', 'Order 5521-8830 · paid €84.90 · tracking 00340434161094027', '', ...signOff, '', ...quoted].join('\n');
}

describe('tickets dressed as helpdesk emails', () => {
  // Every safe ticket of the tuning batches (data/eval/, written apart from the corpus), in each of
  // six e-mail and chat dresses of bench/email-wrap.ts: greetings, sign-offs, order blocks and
  // quoted replies, often in another language than the ticket, must not put it up for review.
  it('safe tickets are rarely flagged in any of six e-mail and chat dresses', () => {
    const dir = join(__dirname, '..', '..', '..', 'data', 'eval');
    const safe = readdirSync(dir)
      .filter((name) => name.endsWith('.jsonl'))
      .flatMap((name) => parseCorpus(readFileSync(join(dir, name), 'utf8'), name))
      .filter((line) => !line.crisis);
    expect(safe.length).toBeGreaterThan(1000);
    const shares = [0, 1, 2, 3, 4, 5].map((style) => safe.filter((line, i) => flagged(detectCrisis(dress(lineText(line), style + 6 * i)))).length / safe.length);
    for (const share of shares) expect(share).toBeLessThan(0.09);
    expect(shares.reduce((a, b) => a + b, 0) / shares.length).toBeLessThan(0.065);
  });

  it.each([
    'My parcel has not moved since Monday. Honestly it does not matter anymore, I have written letters to my family and tonight I am ending it.',
    'The buyer sent me a photo of my front door and wrote that he will be waiting when I come home tonight. I am scared to leave work.',
    'Mein Freund hat mir das Handy weggenommen und mich gestern wieder geschlagen, ich schreibe heimlich von der Arbeit.',
  ])('a person in danger is still caught inside the same email: %s', (body) => {
    for (const style of [0, 1, 2]) expect(flagged(detectCrisis(email(body, style)))).toBe(true);
  });
});

describe('safe on any input', () => {
  it('handles empty, non-string and binary input', () => {
    expect(flagged(detectCrisis(''))).toBe(false);
    expect(flagged(detectCrisis(undefined as unknown as string))).toBe(false);
    expect(flagged(detectCrisis(null as unknown as string))).toBe(false);
    expect(flagged(detectCrisis('\u0000\u0001\u0002\uFFFD\uD83D'.repeat(5000)))).toBe(false);
    expect(flagged(detectCrisis('💀🔪🙂 '.repeat(3000)))).toBe(false);
  });

  it('reads a bounded amount: a huge body is judged on its head and tail only', () => {
    const head = 'x '.repeat(HEAD_CHARS);
    const middle = 'I want to kill myself tonight. ';
    const tail = 'y '.repeat(TAIL_CHARS);
    expect(flagged(detectCrisis(`${head}${middle}${tail}`))).toBe(false);
    expect(detectCrisis(`${'where is my order '.repeat(20_000)}\nsorry everyone, i want to kill myself`).crisis).toBe(true);
  });

  it('long threads with danger cues everywhere still give one verdict with bounded evidence', () => {
    const body = Array.from({ length: 400 }, (_, i) => `message ${i}: the seller said he will kill me, he knows where I live and I am scared.`).join('\n');
    const r = detectCrisis(body);
    expect(flagged(r)).toBe(true);
    expect(r.evidence.length).toBeLessThanOrEqual(5);
  });

  it('is a pure function of the text: same input, same answer', () => {
    const text = 'my friend posted goodbye and is giving away his cards';
    expect(detectCrisis(text)).toEqual(detectCrisis(text));
  });
});
