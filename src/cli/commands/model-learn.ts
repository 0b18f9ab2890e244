/** `riskdesk model train | compare | promote | list`: versioned models trained on the corpus plus the labels. */
import { z } from 'zod';
import { loadProcessConfig } from '../../config/load-process-config';
import { loadLabelledTickets } from '../../triage/classify/evaluation';
import { liveVersion, listModels } from '../../learning/model/model-store';
import { CORPUS_VERSION } from '../../learning/model/learned-model';
import { compareModels, promoteModel, PromotionRefusedError, UnknownModelError, type Comparison, type LabelFigures } from '../../learning/train/compare-models';
import { DEFAULT_HOLDOUT, trainModel } from '../../learning/train/train-model';
import { CliInputError, optionProblems, runCommand, withDb, type BadInputClassifier, type CliIo } from '../cli-io';
import { EXIT } from '../command';
import { assertReadable, badInputMessage } from './triage';

const pct = (value: number | null): string => (value === null ? 'n/a' : `${(value * 100).toFixed(1)}%`);
const versionSchema = z.string().trim().min(1).max(80).regex(/^[A-Za-z0-9._-]+$/, 'is a model version such as m-20261206-031500-ab12 or corpus');

function parse<T>(schema: z.ZodType<T>, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new CliInputError(optionProblems(parsed.error.issues));
  return parsed.data;
}

const trainSchema = z.object({ holdout: z.coerce.number().min(0).max(0.9).optional(), json: z.boolean().optional() });

export async function modelTrainCommand(rawOptions: unknown, io: CliIo): Promise<number> {
  return runCommand('model train', io, async () => {
    const options = parse(trainSchema, rawOptions);
    await withDb(io, loadProcessConfig(io.env, { generateSecrets: false }), 'model train', async (db) => {
      const { metadata } = await trainModel(db, { holdout: options.holdout ?? DEFAULT_HOLDOUT });
      if (options.json) return void io.stdout.write(`${JSON.stringify(metadata, null, 2)}\n`);
      const t = metadata.training;
      const h = metadata.heldOut;
      io.stdout.write(
        [
          `trained ${metadata.version} (not live: promote it with \`riskdesk model promote ${metadata.version}\`)`,
          `  corpus: ${t.corpusIntent} intent and ${t.corpusCrisis} crisis examples; labels: ${t.labelIntent} intent and ${t.labelCrisis} crisis`,
          `  held out: ${h.labels} newest labels${metadata.heldOutFrom ? ` (from ${metadata.heldOutFrom})` : ''}: intent accuracy ${pct(h.intentAccuracy)}, crisis recall ${pct(h.crisisRecall)}, precision ${pct(h.crisisPrecision)}`,
          '',
        ].join('\n'),
      );
    });
  });
}

const figuresLine = (label: string, f: LabelFigures): string =>
  `  ${label.padEnd(40)} labels ${String(f.labels).padStart(4)}  intent ${pct(f.intentAccuracy).padStart(6)}  crisis recall ${pct(f.crisisRecall).padStart(6)}  precision ${pct(f.crisisPrecision).padStart(6)}`;

export function formatComparison(c: Comparison): string {
  const lines = [`compare ${c.new.version} (new) with ${c.current.version} (current)`];
  lines.push(c.heldOutFrom ? `held-out labels (made from ${c.heldOutFrom}):` : 'held-out labels: none (the new model held none out)');
  lines.push(figuresLine(`new ${c.new.version}`, c.heldOutLabels.new), figuresLine(`current ${c.current.version}`, c.heldOutLabels.current));
  lines.push('every crisis / not-a-crisis label (the promotion guard):');
  lines.push(figuresLine(`new ${c.new.version}`, c.crisisLabels.new), figuresLine(`current ${c.current.version}`, c.crisisLabels.current));
  lines.push('labelled sets:                                   intent new / current    crisis recall new / current');
  for (const s of c.sets) {
    lines.push(`  ${s.name.padEnd(36)} ${String(s.new.tickets).padStart(5)}   ${pct(s.new.intentAccuracy).padStart(6)} / ${pct(s.current.intentAccuracy).padEnd(6)}        ${pct(s.new.crisisRecall).padStart(6)} / ${pct(s.current.crisisRecall)}`);
  }
  return `${lines.join('\n')}\n`;
}

const compareSchema = z.object({ json: z.boolean().optional(), eval: z.array(z.string().min(1)).optional() });

export async function modelCompareCommand(newVersion: unknown, currentVersion: unknown, rawOptions: unknown, io: CliIo): Promise<number> {
  return runCommand('model compare', io, async () => {
    const fresh = parse(versionSchema, newVersion);
    const current = currentVersion === undefined ? undefined : parse(versionSchema, currentVersion);
    const options = parse(compareSchema, rawOptions);
    const extra = (options.eval ?? []).map((file) => {
      assertReadable(file);
      return { name: file, tickets: loadLabelledTickets(file) };
    });
    await withDb(io, loadProcessConfig(io.env, { generateSecrets: false }), 'model compare', async (db) => {
      const comparison = await compareModels(db, fresh, current, extra);
      io.stdout.write(options.json ? `${JSON.stringify(comparison, null, 2)}\n` : formatComparison(comparison));
    });
  }, learnBadInput);
}

export async function modelPromoteCommand(version: unknown, io: CliIo): Promise<number> {
  let refused = false;
  const code = await runCommand('model promote', io, async () => {
    const target = parse(versionSchema, version);
    await withDb(io, loadProcessConfig(io.env, { generateSecrets: false }), 'model promote', async (db) => {
      try {
        const p = await promoteModel(db, target, io.env.USER ?? null);
        io.stdout.write(`${p.version} is live (was ${p.previous}); crisis recall on agent labels ${pct(p.crisisRecall.new)} (was ${pct(p.crisisRecall.previous)}). Every process switches within MODEL_POLL_SECONDS.\n`);
      } catch (error) {
        if (!(error instanceof PromotionRefusedError)) throw error;
        refused = true;
        io.stderr.write(`riskdesk model promote: ${error.message}\n`);
      }
    });
  }, learnBadInput);
  return code === EXIT.ok && refused ? EXIT.failure : code;
}

export async function modelListCommand(rawOptions: unknown, io: CliIo): Promise<number> {
  return runCommand('model list', io, async () => {
    const options = parse(z.object({ json: z.boolean().optional() }), rawOptions);
    await withDb(io, loadProcessConfig(io.env, { generateSecrets: false }), 'model list', async (db) => {
      const [live, models] = await Promise.all([liveVersion(db), listModels(db)]);
      if (options.json) return void io.stdout.write(`${JSON.stringify({ live, models }, null, 2)}\n`);
      io.stdout.write(`${live === CORPUS_VERSION ? '* ' : '  '}${CORPUS_VERSION}  the shipped corpus alone\n`);
      for (const m of models) {
        io.stdout.write(`${m.version === live ? '* ' : '  '}${m.version}  ${m.created}  labels ${m.training.labelIntent} intent / ${m.training.labelCrisis} crisis  held-out crisis recall ${pct(m.heldOut.crisisRecall)}\n`);
      }
    });
  });
}

/** An unknown version is bad input (exit 2), like a bad option. */
export const learnBadInput: BadInputClassifier = (error) => {
  if (error instanceof UnknownModelError || error instanceof CliInputError) return error.message;
  return badInputMessage(error);
};
