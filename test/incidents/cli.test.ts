/**
 * `riskdesk incidents` and `riskdesk incidents show ID`, text and --json: how and when each
 * incident ended — solved in the helpdesk (by whom when known), expired, merged — and nothing for
 * an open one. Incidents are formed and ended by the real code on both databases.
 */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import type { CliIo } from '../../src/cli/cli-io';
import { register as registerIncidents } from '../../src/cli/commands/incidents';
import { parseIncidentsConfig } from '../../src/incidents/config';
import { formIncident } from '../../src/incidents/form-incident';
import { applyHelpdeskStatus } from '../../src/incidents/helpdesk-status';
import type { Incident, TicketEntity } from '../../src/incidents/types';
import type { HelpdeskSource } from '../../src/domain/ticket';
import type { Db } from '../../src/store/db';
import { describeEachDb } from '../helpers/test-db';

const config = parseIncidentsConfig(readFileSync('config/incidents.yaml', 'utf8'));
const T0 = Date.parse('2026-11-20T10:00:00Z');
const at = (hours: number): Date => new Date(T0 + hours * 3_600_000);
const iso = (hours: number): string => at(hours).toISOString();

const contact = (id: string): TicketEntity => ({ type: 'contact', id, label: `Venmo @${id}`, group: `contact:${id}` });
const show = (id: string, group: string): TicketEntity => ({ type: 'show', id, label: `@seller's show '${id}'`, group });
const seller = (id: string, group: string): TicketEntity => ({ type: 'seller', id, label: `@${id}`, group });

interface Run {
  code: number | undefined;
  stdout: string;
  stderr: string;
}

async function cli(db: Db, args: string[]): Promise<Run> {
  const run: Run = { code: undefined, stdout: '', stderr: '' };
  const io: CliIo = { env: {}, stdout: { write: (t: string) => (run.stdout += t) }, stderr: { write: (t: string) => (run.stderr += t), isTTY: false }, setExitCode: (c) => (run.code = c), db };
  const program = new Command('riskdesk').exitOverride();
  registerIncidents(program, () => io);
  await program.parseAsync(['node', 'riskdesk', ...args]);
  return run;
}

