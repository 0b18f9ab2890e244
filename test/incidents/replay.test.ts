/**
 * A wave replayed with `triage --record` semantics (recordTriage) on both databases, then read
 * back through the incidents CLI.
 */
import { PassThrough, Readable } from 'node:stream';
import { Command } from 'commander';
import type { CliIo } from '../../src/cli/cli-io';
import { register as registerIncidents } from '../../src/cli/commands/incidents';
import { loadIncidentsConfig } from '../../src/incidents/config';
import { recordTriage } from '../../src/incidents/record-triage';
import type { Incident } from '../../src/incidents/types';
import { buildRiskContext } from '../../src/risk/build-context';
import { loadRiskConfig } from '../../src/risk/config';
import type { Db, Queryable } from '../../src/store/db';
import { loadRules } from '../../src/triage/rules';
import type { Decision } from '../../src/triage/types';
import { describeEachDb } from '../helpers/test-db';

const NOW = new Date();
const daysAgo = (days: number): Date => new Date(NOW.getTime() - days * 86_400_000);
const T0 = Date.parse('2026-11-20T20:00:00Z');
const at = (hours: number): string => new Date(T0 + hours * 3_600_000).toISOString();

async function seedWave(db: Queryable): Promise<void> {
  const users: Array<[string, string, boolean]> = [['w-seller', 'friday_breaker', true]];
  for (let k = 1; k <= 6; k += 1) users.push([`w-buyer${k}`, `wave_buyer_${k}`, false]);
  for (const [id, username, seller] of users) {
    await db.query(
      `INSERT INTO users (id, email, username, created_at, country, email_verified, phone_verified, id_verified, status, is_seller)
       VALUES ($1, $2, $3, $4, 'US', true, true, true, 'active', $5)`,
      [id, `${username}@wave.example`, username, daysAgo(400), seller],
    );
  }
  await db.query(`INSERT INTO shows (id, seller_id, title, started_at, ended_at) VALUES ('SH-77', 'w-seller', 'Friday Night Breaks', $1, $2)`, [daysAgo(10), daysAgo(10)]);
  for (let k = 1; k <= 6; k += 1) {
    await db.query(
      `INSERT INTO orders (id, buyer_id, seller_id, show_id, title, category, amount_cents, currency, status, created_at)
       VALUES ($1, $2, 'w-seller', 'SH-77', 'Mystery break slot', 'trading_cards', 68700, 'USD', 'paid', $3)`,
      [`WN-7200000${k}`, `w-buyer${k}`, daysAgo(10)],
    );
  }
}

const ticket = (id: number, buyer: number, hours: number): object => ({
  source: id % 2 === 0 ? 'intercom' : 'zendesk',
  id: `w${id}`,
  channel: 'email',
  subject: 'Never arrived',
  text: `My order WN-7200000${buyer} from the Friday show never arrived and the seller stopped answering.`,
  requester: { externalId: `w-buyer${buyer}` },
  createdAt: at(hours),
});

describeEachDb('replaying a wave with --record', (ctx) => {
  const rules = loadRules('config/rules.yaml');
  const riskConfig = loadRiskConfig('config/risk.yaml');
  const incidents = loadIncidentsConfig('config/incidents.yaml');
  beforeAll(async () => seedWave(ctx.db()));

  async function replay(lines: object[]): Promise<Decision[]> {
    const out = new PassThrough();
    const chunks: string[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
    const contextFor = async (t: { requester: object; subject: string; text: string }) => buildRiskContext(ctx.db(), { requester: t.requester, subject: t.subject, text: t.text }, { config: riskConfig, now: NOW });
    const warnings: string[] = [];
    await recordTriage(Readable.from([lines.map((l) => JSON.stringify(l)).join('\n')]), out, {
      db: ctx.db(),
      rules,
      incidents,
      contextFor,
      spikes: { logger: { warn: (_f, message) => warnings.push(message) } },
    });
    return chunks.join('').trim().split('\n').map((l) => JSON.parse(l) as Decision);
  }

  async function cli(db: Db, args: string[]): Promise<{ code: number | undefined; stdout: string; stderr: string }> {
    const run = { code: undefined as number | undefined, stdout: '', stderr: '' };
    const io: CliIo = { env: {}, stdout: { write: (t: string) => (run.stdout += t) }, stderr: { write: (t: string) => (run.stderr += t), isTTY: false }, setExitCode: (c) => (run.code = c), db };
    const program = new Command('riskdesk').exitOverride();
    registerIncidents(program, () => io);
    await program.parseAsync(['node', 'riskdesk', ...args]);
    return run;
  }

  it('decides in file order, opens one incident at the third distinct requester and records everything', async () => {
    // Buyer 1 writes twice: the second ticket does not count as a new requester.
    const lines = [ticket(1, 1, 0), ticket(2, 1, 1), ticket(3, 2, 2), ticket(4, 3, 3), ticket(5, 4, 5), ticket(6, 5, 9), ticket(7, 6, 18)];
    const decisions = await replay(lines);
    expect(decisions.map((d) => d.intent)).toEqual(Array(7).fill('item_not_received'));
    expect(decisions.slice(0, 3).map((d) => d.incident)).toEqual([null, null, null]);
    const incident = decisions[3]?.incident;
    expect(incident).toMatchObject({ entity: { type: 'show', id: 'SH-77', label: "@friday_breaker's show 'Friday Night Breaks'" }, ticketCount: 4 });
    expect(decisions[6]?.incident).toMatchObject({ id: incident?.id, ticketCount: 7, firstSeen: at(0), lastSeen: at(18), amountCents: 7 * 68_700 });
    expect(decisions[6]?.note).toContain(`7 tickets in 18 h about @friday_breaker&#39;s show &#39;Friday Night Breaks&#39;, $4,809 at stake — ${incident?.id}`);
    expect(decisions[6]?.actions.tags).toEqual(expect.arrayContaining(['riskdesk_incident', `riskdesk_incident_${(incident?.id ?? '').toLowerCase().replace('-', '_')}`]));
    const recorded = await ctx.db().query<{ n: number }>(`SELECT count(*)::int AS n FROM decision_audit WHERE outcome = 'shadow' AND outcome_detail = 'recorded' AND ticket_id LIKE 'w%'`);
    expect(recorded.rows[0]?.n).toBe(7);

    // Replaying the same file again records nothing twice.
    await replay(lines);
    expect((await ctx.db().query<{ n: number }>(`SELECT count(*)::int AS n FROM decision_audit WHERE ticket_id LIKE 'w%'`)).rows[0]?.n).toBe(7);

    const listed = await cli(ctx.db(), ['incidents', '--open', '--json']);
    expect(listed.code).toBe(0);
    const all = JSON.parse(listed.stdout) as Incident[];
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ id: incident?.id, status: 'open', entity: { type: 'show', id: 'SH-77' } });
    expect(all[0]?.tickets).toEqual(lines.map((l) => ({ source: (l as { source: string }).source, ticket: (l as { id: string }).id })));

    const shown = await cli(ctx.db(), ['incidents', 'show', incident?.id ?? '']);
    expect(shown.stdout).toContain("7 tickets in 18 h about @friday_breaker's show 'Friday Night Breaks'");
    expect(shown.stdout).toContain('  intercom/w2');
    const missing = await cli(ctx.db(), ['incidents', 'show', 'INC-99999']);
    expect(missing.code).toBe(1);
    const bad = await cli(ctx.db(), ['incidents', 'show', 'nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('an incident id looks like INC-00012');
  });
});
