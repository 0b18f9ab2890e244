/**
 * The labelled crisis corpus shipped in data/crisis/ (JSON Lines, one ticket a line): every file
 * there, read in name order. Each line says whether someone is in danger and, if so, the taxonomy
 * category. A broken line fails loudly with file and line number (TrainingDataError).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { packageRoot, TrainingDataError } from '../classify/bayes/data-files';
import { CRISIS_CATEGORIES } from './taxonomy';

const Line = z.object({
  id: z.string(),
  lang: z.string(),
  subject: z.string().optional(),
  text: z.string(),
  crisis: z.boolean(),
  crisisCategory: z.enum(CRISIS_CATEGORIES).nullable().optional(),
  hardNegative: z.boolean().optional(),
  explicit: z.boolean().optional(),
  intent: z.string().optional(),
});
export type CorpusLine = z.infer<typeof Line> & { file: string };

export function crisisDataDir(start?: string): string {
  return join(packageRoot(start), 'data', 'crisis');
}

/** JSON Lines files of data/crisis/, sorted by name. */
export function corpusFiles(dir: string = crisisDataDir()): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    throw new TrainingDataError(`cannot read the crisis corpus folder ${dir}: ${(error as Error).message}. Restore data/crisis/ of the riskdesk package.`);
  }
  const files = names.filter((n) => n.endsWith('.jsonl')).sort().map((n) => join(dir, n));
  if (files.length === 0) throw new TrainingDataError(`no .jsonl files in ${dir}: the crisis model has nothing to train on`);
  return files;
}

export function parseCorpus(raw: string, file: string): CorpusLine[] {
  const lines: CorpusLine[] = [];
  raw.split('\n').forEach((text, i) => {
    if (text.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new TrainingDataError(`${file}:${i + 1}: not valid JSON`);
    }
    const parsed = Line.safeParse(json);
    if (!parsed.success) throw new TrainingDataError(`${file}:${i + 1}: invalid crisis corpus line: ${parsed.error.message}`);
    const line = parsed.data;
    if (line.crisis && (line.crisisCategory ?? null) === null) throw new TrainingDataError(`${file}:${i + 1}: a crisis line needs a crisisCategory`);
    lines.push({ ...line, file });
  });
  return lines;
}

export interface Corpus {
  lines: CorpusLine[];
  /** The raw bytes of every file, in order (the training cache key hashes them). */
  raw: string[];
}

export function readCorpus(dir: string = crisisDataDir()): Corpus {
  const raw: string[] = [];
  const lines: CorpusLine[] = [];
  for (const file of corpusFiles(dir)) {
    const text = readFileSync(file, 'utf8');
    raw.push(text);
    lines.push(...parseCorpus(text, file));
  }
  return { lines, raw };
}

/** Subject and body joined as decide() joins them. */
export function lineText(line: Pick<CorpusLine, 'subject' | 'text'>): string {
  return line.subject !== undefined && line.subject !== '' ? `${line.subject}\n${line.text}` : line.text;
}
