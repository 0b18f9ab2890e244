/**
 * Length-preserving fold for the crisis prefilter: lower case and diacritics removed
 * (ą→a, ł→l, ü→u, ñ→n, ß→s — anchors are written to accept both "ss" and "s"), one output character per UTF-16 unit, so a position in the folded
 * text is the same position in the original. That lets the prefilter's anchor positions pick
 * the windows of the original text that the full detector then reads — no index map needed.
 */
const SPECIAL: Record<string, string> = { ł: 'l', ß: 's', ø: 'o', æ: 'a', œ: 'o', đ: 'd', ı: 'i' };
const CACHE = new Map<string, string>();

function foldOne(ch: string): string {
  let out = CACHE.get(ch);
  if (out !== undefined) return out;
  const lower = ch.toLowerCase();
  const stripped = SPECIAL[lower] ?? lower.normalize('NFKD').replace(/\p{M}/gu, '');
  out = stripped.length === 1 ? stripped : ' ';
  if (CACHE.size < 10_000) CACHE.set(ch, out);
  return out;
}

const NON_ASCII = /[^\t-~]/g;
const HAS_NON_ASCII = /[^\t-~]/;
/**
 * Laughing faces (😂 🤣 😆 😅 😹), each two UTF-16 units, become "xd": the written laugh the
 * detector already reads as a denial ("ich bring mich um wenn das Paket nicht kommt 😂").
 */
const LAUGHING = /\uD83D[\uDE02\uDE06\uDE05\uDE39]|\uD83E\uDD23/g;

export function fastFold(text: string): string {
  const lower = text.toLowerCase();
  // toLowerCase keeps the length except for a few characters (e.g. "İ"); fold those one by one.
  const base = lower.length === text.length ? lower : Array.from(text, (c) => (c.length === 1 ? foldOne(c) : ' '.repeat(c.length))).join('');
  return HAS_NON_ASCII.test(base) ? base.replace(LAUGHING, 'xd').replace(NON_ASCII, foldOne) : base;
}
