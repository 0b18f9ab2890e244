/**
 * Text that remembers, for every character, where it came from in the original ticket.
 * Normalisation rewrites the text many times (folding, masking, typo fixes); evidence excerpts
 * must still quote the customer's own words, so every rewrite carries the index map along.
 */
export interface MappedText {
  text: string;
  /** map[i] = index in the original string of normalised character i. */
  map: number[];
}

/** Replace every match of `re` (must be global) and keep the index map consistent. */
export function mapReplace(input: MappedText, re: RegExp, replacer: (match: RegExpExecArray) => string): MappedText {
  let text = '';
  const map: number[] = [];
  let last = 0;
  re.lastIndex = 0;
  for (let m = re.exec(input.text); m !== null; m = re.exec(input.text)) {
    if (m[0].length === 0) {
      re.lastIndex += 1;
      continue;
    }
    const replacement = replacer(m);
    if (replacement === m[0]) continue; // unchanged: copied with the next segment
    text += input.text.slice(last, m.index);
    for (let i = last; i < m.index; i += 1) map.push(input.map[i] ?? 0);
    const origin = input.map[m.index] ?? 0;
    text += replacement;
    for (let i = 0; i < replacement.length; i += 1) map.push(origin);
    last = m.index + m[0].length;
  }
  text += input.text.slice(last);
  for (let i = last; i < input.text.length; i += 1) map.push(input.map[i] ?? 0);
  return { text, map };
}

/** The original-text range covered by normalised range [start, end). */
export function originalRange(mt: MappedText, start: number, end: number): [number, number] {
  const from = mt.map[start] ?? 0;
  const to = (mt.map[Math.max(start, end - 1)] ?? from) + 1;
  return [from, to];
}
