/**
 * Misspelled and leetspeak crisis words ("suicde", "sucide", "suizit", "samobujstwo", "kil",
 * "k1ll", "su1c1de", "cuting", "myslef") mapped to the word the patterns are written for.
 * Long keywords (≥ 6 letters) accept one edit (insertion, deletion, substitution, adjacent
 * swap) with the same first letter; short ones only doubled/undoubled letters ("kil", "kiill"),
 * because their one-edit neighbours are ordinary words (kill → bill, fill, will, pill).
 * Used by both the prefilter and the full detector, so they agree on which tokens count.
 */
export const FUZZY_KEYWORDS = [
  'suicide', 'suicidal', 'suicidio', 'suicidarme', 'suicidarse', 'suizid', 'selbstmord', 'samobojstwo',
  'samobojstwie', 'samobojca', 'unalive', 'unaliving', 'myself', 'himself', 'herself', 'umbringen', 'umzubringen',
  'cutting', 'killing', 'overdose', 'abschiedsbrief', 'autolesion', 'matarme', 'suicidarme', 'quitarme',
  'pociac', 'lebensmude', 'okaleczam',
];
const SHORT = ['kill', 'kms', 'die', 'dead', 'cut', 'kys', 'hang'];
// Real words one edit away from a keyword: never rewritten.
const PROTECTED = new Set(['matarte', 'matarle', 'matarlo', 'matarla', 'quitarle', 'quitarte', 'pociag', 'selfie']);
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

const collapse = (w: string): string => w.replace(/(.)\1+/g, '$1');
const SHORT_BY_SHAPE = new Map(SHORT.map((w) => [collapse(w), w]));
const LONG_SET = new Set(FUZZY_KEYWORDS);

/** Damerau-Levenshtein distance ≤ 1 (optimal string alignment), early exit. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (i === a.length && i === b.length) return true;
  const restA = a.slice(i + 1);
  const restB = b.slice(i + 1);
  if (a.length === b.length) {
    return restA === restB || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function lookup(token: string): string | null {
  if (!/[a-z]/.test(token)) return null;
  const plain = /[0-9@$]/.test(token) ? token.replace(/[0-9@$]/g, (d) => LEET[d] ?? d) : token;
  if (!/^[a-z]+$/.test(plain)) return null;
  if (LONG_SET.has(plain)) return plain;
  if (PROTECTED.has(plain)) return null;
  const short = SHORT_BY_SHAPE.get(collapse(plain));
  if (short !== undefined) return short;
  if (plain.length < 5) return null;
  for (const keyword of FUZZY_KEYWORDS) {
    if (keyword[0] === plain[0] && withinOneEdit(plain, keyword)) return keyword;
  }
  return null;
}

const MEMO = new Map<string, string | null>();

/**
 * The crisis keyword a token is or stands for (misspelt, stretched or leetspeak), or null.
 * Memoised (bounded): tickets repeat the same words, so this is a map look-up in practice.
 */
export function crisisKeyword(token: string): string | null {
  let answer = MEMO.get(token);
  if (answer !== undefined) return answer;
  answer = lookup(token);
  if (MEMO.size >= 50_000) MEMO.clear();
  MEMO.set(token, answer);
  return answer;
}

/**
 * Tokens the prefilter gives a fuzzy look, found without touching ordinary words. One edit
 * leaves intact either a keyword's first half (at the token start) or its second half minus
 * one letter (after the same first letter), so every token `crisisKeyword` can accept matches
 * one of these; leet tokens (letters mixed with digits) are always looked at.
 * (Short keywords are covered by the anchor regex itself: `k+i+l+`, `c+u+t+`, `kms`…)
 */
function keywordShapesSource(): string {
  const alternatives = new Set<string>();
  for (const w of FUZZY_KEYWORDS) {
    const half = Math.ceil(w.length / 2);
    const rest = w.length - half;
    // The token is the keyword ±1 letter, so the unseen part has a known length range.
    alternatives.add(`${w.slice(0, half)}[a-z]{${rest - 1},${rest + 1}}`);
    alternatives.add(`${w.charAt(0)}[a-z]{${half - 1},${half + 1}}${w.slice(half + 1)}`);
  }
  // Grouped by first letter (order kept inside a group), so the engine dispatches on one character
  // instead of trying every shape at every word; the same shape matches first at any position.
  const groups = new Map<string, string[]>();
  for (const alt of alternatives) groups.set(alt.charAt(0), [...(groups.get(alt.charAt(0)) ?? []), alt.slice(1)]);
  const grouped = [...groups.entries()].map(([head, bodies]) => `${head}(?:${bodies.join('|')})`);
  return `\\b(?:${grouped.join('|')})\\b`;
}

const KEYWORD_SHAPE_RE = new RegExp(keywordShapesSource(), 'g');
const LEET_TOKEN_RE = /\b[a-z0-9@$]*(?:[a-z][0-9@$]|[0-9@$][a-z])[a-z0-9@$]*/g;
/** A leet token needs a letter next to a digit (or @, $) somewhere: most tickets have none, and this scan is cheap. */
const LEET_HINT_RE = /[a-z][0-9@$]|[0-9@$][a-z]/;

/**
 * [start, end) of every token in the folded text that is, or stands for, a crisis keyword
 * (misspelt, stretched or leetspeak). Overlapping spans are possible; callers merge them.
 */
export function fuzzyKeywordSpans(folded: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const regexes = LEET_HINT_RE.test(folded) ? [KEYWORD_SHAPE_RE, LEET_TOKEN_RE] : [KEYWORD_SHAPE_RE];
  for (const re of regexes) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
      if (m[0].length === 0) re.lastIndex += 1;
      else if (crisisKeyword(m[0]) !== null) spans.push([m.index, m.index + m[0].length]);
    }
  }
  return spans;
}

/** Is there any such token? (fuzzyKeywordSpans(folded).length > 0, stopping at the first.) */
export function hasFuzzyKeyword(folded: string): boolean {
  const regexes = LEET_HINT_RE.test(folded) ? [KEYWORD_SHAPE_RE, LEET_TOKEN_RE] : [KEYWORD_SHAPE_RE];
  for (const re of regexes) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
      if (m[0].length === 0) re.lastIndex += 1;
      else if (crisisKeyword(m[0]) !== null) return true;
    }
  }
  return false;
}
