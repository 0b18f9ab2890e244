/**
 * The worker's one info line per recorded decision, read from real pino output: the fields an
 * operator needs (source, ticket id, intent, risk level, route, outcome) and no PII.
 */
import { Writable } from 'node:stream';
import nock from 'nock';
import { intercomUserCreated, signIntercom, signZendesk, uniqueTicketId, zendeskTicketCreated } from '../helpers/signing';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { INTERCOM_SECRET, startHarness, waitFor, ZD_BASE, ZENDESK_SECRET, type Harness } from './harness';

const lines: string[] = [];
const capture = new Writable({
  write(chunk: Buffer, _encoding, done) {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  },
});

type LogLine = Record<string, unknown>;
const parsed = (): LogLine[] => lines.map((line) => JSON.parse(line) as LogLine);
const decisionLines = (ticketId: string): LogLine[] => parsed().filter((l) => l.msg === 'decision recorded' && l.ticketId === ticketId);

let testDb: TestDb;
let h: Harness;

beforeAll(async () => {
  testDb = await createTestDb('pglite');
  // Zendesk live (credentials), Intercom without credentials: its conversations are decided in shadow.
  h = await startHarness(testDb.db, { LOG_LEVEL: 'info', INTERCOM_ACCESS_TOKEN: '', JOB_ATTEMPTS: '1' }, { logDestination: capture });
}, 90_000);
afterAll(async () => {
  nock.cleanAll();
  await h?.close();
  await testDb?.cleanup();
});

describe('the decision log line', () => {
  it('says source, ticket, intent, risk level, route and outcome once per decision, without the customer’s email, name or words', async () => {
    const conversationId = uniqueTicketId();
    const text = 'I won the auction for the Jordan 1 Chicago but the seller asks me to pay outside the app via Zelle.';
    const accepted = await h.post('/webhooks/intercom', signIntercom(intercomUserCreated({ conversationId, body: `<p>${text}</p>` }), INTERCOM_SECRET));
    expect(accepted.status).toBe(202);
    const [row] = await h.waitForDecisions('intercom', conversationId);
    expect(row?.outcome).toBe('shadow');
    await waitFor(() => decisionLines(conversationId).length > 0, 5000, 'decision log line');

    const logged = decisionLines(conversationId);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      level: 30,
      source: 'intercom',
      ticketId: conversationId,
      intent: row?.intent,
      riskLevel: row?.level,
      route: row?.actions?.route ?? null,
      outcome: 'shadow',
      jobId: expect.any(String),
    });
    const everything = lines.join('\n');
    for (const pii of ['alex.bidder@example.org', 'alex.bidder', 'Alex Bidder', 'Jordan 1 Chicago', 'Zelle', 'outside the app']) {
      expect(everything).not.toContain(pii);
    }
  });

  it('logs the outcome failed when the job gives up, still without PII', async () => {
    const ticketId = uniqueTicketId();
    nock(ZD_BASE).persist().get(/.*/).reply(404, { error: 'RecordNotFound', description: 'Not found' });
    const description = 'My card from seller@cards.example never shipped, order #A-88213.';
    const accepted = await h.post('/webhooks/zendesk', signZendesk(zendeskTicketCreated({ ticketId, description }), ZENDESK_SECRET));
    expect(accepted.status).toBe(202);
    await h.waitForDecisions('zendesk', ticketId);
    await waitFor(() => decisionLines(ticketId).length > 0, 5000, 'failure log line');
    nock.cleanAll();

    const logged = decisionLines(ticketId);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ source: 'zendesk', ticketId, outcome: 'failed', intent: null, riskLevel: null, route: null });
    expect(lines.join('\n')).not.toContain('seller@cards.example');
    expect(lines.join('\n')).not.toContain('never shipped');
  });
});
