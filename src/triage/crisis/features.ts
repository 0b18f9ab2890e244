/**
 * The model's features for one window of crisis-folded text, hashed into FEATURE_BITS buckets:
 *   - structure: each danger concept present (suicidal_ideation … hopeless), the cue itself, and
 *     each danger concept crossed with what its own sentence says about it — who (self, a named
 *     other, a partner), negation before it, a denial ("lol", "not suicidal"), an idiom frame
 *     ("dying to get", "killing me"), trade or gaming slang, insults, time (again, tonight),
 *     plan words; pairs of danger concepts in the window (hopeless + means, goodbye + time);
 *   - words: unigrams, bigrams and 5-letter stems of longer words (inflections, typos' heads).
 * Binary features; a feature listed twice counts once.
 */
import type { CueHit } from './cue-scan';
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
  const names: string[] = [];
  const present = new Set<string>();
  const windowContext = new Set<string>();
  for (const h of c) for (const concept of h.concepts) windowContext.add(concept);
  for (const concept of windowContext) names.push(`x:${concept}`);
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
  for (const h of d) {
    names.push(`q:${h.cue}`);
    const i = sentenceIndexOf(sentences, h.start);
    const entry = bySentence.get(i);
    const negated = entry?.negAt.some((at) => at < h.start && h.start - at < 40) ?? false;
    for (const concept of h.concepts) {
      present.add(concept);
      names.push(`d:${concept}`);
      if (negated) names.push(`d:${concept}|negation`);
      for (const flag of SENTENCE_FLAGS) if (entry?.flags.has(flag) === true) names.push(`d:${concept}|${flag}`);
      if (!(entry?.flags.has('self') ?? false) && !(entry?.flags.has('other') ?? false)) names.push(`d:${concept}|nobody`);
    }
  }
  const concepts = [...present].sort();
  for (let a = 0; a < concepts.length; a += 1) {
    for (let b = a + 1; b < concepts.length; b += 1) names.push(`p:${concepts[a]}+${concepts[b]}`);
  }
  names.push(`n:${Math.min(4, concepts.length)}`);
  return names;
}

/** Hashed feature indices of one window (deduplicated, unordered). */
export function windowFeatures(input: WindowInput): number[] {
  const out = new Set<number>();
  for (const name of structuralFeatures(input)) out.add(hashFeature(name));
  addWords(input.folded.slice(input.window[0], input.window[1]), out);
  return [...out];
}
