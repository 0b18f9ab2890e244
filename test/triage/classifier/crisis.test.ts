import { NO_CRISIS } from '../../../src/triage/crisis/result';
/** Focused behaviour of detectCrisis: languages, slang, idioms, negation, evidence. */
import { detectCrisis } from '../../../src/triage/crisis';
import { detectCrisisWith } from '../../../src/triage/crisis/combined';

describe('detectCrisis: raises the flag', () => {
  it.each([
    ["I don't want to be here anymore", 'suicidal_ideation', 'en'],
    ['no point going on tbh', 'suicidal_ideation', 'en'],
    ['everyone would be better off without me', 'suicidal_ideation', 'en'],
    ['kms fr', 'suicidal_ideation', 'en'],
    ['might unalive myself', 'suicidal_ideation', 'en'],
    ['gonna end it all tonight', 'suicidal_ideation', 'en'],
    ['i wanna kil myslef', 'suicidal_ideation', 'en'],
    ['been cutting myself again', 'self_harm', 'en'],
    ["he knows my address and said he'll come hurt me", 'immediate_danger', 'en'],
    ['ich will nicht mehr leben', 'suicidal_ideation', 'de'],
    ['ich denke daran mich umzubringen', 'suicidal_ideation', 'de'],
    ['Suizidgedanken seit Tagen', 'suicidal_ideation', 'de'],
    ['ich ritze mich wieder', 'self_harm', 'de'],
    ['quiero morirme', 'suicidal_ideation', 'es'],
    ['estoy pensando en suicidarme', 'suicidal_ideation', 'es'],
    ['no quiero vivir', 'suicidal_ideation', 'es'],
    ['quiero hacerme daño', 'self_harm', 'es'],
    ['chcę się zabić', 'suicidal_ideation', 'pl'],
    ['nie chce zyc', 'suicidal_ideation', 'pl'],
    ['myślę o samobójstwie', 'suicidal_ideation', 'pl'],
    ['chce skonczyc ze soba', 'suicidal_ideation', 'pl'],
    ['znowu chcę się pociąć', 'self_harm', 'pl'],
    ['honestly thinking about jumping off a bridge', 'suicidal_ideation', 'en'],
    ['i just want to sleep and never wake up', 'suicidal_ideation', 'en'],
    ["tbh i'd rather be dead than deal with this", 'suicidal_ideation', 'en'],
    ['I took a bunch of pills, sorry', 'suicidal_ideation', 'en'],
    ['bout to end myself fr', 'suicidal_ideation', 'en'],
    ['my stepdad beats me and i am hiding in my room', 'immediate_danger', 'en'],
    ["he has a gun and says he'll shoot me", 'immediate_danger', 'en'],
    ['ich bring mich um', 'suicidal_ideation', 'de'],
    ['hab keine Lust mehr zu leben', 'suicidal_ideation', 'de'],
    ['Mein Mann schlägt mich', 'immediate_danger', 'de'],
    ['me voy a cortar las venas', 'self_harm', 'es'],
    ['mi pareja me pega y tengo miedo', 'immediate_danger', 'es'],
    ['nie chce mi sie juz zyc', 'suicidal_ideation', 'pl'],
    ['moj chlopak mnie bije', 'immediate_danger', 'pl'],
  ])('%s', (text, kind, language) => {
    const result = detectCrisis(text);
    expect(result.crisis).toBe(true);
    expect(result.evidence.map((e) => e.kind)).toContain(kind);
    expect(result.evidence.map((e) => e.language)).toContain(language);
  });

  it('finds a crisis mixed into an ordinary complaint and quotes the customer', () => {
    const result = detectCrisis('Order #WN-11223344 NEVER came. honestly I want to kill myself, lost my rent on this');
    expect(result.crisis).toBe(true);
    expect(result.evidence[0]?.excerpt).toMatch(/kill myself/);
  });

  it('a threat plus "knows where I live" is immediate danger, a child approached by an adult too', () => {
    expect(detectCrisis('the buyer said he will find me and kill me, he knows where i live').evidence.map((e) => e.kind)).toContain('immediate_danger');
    expect(detectCrisis('a seller keeps messaging my 12 year old son asking to meet him alone').crisis).toBe(true);
  });

  it('patterns: two weak distress signals together raise it, one alone does not', () => {
    expect(detectCrisisWith("I can't take it anymore", null).crisis).toBe(false);
    expect(detectCrisisWith("I can't take it anymore, I have nothing left", null).crisis).toBe(true);
  });

  it('the model flags a lone distress phrase the patterns leave alone (recall first), but not the same words about waiting', () => {
    const lone = detectCrisis("I can't take it anymore");
    expect(lone.crisis).toBe(true);
    expect(lone.evidence[0]).toEqual({ excerpt: "I can't take it anymore", kind: 'distress', category: 'suicidal_ideation', language: 'en', source: 'local' });
    expect(detectCrisis('ich kann nicht mehr warten, wo ist mein Paket').crisis).toBe(false);
  });
});

