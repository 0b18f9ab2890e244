/**
 * The cheap gate `mayBeCrisis` is a proven superset of what the full detector flags in EITHER
 * tier: by construction (detector.ts returns "no crisis" when it is false; both read each part of
 * the message apart, and the model reads only windows around danger cues and lexical-gate
 * sentences the gate also finds) and here over every shipped ticket and corpus
 * line, as written and inside an email.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectCrisis, mayBeCrisis } from '../../../src/triage/crisis';
import { analyze } from '../../../src/triage/crisis/analyze';
import { allCues, hasDangerCue } from '../../../src/triage/crisis/cue-scan';
import { crisisFold } from '../../../src/triage/crisis/crisis-fold';
import { messageParts } from '../../../src/triage/crisis/message-parts';
import { getCrisisModel } from '../../../src/triage/crisis/model-training';

const ROOT = join(__dirname, '..', '..', '..');
const DIRS = [join(ROOT, 'data'), join(ROOT, 'data', 'crisis'), join(ROOT, 'data', 'eval'), join(ROOT, 'test', 'fixtures')];

function shippedTexts(): string[] {
  const out: string[] = [];
  for (const dir of DIRS) {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.jsonl'))) {
      for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const row = JSON.parse(line) as { subject?: string; text?: string };
        out.push(row.subject !== undefined && row.subject !== '' ? `${row.subject}\n${row.text ?? ''}` : (row.text ?? ''));
      }
    }
  }
  return out;
}

/** The tuning batches (data/eval/): written apart from the corpus the gate is trained on. */
function evalTickets(): Array<{ text: string; crisis: boolean; hardNegative?: boolean }> {
  const dir = join(ROOT, 'data', 'eval');
  return readdirSync(dir)
    .filter((n) => n.endsWith('.jsonl'))
    .flatMap((name) => readFileSync(join(dir, name), 'utf8').split('\n').filter((line) => line.trim() !== ''))
    .map((line) => JSON.parse(line) as { subject?: string; text: string; crisis: boolean; hardNegative?: boolean })
    .map((row) => ({ ...row, text: `${row.subject ?? ''}\n${row.text}` }));
}

const email = (text: string): string =>
  `Hi team,\n\n${text}\n\nOrder #WN-48213977, tracking 9400 1000 0000 0000 0001.\nBest regards,\nSam\n\n> Thanks for reaching out! We will get back to you within 24 hours.`;

describe('mayBeCrisis is a superset of both tiers', () => {
  const texts = shippedTexts();

  it('reads thousands of shipped lines', () => {
    expect(texts.length).toBeGreaterThan(3000);
  });

  it('no shipped ticket or corpus line is flagged (crisis or review) while the gate is shut, as written or in an email', () => {
    const violations: string[] = [];
    for (const text of [...texts, ...texts.slice(0, 1500).map(email)]) {
      if (mayBeCrisis(text)) continue;
      const r = detectCrisis(text);
      if (r.crisis || r.crisisReview || r.category !== null) violations.push(text.slice(0, 80));
    }
    expect(violations).toEqual([]);
  });

  it('the gate is shut on most ordinary tickets it never learnt from, and open on every line the model would read', () => {
    expect(mayBeCrisis('Hi, thanks!')).toBe(false);
    const ordinary = evalTickets().filter((t) => !t.crisis && t.hardNegative !== true);
    const open = ordinary.filter((t) => mayBeCrisis(t.text)).length;
    expect(ordinary.length).toBeGreaterThan(200);
    expect(open / ordinary.length).toBeLessThan(0.5);
    const gate = getCrisisModel().gate;
    expect(gate).toBeDefined();
    for (const text of texts.slice(0, 2000)) {
      const read = messageParts(text).some((part) => analyze(part, { gate }).windows.length > 0);
      if (read) expect(mayBeCrisis(text)).toBe(true);
    }
  });

  it("the gate's danger cues are the model's danger cues: every listed cue opens it", () => {
    const shut = allCues().filter((cue) => !cue.startsWith('re:') && !hasDangerCue(crisisFold(` ${cue} `)));
    expect(shut).toEqual([]);
  });
});
