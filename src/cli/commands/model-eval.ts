/** `riskdesk model eval [--since DATE] [--json]`: the recorded decisions against agent labels. */
import { z } from 'zod';
import { loadProcessConfig } from '../../config/load-process-config';
import { formatQuality } from '../../learning/measure/format-quality';
import { recordedQuality } from '../../learning/measure/recorded-quality';
import { sinceSchema } from '../../server/routes/model-quality';
import { CliInputError, optionProblems, runCommand, withDb, type CliIo } from '../cli-io';

const optionsSchema = z.object({ since: sinceSchema.optional(), json: z.boolean().optional() });

export async function modelEvalCommand(rawOptions: unknown, io: CliIo): Promise<number> {
  return runCommand('model eval', io, async () => {
    const parsed = optionsSchema.safeParse(rawOptions);
    if (!parsed.success) throw new CliInputError(optionProblems(parsed.error.issues));
    const { since, json } = parsed.data;
    await withDb(io, loadProcessConfig(io.env, { generateSecrets: false }), 'model eval', async (db) => {
      const report = await recordedQuality(db, since ?? null);
      if (json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else io.stdout.write(formatQuality(report, `riskdesk decisions against agent labels${since ? ` since ${since.toISOString()}` : ''}`));
    });
  });
}
