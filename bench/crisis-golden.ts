/**
 * Golden check for the crisis detector: any speed-up must keep every verdict.
 *   node dist/bench/crisis-golden.js record /tmp/crisis-golden.json   (before a change)
 *   node dist/bench/crisis-golden.js check  /tmp/crisis-golden.json   (after it; exit 1 on any difference)
 * Inputs: every line of data/*.jsonl, data/crisis/*.jsonl, data/eval/*.jsonl (subject + "\n" + text
 * when a subject exists), each line again in a helpdesk dress (email-wrap.ts; the dresses in turn),
 * deterministic concatenations of them into ~2 KB and ~20 KB texts, and 10–30 KB threads of dressed
 * lines (the speed bench's long threads: quoted parts, signatures and chat prefixes).
 * Recorded per input: mayBeCrisis, crisis, crisisReview, category, score and the evidence; plus the
 * model's cache key and hashes of its cached and freshly trained weights (the model must not change either).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { detectCrisis, mayBeCrisis } from '../src/triage/crisis';
import { cacheKey, getCrisisModel, trainFromLines } from '../src/triage/crisis/model-training';
import { readCorpus } from '../src/triage/crisis/corpus';
import { dress, emailThread } from './email-wrap';

const root = process.cwd();

function linesIn(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const row = z.object({ subject: z.string().optional(), text: z.string().optional() }).passthrough().parse(JSON.parse(line));
      const text = row.subject !== undefined && row.subject !== '' ? `${row.subject}\n${row.text ?? ''}` : (row.text ?? '');
      out.push(text);
    }
  }
  return out;
}

/** Deterministic concatenations of `count` texts of about `size` characters each. */
function concatenations(pool: string[], size: number, count: number, stride: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    let body = '';
    for (let j = i * stride; body.length < size; j += 31) body += `${pool[j % pool.length] ?? ''}\n\n`;
    out.push(body);
  }
  return out;
}

/** The view's own bytes: a model read from the cache is a view into one buffer holding every array. */
function bytesOf(array: Float32Array): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

function record(): { model: string; rows: string[] } {
  const lines = [...linesIn(join(root, 'data')), ...linesIn(join(root, 'data', 'crisis')), ...linesIn(join(root, 'data', 'eval'))];
  const inputs = [...lines, ...lines.map(dress), ...concatenations(lines, 2_000, 600, 7), ...concatenations(lines, 20_000, 150, 53), ...Array.from({ length: 200 }, (_, i) => emailThread(lines, i * 13))];
  const model = getCrisisModel();
  const weights = createHash('sha256').update(bytesOf(model.weights)).update(bytesOf(model.bias)).digest('hex');
  const corpus = readCorpus();
  const key = cacheKey(corpus.raw);
  // Trained afresh too: the cache key may stay the same while a helper of the features changes.
  const fresh = trainFromLines(corpus.lines);
  const trained = createHash('sha256').update(bytesOf(fresh.weights)).update(bytesOf(fresh.bias)).digest('hex');
  const rows = inputs.map((text) => {
    const r = detectCrisis(text);
    const evidence = r.evidence.map((e) => [e.excerpt, e.kind, e.category, e.language, e.source]);
    return JSON.stringify([createHash('sha1').update(text).digest('hex').slice(0, 12), mayBeCrisis(text), r.crisis, r.crisisReview, r.category, r.score, evidence]);
  });
  return { model: `${key} ${weights} ${trained}`, rows };
}

const [mode, path] = process.argv.slice(2);
if ((mode !== 'record' && mode !== 'check') || path === undefined) {
  console.error('usage: node dist/bench/crisis-golden.js record|check <file.json>');
  process.exit(2);
}
const now = record();
if (mode === 'record') {
  writeFileSync(path, JSON.stringify(now));
  console.log(`recorded ${now.rows.length} inputs, model ${now.model.slice(0, 40)}… to ${path}`);
} else {
  const golden = z.object({ model: z.string(), rows: z.array(z.string()) }).parse(JSON.parse(readFileSync(path, 'utf8')));
  let differences = 0;
  if (golden.model !== now.model) {
    differences += 1;
    console.log(`model differs: ${golden.model} → ${now.model}`);
  }
  if (golden.rows.length !== now.rows.length) differences += 1;
  golden.rows.forEach((row, i) => {
    if (row === now.rows[i]) return;
    differences += 1;
    if (differences <= 10) console.log(`#${i}\n  golden ${row}\n  now    ${now.rows[i] ?? '(missing)'}`);
  });
  console.log(`${now.rows.length} inputs checked, ${differences} differences`);
  process.exit(differences === 0 ? 0 : 1);
}
