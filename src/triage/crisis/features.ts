/**
 * The model's features for one window of crisis-folded text, hashed into FEATURE_BITS buckets:
 *   - structure: each danger concept present (suicidal_ideation … hopeless), the cue itself, and
 *     each danger concept crossed with what its own sentence says about it — who (self, a named
 *     other, a partner), negation before it, a denial ("lol", "not suicidal"), an idiom frame
 *     ("dying to get", "killing me"), trade or gaming slang, insults, time (again, tonight),
 *     plan words; pairs of danger concepts in the window (hopeless + means, goodbye + time);
 *   - words: unigrams, bigrams and 5-letter stems of longer words (inflections, typos' heads),
 *     read only in the sentences that hold a danger cue and their neighbours, and scaled down by
 *     the square root of their number — a long complaint around one sentence of danger must not
 *     drown that sentence in order-and-tracking vocabulary.
 * Structural features weigh 1; a feature listed twice counts once.
 */
import type { CueHit } from './cue-scan';
import { SOFT_CUES } from './cues-soft';

/** Soft concepts count as concepts only: a single soft cue ("sleeve", "my car") is too rare to weigh alone. */
const SOFT = new Set(Object.keys(SOFT_CUES));
import type { Span } from './windows';

export const FEATURE_BITS = 18;
const MASK = (1 << FEATURE_BITS) - 1;

/** FNV-1a, 32 bit. */
export function hashFeature(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i += 1) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & MASK;
}

/** Sparse feature vector: bucket indices and their values. */
export interface FeatureVector {
  index: number[];
  value: number[];
}

/** Total weight of the lexical features of a window (spread over all of them). */
const LEXICAL_MASS = 3;

export interface WindowInput {
  folded: string;
  window: Span;
  sentences: readonly Span[];
  danger: readonly CueHit[];
  context: readonly CueHit[];
}

const WORD_RE = /[a-z0-9]+/g;
const SENTENCE_FLAGS = ['self', 'other', 'partner', 'negation', 'denial', 'idiom', 'slang', 'insult', 'time', 'plan', 'help'] as const;

function sentenceIndexOf(sentences: readonly Span[], at: number): number {
  for (let i = 0; i < sentences.length; i += 1) if ((sentences[i]?.[1] ?? 0) > at) return i;
  return sentences.length - 1;
}

function addWords(text: string, out: Set<number>): void {
  let prev = '';
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m !== null; m = WORD_RE.exec(text)) {
    const w = m[0];
    out.add(hashFeature(`w:${w}`));
    if (prev !== '') out.add(hashFeature(`b:${prev} ${w}`));
    if (w.length > 6) out.add(hashFeature(`s:${w.slice(0, 5)}`));
    prev = w;
  }
}

/** Structural feature names (unhashed): used by the model and printed by the bench for inspection. */
export function structuralFeatures(input: WindowInput): string[] {
  const { window, sentences, danger, context } = input;
  const [from, to] = window;
  const inWindow = (h: CueHit): boolean => h.start >= from && h.start < to;
  const d = danger.filter(inWindow);
  const c = context.filter(inWindow);
  const names = new Set<string>();
  const present = new Set<string>();
  const windowContext = new Set<string>();
  for (const h of c) for (const concept of h.concepts) windowContext.add(concept);
  for (const concept of windowContext) names.add(`x:${concept}`);
  // Context per sentence, with the position of negations (they count only before the cue).
  const bySentence = new Map<number, { flags: Set<string>; negAt: number[] }>();
  for (const h of c) {
    const i = sentenceIndexOf(sentences, h.start);
    const entry = bySentence.get(i) ?? { flags: new Set<string>(), negAt: [] };
    for (const concept of h.concepts) {
      if (concept === 'negation') entry.negAt.push(h.start);
      else entry.flags.add(concept);
    }
    bySentence.set(i, entry);
  }
  const done = new Set<string>();
  for (const h of d) {
    if (!h.concepts.every((concept) => SOFT.has(concept))) names.add(`q:${h.cue}`);
    const i = sentenceIndexOf(sentences, h.start);
    // The same cue in the same sentence adds nothing new.
    const key = `${h.cue}@${i}`;
    if (done.has(key)) continue;
    done.add(key);
    const entry = bySentence.get(i);
    const negated = entry?.negAt.some((at) => at < h.start && h.start - at < 40) ?? false;
    for (const concept of h.concepts) {
      present.add(concept);
      names.add(`d:${concept}`);
      if (negated) names.add(`d:${concept}|negation`);
      for (const flag of SENTENCE_FLAGS) if (entry?.flags.has(flag) === true) names.add(`d:${concept}|${flag}`);
      if (!(entry?.flags.has('self') ?? false) && !(entry?.flags.has('other') ?? false)) names.add(`d:${concept}|nobody`);
    }
  }
  const concepts = [...present].sort();
  for (let a = 0; a < concepts.length; a += 1) {
    for (let b = a + 1; b < concepts.length; b += 1) names.add(`p:${concepts[a]}+${concepts[b]}`);
  }
  names.add(`n:${Math.min(4, concepts.length)}`);
  return [...names];
}

/** The window's text restricted to the sentences holding a danger cue, with one neighbour each side. */
function cueText(input: WindowInput): string {
  const { folded, window, sentences, danger } = input;
  const [from, to] = window;
  const keep = new Set<number>();
  for (const h of danger) {
    if (h.start < from || h.start >= to) continue;
    const i = sentenceIndexOf(sentences, h.start);
    for (const j of [i - 1, i, i + 1]) keep.add(j);
  }
  let text = '';
  sentences.forEach(([s, e], j) => {
    if (keep.has(j) && e > from && s < to) text += ` ${folded.slice(Math.max(s, from), Math.min(e, to))}`;
  });
  return text === '' ? folded.slice(from, to) : text;
}

/** Feature vector of one window (deduplicated, unordered). */
export function windowFeatures(input: WindowInput): FeatureVector {
  const structural = new Set<number>();
  for (const name of structuralFeatures(input)) structural.add(hashFeature(name));
  const lexical = new Set<number>();
  addWords(cueText(input), lexical);
  for (const f of structural) lexical.delete(f);
  const scale = lexical.size === 0 ? 0 : LEXICAL_MASS / Math.sqrt(lexical.size);
  const index = [...structural, ...lexical];
  const value = index.map((_, i) => (i < structural.size ? 1 : scale));
  return { index, value };
}
