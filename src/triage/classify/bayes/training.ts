/**
 * The statistical component is trained when first needed from the labelled sets shipped in data/
 * (see data-files.ts: the development set, the fresh intent batches and the corpus files under
 * data/crisis/; the hold-out in
 * test/fixtures is never read here, so its figures stay honest). A missing or unreadable file
 * throws a TrainingDataError naming the path: degrading to the lexicon alone would hide the fault.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { normalizeText } from '../../text/normalize';
import { INTENTS } from '../../types';
import { dataFile, INTENT_MODEL_FILES, TrainingDataError } from './data-files';
import { train, type NaiveBayes, type TrainingExample } from './model';

// Corpus files carry no subject: a missing one is the empty subject.
const Line = z.object({ subject: z.string().default(''), text: z.string(), intent: z.enum(INTENTS), crisis: z.boolean().optional() });
export type TrainingLine = z.infer<typeof Line>;

/** Every valid line of a labelled JSON Lines file; throws TrainingDataError if it cannot be read. */
export function readTrainingLines(path: string): TrainingLine[] {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new TrainingDataError(`cannot read training data ${path}: ${(error as Error).message}`);
  }
  const lines: TrainingLine[] = [];
  raw.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new TrainingDataError(`${path}:${i + 1}: not valid JSON`);
    }
    const parsed = Line.safeParse(json);
    if (!parsed.success) throw new TrainingDataError(`${path}:${i + 1}: invalid labelled ticket: ${parsed.error.message}`);
    lines.push(parsed.data);
  });
  return lines;
}

/** Subject and body joined exactly as classifyIntents and decide() join them. */
export const joinTicket = (subject: string, text: string): string => (subject !== '' ? `${subject}\n${text}` : text);

export function loadExamples(path: string): TrainingExample[] {
  return readTrainingLines(path).map(({ subject, text, intent }) => ({ text: normalizeText(joinTicket(subject, text)).text, intent }));
}

let model: NaiveBayes | undefined;

/** The trained model (trained once, on first use). Throws TrainingDataError when data/ is incomplete. */
export function isModelTrained(): boolean {
  return model !== undefined;
}

export function getModel(): NaiveBayes {
  model ??= train(INTENT_MODEL_FILES.flatMap((name) => loadExamples(dataFile(name))));
  return model;
}
