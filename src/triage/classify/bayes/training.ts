/**
 * The statistical component is trained when first needed from the labelled development set that
 * ships with the repository (test/fixtures/labelled-tickets.jsonl, found by walking up from this
 * file — so it works from src/ under ts-jest and from dist/ — or in the working directory).
 * The hold-out and fresh evaluation sets are never read here, so their figures stay honest.
 * If the file is missing or unreadable the classifier falls back to the lexicon alone; it never
 * throws.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { normalizeText } from '../../text/normalize';
import { INTENTS } from '../../types';
import { train, type NaiveBayes, type TrainingExample } from './model';

const TRAINING_FILE = join('test', 'fixtures', 'labelled-tickets.jsonl');
const Line = z.object({ subject: z.string(), text: z.string(), intent: z.enum(INTENTS) });

function findTrainingFile(): string | null {
  // The repository this module belongs to first (src/ under ts-jest, dist/src/ when built) …
  let dir = __dirname;
  for (let depth = 0; depth < 8; depth += 1) {
    const candidate = join(dir, TRAINING_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  // … then the working directory (a build placed outside the repository, run from its root).
  const fromCwd = join(process.cwd(), TRAINING_FILE);
  return existsSync(fromCwd) ? fromCwd : null;
}

export function loadExamples(path: string): TrainingExample[] {
  const examples: TrainingExample[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      continue; // a broken line only costs one example
    }
    const parsed = Line.safeParse(json);
    if (!parsed.success) continue;
    const { subject, text, intent } = parsed.data;
    // Normalised exactly as classifyIntents normalises a ticket (subject, newline, body).
    const joined = subject !== '' ? `${subject}\n${text}` : text;
    examples.push({ text: normalizeText(joined).text, intent });
  }
  return examples;
}

let model: NaiveBayes | null | undefined;

/** The trained model, or null when no training data is available. Trained once. */
export function getModel(): NaiveBayes | null {
  if (model !== undefined) return model;
  try {
    const path = findTrainingFile();
    const examples = path === null ? [] : loadExamples(path);
    model = examples.length > 0 ? train(examples) : null;
  } catch {
    model = null;
  }
  return model;
}
