import { PassThrough, Readable } from 'node:stream';
import { runTriage } from '../../../src/triage/decision/run-triage';
import { loadHelplines } from '../../../src/triage/helplines';
import { loadRules } from '../../../src/triage/rules';
import type { Decision } from '../../../src/triage/types';
import { context } from '../decide/context-fixtures';
import { review } from './tier-fixtures';

const rules = loadRules('config/rules.yaml');
const helplines = loadHelplines('config/helplines.yaml');

async function triage(input: string): Promise<Decision[]> {
  const out = new PassThrough();
  const chunks: string[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  await runTriage(Readable.from([input]), out, { rules, contextFor: async () => context({ requester: null }), concurrency: 2, decideOptions: { helplines, detectCrisis: review('domestic_abuse') } });
  return chunks.join('').trim().split('\n').map((l) => JSON.parse(l) as Decision);
}

describe('riskdesk triage output', () => {
  it('prints crisisReview, crisisCategory and the helplines chosen from the ticket locale', async () => {
    const line = JSON.stringify({ source: 'intercom', id: '9', text: 'please cancel before he sees the parcel', locale: 'es-ES' });
    const [d] = await triage(line);
    expect(d).toMatchObject({ crisis: false, crisisReview: true, crisisCategory: 'domestic_abuse' });
    expect(d?.helplines).toMatchObject({ country: 'ES', basis: 'locale', emergency: '112', fallback: false });
    expect(d?.helplines?.lines[0]?.contact).toMatch(/^016/);
    expect(d?.actions.route).toBe('trust_safety_senior');
  });

  it('refuses a locale that is not a short tag, naming the field', async () => {
    await expect(triage(JSON.stringify({ source: 'zendesk', id: '1', text: 'x', locale: 'x'.repeat(40) }))).rejects.toThrow(/line 1, field locale: locale is a BCP 47 tag/);
  });
});
