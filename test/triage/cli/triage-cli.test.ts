import { PassThrough, Readable } from 'node:stream';
import { runTriage, type ContextLookup } from '../../../src/triage/decision/run-triage';
import { loadRules } from '../../../src/triage/rules';
import { TicketInputError } from '../../../src/triage/ticket-input';
import type { Ticket } from '../../../src/domain/ticket';
import type { Decision } from '../../../src/triage/types';
import { context } from '../decide/context-fixtures';

const rules = loadRules('config/rules.yaml');

function line(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({ source: 'zendesk', id: '1', channel: 'email', subject: 's', text: 'my package never arrived', requester: { email: 'a@example.com' }, tags: [], ...overrides });
}

async function triage(input: string, contextFor: ContextLookup = async () => context()): Promise<string> {
  const out = new PassThrough();
  const chunks: string[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  await runTriage(Readable.from([input]), out, { rules, contextFor, concurrency: 4 });
  return chunks.join('');
}

async function failure(input: string): Promise<TicketInputError> {
  try {
    await triage(input);
  } catch (error) {
    if (error instanceof TicketInputError) return error;
    throw error;
  }
  throw new Error('expected a TicketInputError');
}

describe('runTriage', () => {
  it('prints one decision per JSON Lines line, in input order, despite uneven lookup times', async () => {
    const ids = Array.from({ length: 30 }, (_, i) => String(i));
    const input = ids.map((id) => line({ id, text: Number(id) % 3 === 0 ? 'someone hacked my account and changed my email' : 'my package never arrived' })).join('\n');
    const seen: string[] = [];
    const out = await triage(`${input}\n\n`, async (ticket) => {
      seen.push(ticket.id);
      await new Promise((resolve) => setTimeout(resolve, (30 - Number(ticket.id)) % 7));
      return context();
    });
    const decisions = out.trim().split('\n').map((l) => JSON.parse(l) as Decision);
    expect(decisions).toHaveLength(30);
    decisions.forEach((d, i) => expect(d.intent).toBe(i % 3 === 0 ? 'account_takeover' : 'item_not_received'));
    expect(seen).toHaveLength(30);
  });

  it('accepts one pretty-printed ticket document and prints one pretty decision', async () => {
    const doc = JSON.stringify(JSON.parse(line()), null, 2);
    const out = await triage(doc);
    const decision = JSON.parse(out) as Decision;
    expect(decision.intent).toBe('item_not_received');
    expect(out.split('\n').length).toBeGreaterThan(10);
  });

  it('decides without risk data when the lookup gives null', async () => {
    const out = await triage(line(), async () => null);
    expect((JSON.parse(out) as Decision).risk.available).toBe(false);
  });

  it('names the line and the field of bad input', async () => {
    const bad = await failure([line(), line({ id: '2' }), line({ source: 'freshdesk' })].join('\n'));
    expect(bad.line).toBe(3);
    expect(bad.field).toBe('source');
    expect(bad.message).toMatch(/^line 3, field source:/);
    const email = await failure(`\n${line({ requester: { email: 'not-an-email' } })}`);
    expect(email.message).toMatch(/^line 2, field requester\.email:/);
    const missing = await failure(line({ text: undefined }));
    expect(missing.field).toBe('text');
  });

  it('rejects invalid JSON, arrays and empty input with a line number', async () => {
    expect((await failure(`${line()}\n{"source": "zendesk",`)).message).toMatch(/^line 2: not valid JSON/);
    expect((await failure(`[\n${line()}\n]`)).message).toContain('JSON array is not accepted');
    expect((await failure('   \n')).message).toContain('empty');
    expect((await failure('{\n  "source": "zendesk",\n  oops\n}')).message).toMatch(/^line 3: not valid JSON/);
  });

  it('normalizes optional fields and numeric ids', async () => {
    const seen: Ticket[] = [];
    await triage(JSON.stringify({ source: 'intercom', id: 42, text: 'hello', requester: { externalId: 7 }, extra: 'ignored' }), async (t) => {
      seen.push(t);
      return null;
    });
    expect(seen[0]).toEqual({ source: 'intercom', id: '42', channel: 'unknown', subject: '', text: 'hello', requester: { externalId: '7' }, tags: [] });
  });
});