describe('detectCrisis: idioms and ordinary anger are not crises', () => {
  it.each([
    'this price is killing me',
    'dying to get this box',
    "I'd kill for a PSA 10",
    'killer deal on that slab',
    'bought deadstock jordans, DS',
    'I almost died laughing',
    'my phone died mid auction',
    'my wife is gonna kill me when she sees the bill lol',
    'Die Versandkosten bringen mich um',
    'ich sterbe vor Lachen',
    'me muero por esa carta',
    'estos precios me matan',
    'zabija mnie ta cena',
    'umieram ze śmiechu',
    'zabiłbym za tę kartę',
    'Suicide Squad #1 CGC 9.8 arrived damaged',
    'you are an idiot and a scammer',
    "i'm not suicidal, just annoyed my refund is late",
    'the package is 300 kms away according to tracking',
    'that break was suicide for my wallet lmao',
    'mis padres me van a matar cuando vean lo que gasté jaja',
    'mój mąż mnie zabije jak zobaczy ile wydałem xD',
    'that slab is to die for',
    'the stream died halfway, will it be rerun?',
    'me mata de risa el streamer',
    'padłem ze śmiechu',
    'shoot me a DM for a trade',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toEqual(NO_CRISIS);
  });
});

describe('detectCrisis: safe on any input', () => {
  it('handles empty, non-string, binary and huge input quickly', () => {
    expect(detectCrisis('')).toEqual(NO_CRISIS);
    expect(detectCrisis(undefined as unknown as string).crisis).toBe(false);
    expect(detectCrisis('\u0000\u0001\u0002\uFFFD\uD83D'.repeat(5000)).crisis).toBe(false);
    const huge = 'where is my order '.repeat(200_000);
    const started = Date.now();
    expect(detectCrisis(huge).crisis).toBe(false);
    // Bounded input: a 3.6 MB body costs the same as 20 KB; generous bound, not a benchmark.
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reads the first 16k and the last 4k characters: the middle of a huge text is not read (documented limit)', () => {
    expect(detectCrisis(`${'x '.repeat(20_000)} i want to kill myself`).crisis).toBe(true);
    expect(detectCrisis(`${'x '.repeat(10_000)} i want to kill myself ${'x '.repeat(10_000)}`).crisis).toBe(false);
  });
});

describe('detectCrisis: everyday phrases near crisis patterns stay quiet', () => {
  it.each([
    'I tried to get in to my account but the code never came',
    "I'm getting hit with fees on every sale",
    "I won't be here tomorrow, can the courier come Friday?",
    'the shipping cost is just a burden',
    'someone at my house received the package but it was empty',
    'how to end the auction early?',
    'I got my meds delivered but not my cards',
  ])('%s', (text) => {
    expect(detectCrisis(text).crisis).toBe(false);
  });
});