describeEachDb('riskdesk incidents: how an incident ended', (ctx) => {
  let n = 0;
  const ids = { solved: '', solvedAnon: '', expired: '', mergedAway: '', mergedTarget: '', open: '' };

  async function place(entities: TicketEntity[], hours: number, source: HelpdeskSource = 'zendesk'): Promise<string> {
    n += 1;
    const placed = await formIncident(ctx.db(), { source, ticketId: `c${n}`, requesterKey: `user:c${n}`, intent: 'scam_off_platform', entities, amountCents: 0, currency: null, riskScore: 0, at: at(hours) }, config);
    return placed?.id ?? '';
  }

  async function wave(entity: (k: number) => TicketEntity[], hours: number[], source?: HelpdeskSource): Promise<string> {
    let id = '';
    for (const [k, h] of hours.entries()) id = await place(entity(k), h, source);
    if (!id) throw new Error('the wave formed no incident');
    return id;
  }

  async function solve(id: string, source: HelpdeskSource, vendorId: string, hours: number, actorId?: string): Promise<void> {
    await ctx.db().query("INSERT INTO incident_links (incident_id, source, vendor_id, state) VALUES ($1, $2, $3, 'created')", [id, source, vendorId]);
    const outcome = await applyHelpdeskStatus(ctx.db(), { source, ticketId: vendorId, status: source === 'zendesk' ? 'solved' : 'resolved', at: iso(hours), ...(actorId ? { actorId } : {}) });
    expect(outcome).toEqual({ incidentId: id, change: 'resolved' });
  }

  beforeAll(async () => {
    await ctx.db().query('TRUNCATE incident_hits, incidents, incident_entities, incident_tickets, incident_links');
    ids.solved = await wave(() => [contact('solved')], [0, 0.1, 0.2]);
    await solve(ids.solved, 'zendesk', '9101', 0.5, '7700');
    ids.solvedAnon = await wave(() => [contact('tracker')], [1, 1.1, 1.2], 'intercom');
    await solve(ids.solvedAnon, 'intercom', '626', 1.5);
    // Last ticket at 2 h; the next one comes 73 h later, after the 72 h window ran out at 74 h.
    ids.expired = await wave(() => [contact('quiet')], [0, 1, 2]);
    expect(await place([contact('quiet')], 75)).toBe('');
    // A show's incident and its seller's, bridged by one ticket naming both: the younger merges away.
    ids.mergedTarget = await wave((k) => [show('SH-C', `order:c${k}`)], [3, 3.1, 3.2]);
    ids.mergedAway = await wave(() => [seller('U7', 'party:U7')], [4, 4.1, 4.2]);
    expect(await place([show('SH-C', 'order:c9'), seller('U7', 'order:c9')], 5)).toBe(ids.mergedTarget);
    ids.open = await wave(() => [contact('open')], [6, 6.1, 6.2]);
  });

  it('the list says how and when each ended, in text and JSON', async () => {
    const text = await cli(ctx.db(), ['incidents']);
    expect(text.code).toBe(0);
    const lines = text.stdout.trim().split('\n');
    const lineOf = (id: string): string => lines.find((l) => l.startsWith(`${id} `)) ?? `(no line for ${id})`;
    expect(lineOf(ids.solved)).toMatch(new RegExp(`^${ids.solved}  resolved .* — ${ids.solved} · solved in the helpdesk at ${iso(0.5)} by helpdesk user 7700$`));
    expect(lineOf(ids.solvedAnon)).toMatch(new RegExp(`— ${ids.solvedAnon} · solved in the helpdesk at ${iso(1.5)}$`));
    expect(lineOf(ids.expired)).toMatch(new RegExp(`— ${ids.expired} · expired at ${iso(74)} \\(no new ticket within the window\\)$`));
    expect(lineOf(ids.open)).toMatch(new RegExp(`^${ids.open}  open .* — ${ids.open}$`));
    // Merged-away incidents are left out of the list, as before.
    expect(lines.some((l) => l.startsWith(`${ids.mergedAway} `))).toBe(false);

    const json = await cli(ctx.db(), ['incidents', '--json']);
    const byId = new Map((JSON.parse(json.stdout) as Incident[]).map((i) => [i.id, i]));
    expect(byId.get(ids.solved)).toMatchObject({ status: 'resolved', resolvedReason: 'solved_in_helpdesk', resolvedAt: iso(0.5), resolvedBy: '7700' });
    expect(byId.get(ids.solvedAnon)).toMatchObject({ status: 'resolved', resolvedReason: 'solved_in_helpdesk', resolvedAt: iso(1.5), resolvedBy: null });
    expect(byId.get(ids.expired)).toMatchObject({ status: 'resolved', resolvedReason: 'expired', resolvedAt: iso(74), resolvedBy: null });
    expect(byId.get(ids.open)).toMatchObject({ status: 'open', resolvedReason: null, resolvedAt: null, resolvedBy: null });
    const open = JSON.parse((await cli(ctx.db(), ['incidents', '--open', '--json'])).stdout) as Incident[];
    expect(open.map((i) => i.id).sort()).toEqual([ids.mergedTarget, ids.open].sort());
  });

  it('show says how and when one ended, in text and JSON', async () => {
    const solved = await cli(ctx.db(), ['incidents', 'show', ids.solved]);
    expect(solved.code).toBe(0);
    expect(solved.stdout).toContain(`\nended: solved in the helpdesk at ${iso(0.5)} by helpdesk user 7700\ntickets:\n`);
    expect((await cli(ctx.db(), ['incidents', 'show', ids.expired])).stdout).toContain(`\nended: expired at ${iso(74)} (no new ticket within the window)\n`);
    const merged = await cli(ctx.db(), ['incidents', 'show', ids.mergedAway.toLowerCase()]);
    expect(merged.stdout).toContain(`\nended: merged into ${ids.mergedTarget} at ${iso(5)}\n`);
    expect(merged.stdout).not.toContain('\nmerged into');
    const open = await cli(ctx.db(), ['incidents', 'show', ids.open]);
    expect(open.stdout).toContain(`${ids.open} (open, severity`);
    expect(open.stdout).not.toContain('ended:');

    const json = JSON.parse((await cli(ctx.db(), ['incidents', 'show', ids.mergedAway, '--json'])).stdout) as Incident;
    expect(json).toMatchObject({ id: ids.mergedAway, status: 'resolved', mergedInto: ids.mergedTarget, resolvedReason: 'merged', resolvedAt: iso(5), resolvedBy: null });
    const openJson = JSON.parse((await cli(ctx.db(), ['incidents', 'show', ids.open, '--json'])).stdout) as Incident;
    expect(openJson).toMatchObject({ status: 'open', resolvedReason: null, resolvedAt: null, resolvedBy: null });
  });

  it('an ending it cannot tell (a stored reason this version does not know, no time) still reads as resolved', async () => {
    await ctx.db().query("UPDATE incidents SET resolved_reason = 'archived_by_hand', resolved_at = NULL WHERE id = $1", [ids.expired]);
    const json = JSON.parse((await cli(ctx.db(), ['incidents', 'show', ids.expired, '--json'])).stdout) as Incident;
    expect(json).toMatchObject({ status: 'resolved', resolvedReason: null, resolvedAt: null });
    expect((await cli(ctx.db(), ['incidents', 'show', ids.expired])).stdout).toContain('\nended: resolved\n');
  });
});
