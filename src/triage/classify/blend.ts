/**
 * Lexicon evidence + naive Bayes probability → one score per intent. The lexicon is precise on
 * phrasings it knows; the model generalises from the labelled tickets to phrasings nobody wrote a
 * pattern for. Each intent scores `lexicon evidence + MODEL_WEIGHT × P(intent)`; `other` competes
 * with `MIN_EVIDENCE + service-question evidence + MODEL_WEIGHT/2 × P(other)`, so with no lexicon evidence at all the
 * model alone must be clearly more sure of an intent than of `other` to name it.
 */
import type { Intent } from '../types';
import { MIN_EVIDENCE } from './precedence';

export const MODEL_WEIGHT = 3;

export function blendScores(lexicon: Map<Intent, number>, model: Map<Intent, number>, weight = MODEL_WEIGHT): Map<Intent, number> {
  const out = new Map<Intent, number>();
  const names = new Set<Intent>([...lexicon.keys(), ...model.keys()]);
  for (const name of names) {
    // `other` has a floor of MIN_EVIDENCE plus any service-question evidence (lexicon/service.ts).
    const base = (name === 'other' ? MIN_EVIDENCE : 0) + (lexicon.get(name) ?? 0);
    // The model's vote for `other` counts half: "nothing specific" is what it says about any
    // phrasing it has not seen, which must not outvote a pattern that did match.
    const share = name === 'other' ? weight / 2 : weight;
    out.set(name, base + share * (model.get(name) ?? 0));
  }
  if (!out.has('other')) out.set('other', MIN_EVIDENCE);
  return out;
}
