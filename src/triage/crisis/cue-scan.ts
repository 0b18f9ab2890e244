/**
 * Compiles the cue lists (cues-danger.ts, cues-context.ts) into two regular expressions and finds
 * their hits in crisis-folded text. DANGER cues (the nine categories, means, farewells, burden,
 * hopelessness) open the gate; CONTEXT cues are only read inside the windows the gate opened.
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
  re: RegExp;
  test: RegExp;
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
 * The cues as ONE trie-shaped regular expression: shared prefixes are written once, so at each
 * position the engine follows a single path instead of trying every cue in turn (a flat
 * alternation of ~2 000 cues costs ~30× more on a long email). Longer cues are preferred: at a
 * node where a cue ends, the longer continuations are tried first.
 */
function trieSource(cues: readonly string[]): string {
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
  return render(root);
}

function alternation(cues: string[]): string {
  const raw = cues.filter((c) => c.startsWith('re:')).map((c) => c.slice(3));
  const literal = cues.filter((c) => !c.startsWith('re:'));
  return [...raw, trieSource(literal)].join('|');
}

/** German ß folds to "s" (fast-fold.ts keeps lengths): a cue written with "ss" is also listed with "s". */
function withVariants(cues: readonly string[]): string[] {
  return cues.flatMap((cue) => (!cue.startsWith('re:') && cue.includes('ss') ? [cue, cue.replace(/ss/g, 's')] : [cue]));
}

/** Cue lists (concept → cues) as one trie-shaped regular expression. */
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
  const body = alternation(unique);
  return { re: new RegExp(`\\b(?:${body})`, 'g'), test: new RegExp(`\\b(?:${body})`), literal, patterns };
}

const DANGER = compileCues([DANGER_CUES, GATE_CONTEXT_CUES, SOFT_CUES]);
const CONTEXT = compileCues([CONTEXT_CUES]);

/** Concepts that open the gate: the nine categories, means, goodbye, burden, hopeless and the soft cues. */
export const GATE_CONCEPTS: readonly string[] = [...Object.keys(DANGER_CUES), ...Object.keys(GATE_CONTEXT_CUES), ...Object.keys(SOFT_CUES)];

/** Appends the hits of `compiled` in folded[from, to) to `out`. */
export function cueHits(compiled: CompiledCues, folded: string, from: number, to: number, out: CueHit[]): void {
  const { re } = compiled;
  re.lastIndex = from;
  for (let m = re.exec(folded); m !== null && m.index < to; m = re.exec(folded)) {
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
  return DANGER.test.test(folded);
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
