/**
 * Typo tolerance for the words that carry the most signal. SymSpell-style: every keyword and
 * each of its one-letter deletions are indexed once at module load; a token is rewritten to a
 * keyword when they are one edit apart (insertion, deletion, substitution, adjacent swap).
 * Keywords are chosen so that their one-edit neighbours are not ordinary words; tokens that
 * are themselves keywords, shorter than 5 letters, or start with another letter are left alone.
 */
const KEYWORDS = [
  // en
  'received', 'receive', 'arrived', 'delivered', 'counterfeit', 'refund', 'refunded', 'chargeback',
  'unauthorized', 'authorized', 'password', 'account', 'tracking', 'suicide', 'suicidal', 'shipped',
  'payout', 'payouts', 'hacked', 'scammed', 'scammer', 'harassing', 'harassment',
  'verification', 'package', 'fraudulent', 'authentic', 'replica', 'damaged', 'cracked',
  'threatened', 'threatening', 'myself', 'charged', 'changed', 'recognize', 'withdrawal', 'yourself',
  // de
  'umbringen', 'umzubringen', 'falschung', 'gefalscht', 'auszahlung', 'ruckerstattung', 'angekommen',
  'selbstmord', 'beleidigt', 'passwort',
  // es
  'reembolso', 'contrasena', 'suicidarme', 'falsificada', 'falsificado', 'recibido', 'morirme',
  // pl
  // pl: only words whose inflections the lexicon matches by stem anyway
  'samobojstwo', 'podrobka',
];

const KEYWORD_SET = new Set(KEYWORDS);
// Real words one edit away from a keyword: never "corrected".
const PROTECTED = new Set([
  'charge', 'charges', 'change', 'changes', 'hacer', 'verificacion', 'recibio', 'recibida', 'recibidos',
  'arrive', 'arrives', 'receiver', 'packages', 'accounts', 'tracked', 'shipper', 'skipped', 'whipped',
  'charter', 'damages', 'replicas', 'refunds', 'myselff', 'haced',
]);
const INDEX = new Map<string, string>();

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i += 1) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

for (const keyword of KEYWORDS) {
  if (!INDEX.has(keyword)) INDEX.set(keyword, keyword);
  for (const d of deletions(keyword)) if (!INDEX.has(d)) INDEX.set(d, keyword);
}

// Tickets repeat the same words; remembering answers makes correction ~free. Bounded.
const MEMO = new Map<string, string | null>();
const MEMO_LIMIT = 50_000;

/** The keyword this token is a one-edit misspelling of, or null. */
export function correctToken(token: string): string | null {
  const known = MEMO.get(token);
  if (known !== undefined) return known;
  const answer = lookup(token);
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(token, answer);
  return answer;
}

function lookup(token: string): string | null {
  if (token.length < 5 || KEYWORD_SET.has(token) || PROTECTED.has(token) || !/^[a-z]+$/.test(token)) return null;
  const candidates = [INDEX.get(token), ...deletions(token).map((d) => INDEX.get(d))];
  for (const candidate of candidates) {
    // An inflection ("arrive"/"arrived") is not a typo: stems in the lexicon already match it.
    const inflection = candidate !== undefined && (candidate.startsWith(token) || token.startsWith(candidate));
    if (candidate !== undefined && !inflection && candidate[0] === token[0] && Math.abs(candidate.length - token.length) <= 1) {
      return candidate;
    }
  }
  return null;
}
