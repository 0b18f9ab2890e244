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
// Jest runs modules in a vm context, where every global lookup in a hot loop is several times slower.
const { imul, max, min, sqrt } = Math;

export const FEATURE_BITS = 18;
const MASK = (1 << FEATURE_BITS) - 1;

/** FNV-1a, 32 bit. */
export function hashFeature(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i += 1) {
    h ^= s.charCodeAt(i);
    h = imul(h, 0x01000193);
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

const SENTENCE_FLAGS = ['self', 'other', 'partner', 'negation', 'denial', 'idiom', 'slang', 'insult', 'time', 'plan', 'help'] as const;

/** The first sentence ending after `at` (the last one when none does); binary search, sentences are in order. */
function sentenceIndexOf(sentences: readonly Span[], at: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid]?.[1] ?? 0) > at) hi = mid;
    else lo = mid + 1;
  }
  return lo < sentences.length ? lo : sentences.length - 1;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const CODE_SPACE = 32;

/** FNV-1a state after hashing text[from, to) onto `h` (hashFeature without building the string). */
function fnv(h: number, text: string, from: number, to: number): number {
  let x = h;
  for (let i = from; i < to; i += 1) {
    x ^= text.charCodeAt(i);
    x = imul(x, FNV_PRIME);
  }
  return x;
}

const W_PREFIX = fnv(FNV_OFFSET, 'w:', 0, 2);
const B_PREFIX = fnv(FNV_OFFSET, 'b:', 0, 2);
const S_PREFIX = fnv(FNV_OFFSET, 's:', 0, 2);

const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** Reused by wordFeatures, grown as needed: a long thread has thousands of words. */
let scratch = new Int32Array(4096);

export interface WordFeatures {
  /** The features are buckets[0, count): valid until the next call. */
  buckets: Int32Array;
  count: number;
}

/**
 * hashFeature(`w:${w}`), hashFeature(`b:${prev} ${w}`) and, for words longer than 6,
 * hashFeature(`s:${first five letters}`) for every [a-z0-9]+ word of text[from, to), in text
 * order, hashed in place (no strings) and in one pass over each word: the word's own hash, its
 * bigram with the previous word and the start of the next word's bigram run side by side. Written
 * into a reused buffer rather than handed to a callback: the callers' loops then run without a
 * call per feature.
 */
export function wordFeatures(text: string, from: number, to: number): WordFeatures {
  // At most three features per word of two characters or more, two per one-letter word.
  if (scratch.length < 2 * (to - from) + 3) scratch = new Int32Array(2 * (to - from) + 3);
  const buckets = scratch;
  let count = 0;
  let hasPrevious = false;
  let bigramAfterPrevious = 0;
  let i = from;
  while (i < to) {
    let c = text.charCodeAt(i);
    if (!isWordCode(c)) {
      i += 1;
      continue;
    }
    const start = i;
    let word = W_PREFIX;
    let bigram = bigramAfterPrevious;
    let nextBigram = B_PREFIX;
    let stem = S_PREFIX;
    do {
      word = imul(word ^ c, FNV_PRIME);
      bigram = imul(bigram ^ c, FNV_PRIME);
      nextBigram = imul(nextBigram ^ c, FNV_PRIME);
      if (i - start < 5) stem = imul(stem ^ c, FNV_PRIME);
      i += 1;
      c = i < to ? text.charCodeAt(i) : 0;
    } while (i < to && isWordCode(c));
    buckets[count++] = (word >>> 0) & MASK;
    if (hasPrevious) buckets[count++] = (bigram >>> 0) & MASK;
    if (i - start > 6) buckets[count++] = (stem >>> 0) & MASK;
    bigramAfterPrevious = imul(nextBigram ^ CODE_SPACE, FNV_PRIME);
    hasPrevious = true;
  }
  return { buckets, count };
}

/**
 * Which call last counted each bucket (`firstIn`): a stamp per bucket instead of a Set per window
 * or sentence — a long thread has hundreds of sentences, and a Set's hashing was most of the
 * time spent deduplicating.
 */
const stampOf = new Uint32Array(1 << FEATURE_BITS);
let lastStamp = 0;

/** A stamp no bucket carries yet: buckets marked with it by `firstIn` count as seen. */
export function freshStamp(): number {
  lastStamp += 1;
  if (lastStamp === 0xffffffff) {
    stampOf.fill(0);
    lastStamp = 1;
  }
  return lastStamp;
}

/** True the first time a bucket is met under `stamp` (and marks it). */
export function firstIn(bucket: number, stamp: number): boolean {
  if (stampOf[bucket] === stamp) return false;
  stampOf[bucket] = stamp;
  return true;
}

/** The word features of the whole text, each once. */
export function addWords(text: string, out: Set<number>): void {
  const { buckets, count } = wordFeatures(text, 0, text.length);
  for (let k = 0; k < count; k += 1) out.add(buckets[k] ?? 0);
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
  names.add(`n:${min(4, concepts.length)}`);
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
  // Only the kept sentences, in order (a long thread has hundreds of others).
  for (const j of [...keep].sort((a, b) => a - b)) {
    const sentence = sentences[j];
    if (sentence === undefined) continue;
    const [s, e] = sentence;
    if (e > from && s < to) text += ` ${folded.slice(max(s, from), min(e, to))}`;
  }
  return text === '' ? folded.slice(from, to) : text;
}

/** Feature vector of one window (deduplicated, unordered). */
export function windowFeatures(input: WindowInput): FeatureVector {
  const structural = new Set<number>();
  for (const name of structuralFeatures(input)) structural.add(hashFeature(name));
  const stamp = freshStamp();
  for (const f of structural) firstIn(f, stamp);
  // Structural features first, then each word feature not already among them, in text order.
  const index = [...structural];
  const text = cueText(input);
  const { buckets, count } = wordFeatures(text, 0, text.length);
  for (let k = 0; k < count; k += 1) {
    const bucket = buckets[k] ?? 0;
    if (firstIn(bucket, stamp)) index.push(bucket);
  }
  const lexical = index.length - structural.size;
  const scale = lexical === 0 ? 0 : LEXICAL_MASS / sqrt(lexical);
  const value = index.map((_, i) => (i < structural.size ? 1 : scale));
  return { index, value };
}
