/**
 * Is the word at `index` negated? Looks at up to five words before it in the same clause
 * (a clause ends at . , ; ! ? and at contrastive words like "but", "aber", "pero", "ale"),
 * so "I'm not saying it's fake, but the corner is crushed" negates "fake" and nothing after "but".
 */
const CUES = new Set([
  // en
  'not', 'no', 'never', 'isnt', 'arent', 'wasnt', 'werent', 'dont', 'doesnt', 'didnt', 'aint', 'nor', 'without', 'hardly',
  // de
  'nicht', 'kein', 'keine', 'keinen', 'keiner', 'nie', 'niemals', 'ohne',
  // es
  'nunca', 'ni', 'tampoco', 'sin',
  // pl
  'ani', 'bez',
]);
const BOUNDARY_RE = /[.,;!?]|\b(?:but|though|although|however|aber|jedoch|sondern|pero|sino|aunque|ale|lecz|jednak)\b/g;
const WINDOW_WORDS = 5;

export function isNegated(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 80), index);
  let clauseStart = 0;
  BOUNDARY_RE.lastIndex = 0;
  for (let m = BOUNDARY_RE.exec(before); m !== null; m = BOUNDARY_RE.exec(before)) clauseStart = m.index + m[0].length;
  const words = before.slice(clauseStart).split(/[^a-z]+/).filter((w) => w.length > 0).slice(-WINDOW_WORDS);
  return words.some((w) => CUES.has(w));
}
