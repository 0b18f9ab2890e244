/**
 * Compiles the cue lists (cues-danger.ts, cues-context.ts) into trie-shaped regular expressions
 * and finds their hits in crisis-folded text. DANGER cues (the nine categories, means, farewells,
 * burden, hopelessness) open the gate; CONTEXT cues are only read inside the windows the gate
 * opened.
 * A cue may belong to several concepts ("kill me": threat_to_writer; "my friend": other).
 */
import { CONTEXT_CUES } from './cues-context';
import { DANGER_CUES, GATE_CONTEXT_CUES } from './cues-danger';
import { SOFT_CUES } from './cues-soft';

export interface CueHit {
  start: number;
  end: number;
  /** The cue as listed (its key), e.g. "kill myself". */
  cue: string;
  concepts: readonly string[];
}

export interface CompiledCues {
  /**
   * The alternation, in order, cut into regular expressions of at most MAX_SOURCE characters
   * (global); read together by `cueHits` as if they were one.
   */
  res: RegExp[];
  /** cue text (blanks collapsed) → concepts */
  literal: Map<string, string[]>;
  patterns: Array<{ re: RegExp; cue: string; concepts: string[] }>;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface TrieNode {
  children: Map<string, TrieNode>;
  /** A cue ends here, open (a word start: "suicid" matches "suicidal"). */
  open: boolean;
  /** A cue ends here as a whole word only ("gun$"). */
  word: boolean;
}

const trieNode = (): TrieNode => ({ children: new Map(), open: false, word: false });

/**
 * The cues as a trie-shaped alternation, one branch per first letter: shared prefixes are written
 * once, so at each position the engine follows a single path instead of trying every cue in turn
 * (a flat alternation of ~2 000 cues costs ~30× more on a long email). Longer cues are preferred:
 * at a node where a cue ends, the longer continuations are tried first.
 */
function trieSource(cues: readonly string[]): string[] {
  const root = trieNode();
  for (const cue of cues) {
    const whole = cue.endsWith('$');
    const body = whole ? cue.slice(0, -1) : cue;
    let node = root;
    for (const ch of body) {
      let next = node.children.get(ch);
      if (next === undefined) {
        next = trieNode();
        node.children.set(ch, next);
      }
      node = next;
    }
    if (whole) node.word = true;
    else node.open = true;
  }
  const render = (node: TrieNode): string => {
    const alternatives = [...node.children.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([ch, child]) => `${ch === ' ' ? ' +' : escape(ch)}${render(child)}`);
    const end = node.open ? '' : node.word ? '(?![a-z0-9])' : null;
    if (alternatives.length === 0) return end ?? '';
    const body = alternatives.length === 1 ? (alternatives[0] ?? '') : `(?:${alternatives.join('|')})`;
    if (end === null) return body;
    return `(?:${body}|${end})`;
  };
  // The root is never a cue's end: its branches are the top-level alternatives.
  return [...root.children.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([ch, child]) => `${ch === ' ' ? ' +' : escape(ch)}${render(child)}`);
}

/** Top-level alternatives in match order: the raw patterns, then the trie's branches by first letter. */
function alternatives(cues: string[]): string[] {
  const raw = cues.filter((c) => c.startsWith('re:')).map((c) => c.slice(3));
  const literal = cues.filter((c) => !c.startsWith('re:'));
  return [...raw, ...trieSource(literal)];
}

/**
 * V8 stops optimising a regular expression whose source passes 20 KB (kRegExpTooLargeToOptimize):
 * the danger cues crossed it by a few cues and became ten times slower. Longer alternations are
 * cut into pieces below this size, read together by `cueHits`.
 */
export const MAX_SOURCE = 16_000;

function pieces(alternatives: readonly string[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let size = 0;
  for (const alternative of alternatives) {
    if (current.length > 0 && size + alternative.length + 1 > MAX_SOURCE) {
      out.push(current.join('|'));
      current = [];
      size = 0;
    }
    current.push(alternative);
    size += alternative.length + 1;
  }
  if (current.length > 0) out.push(current.join('|'));
  return out;
}

/** Cues never written with ß, whose "s" variant is another language's word ("messe" → Italian "mese", a month). */
const NO_SHARP_S = new Set(['messe$']);

/** German ß folds to "s" (fast-fold.ts keeps lengths): a cue written with "ss" is also listed with "s". */
function withVariants(cues: readonly string[]): string[] {
  return cues.flatMap((cue) => (!cue.startsWith('re:') && cue.includes('ss') && !NO_SHARP_S.has(cue) ? [cue, cue.replace(/ss/g, 's')] : [cue]));
}

/** Cue lists (concept → cues) as one trie-shaped alternation (in pieces below MAX_SOURCE). */
export function compileCues(lists: Array<Record<string, readonly string[]>>): CompiledCues {
  const literal = new Map<string, string[]>();
  const patterns: CompiledCues['patterns'] = [];
  for (const list of lists) {
    for (const [concept, cues] of Object.entries(list)) {
      for (const cue of withVariants(cues)) {
        if (cue.startsWith('re:')) {
          const existing = patterns.find((p) => p.cue === cue);
          if (existing) existing.concepts.push(concept);
          else patterns.push({ re: new RegExp(`^(?:${cue.slice(3)})`), cue, concepts: [concept] });
          continue;
        }
        const key = cue.replace(/\$$/, '');
        const concepts = literal.get(key) ?? [];
        if (!concepts.includes(concept)) concepts.push(concept);
        literal.set(key, concepts);
      }
    }
  }
  const all = lists.flatMap((l) => withVariants(Object.values(l).flat()));
  const unique = [...new Set(all)];
  const bodies = pieces(alternatives(unique));
  return { res: bodies.map((body) => new RegExp(`\\b(?:${body})`, 'g')), literal, patterns };
}

/**
 * The next match at or after `from` of the pieces read as one alternation: the leftmost, and at
 * one position the earliest piece (the earlier alternative, as one regular expression would
 * choose). `next` caches each piece's next match: it stays valid while it lies at or after `from`.
 */
function nextMatch(res: readonly RegExp[], folded: string, from: number, next: Array<RegExpExecArray | null | undefined>): RegExpExecArray | null {
  let best: RegExpExecArray | null = null;
  res.forEach((re, i) => {
    let m = next[i];
    if (m === undefined || (m !== null && m.index < from)) {
      re.lastIndex = from;
      m = re.exec(folded);
      next[i] = m;
    }
    if (m !== null && (best === null || m.index < best.index)) best = m;
  });
  return best;
}

const DANGER = compileCues([DANGER_CUES, GATE_CONTEXT_CUES, SOFT_CUES]);
const CONTEXT = compileCues([CONTEXT_CUES]);

/** Concepts that open the gate: the nine categories, means, goodbye, burden, hopeless and the soft cues. */
export const GATE_CONCEPTS: readonly string[] = [...Object.keys(DANGER_CUES), ...Object.keys(GATE_CONTEXT_CUES), ...Object.keys(SOFT_CUES)];

/** Appends the hits of `compiled` in folded[from, to) to `out`. */
export function cueHits(compiled: CompiledCues, folded: string, from: number, to: number, out: CueHit[]): void {
  const { res } = compiled;
  const next: Array<RegExpExecArray | null | undefined> = res.map(() => undefined);
  for (let m = nextMatch(res, folded, from, next); m !== null && m.index < to; m = nextMatch(res, folded, m.index + m[0].length, next)) {
    const text = m[0].includes('  ') ? m[0].replace(/ +/g, ' ') : m[0];
    let concepts = compiled.literal.get(text);
    let cue = text;
    if (concepts === undefined) {
      const pattern = compiled.patterns.find((p) => p.re.test(m[0]));
      concepts = pattern?.concepts ?? [];
      cue = pattern?.cue ?? text;
    }
    out.push({ start: m.index, end: m.index + m[0].length, cue, concepts });
  }
}

/** Does the folded text contain any danger cue (the gate)? */
export function hasDangerCue(folded: string): boolean {
  return DANGER.res.some((re) => {
    re.lastIndex = 0;
    return re.test(folded);
  });
}

export function dangerHits(folded: string, from = 0, to = folded.length): CueHit[] {
  const out: CueHit[] = [];
  cueHits(DANGER, folded, from, to, out);
  return out;
}

export function contextHits(folded: string, from = 0, to = folded.length): CueHit[] {
  const out: CueHit[] = [];
  cueHits(CONTEXT, folded, from, to, out);
  return out;
}

/** Every cue of every list, for the documentation and the tests. */
export function allCues(): string[] {
  return [...DANGER.literal.keys(), ...DANGER.patterns.map((p) => p.cue)];
}
