/**
 * `riskdesk incidents [--open] [--json]`, `riskdesk incidents show ID [--json]` and
 * `riskdesk incidents check [FILE]` (validates the incidents file).
 */
import type { Command } from 'commander';
import { z } from 'zod';
import { loadProcessConfig } from '../../config/load-process-config';
import { defaultIncidentsFile, IncidentsConfigError, loadIncidentsConfig } from '../../incidents/config';
import { endingText } from '../../incidents/ending';
import { findIncident, listIncidents } from '../../incidents/incident-store';
import { incidentSentence } from '../../incidents/summary';
import type { Incident } from '../../incidents/types';
import { CliInputError, optionProblems, processIo, runCommand, withDb, type CliIo } from '../cli-io';
import { EXIT } from '../command';

const listSchema = z.object({ open: z.boolean().optional(), json: z.boolean().optional(), limit: z.coerce.number().int().min(1).max(10_000).optional() });
const idSchema = z.string().trim().regex(/^INC-\d{1,12}$/i, 'an incident id looks like INC-00012').transform((id) => id.toUpperCase());

const badInput = (error: unknown): string | null =>
  error instanceof CliInputError || error instanceof IncidentsConfigError ? error.message : null;

function line(incident: Incident): string {
  const ending = endingText(incident);
  return `${incident.id}  ${incident.status.padEnd(8)} ${incident.severity.padEnd(8)} ${incident.entity.type}:${incident.entity.id}  ${incidentSentence(incident)}${ending ? ` · ${ending}` : ''}`;
}

function detail(incident: Incident): string {
  const ending = endingText(incident);
  const rows = [
    `${incident.id} (${incident.status}, severity ${incident.severity})`,
    incidentSentence(incident),
    `entity: ${incident.entity.type} ${incident.entity.id} — ${incident.entity.label}`,
    `covers: ${incident.entities.join(', ')}`,
    `requesters: ${incident.requesterCount} · intents: ${incident.intents.join(', ') || '-'}`,
    `first seen ${incident.firstSeen} · last seen ${incident.lastSeen}`,
    // A merged incident's ending names the incident it went into: no separate "merged into" line.
    ...(ending ? [`ended: ${ending}`] : []),
    'tickets:',
    ...incident.tickets.map((t) => `  ${t.source}/${t.ticket}`),
  ];
  return `${rows.join('\n')}\n`;
}

export async function incidentsListCommand(raw: unknown, io: CliIo = processIo()): Promise<number> {
  return runCommand(
    'incidents',
    io,
    async () => {
      const parsed = listSchema.safeParse(raw);
      if (!parsed.success) throw new CliInputError(optionProblems(parsed.error.issues));
      const options = parsed.data;
      await withDb(io, loadProcessConfig(io.env, { generateSecrets: false }), 'incidents', async (db) => {
        const incidents = await listIncidents(db, { openOnly: options.open ?? false, limit: options.limit ?? 500 });
        if (options.json) io.stdout.write(`${JSON.stringify(incidents, null, 2)}\n`);
        else if (incidents.length === 0) io.stdout.write(options.open ? 'no open incidents\n' : 'no incidents recorded yet\n');
        else for (const incident of incidents) io.stdout.write(`${line(incident)}\n`);
      });
    },
    badInput,
  );
}

export async function incidentsShowCommand(rawId: string, raw: unknown, io: CliIo = processIo()): Promise<number> {
  let found = true;
  const code = await runCommand(
    'incidents',
    io,
    async () => {
      const id = idSchema.safeParse(rawId);
      if (!id.success) throw new CliInputError(`${rawId}: ${id.error.issues[0]?.message ?? 'not an incident id'}`);
      const json = Boolean((raw as { json?: unknown } | null)?.json);
      await withDb(io, loadProcessConfig(io.env, { generateSecrets: false }), 'incidents', async (db) => {
        const incident = await findIncident(db, id.data);
        if (!incident) {
          found = false;
          io.stderr.write(`riskdesk incidents: no incident ${id.data} — list them with \`riskdesk incidents\`\n`);
          return;
        }
        io.stdout.write(json ? `${JSON.stringify(incident, null, 2)}\n` : detail(incident));
      });
    },
    badInput,
  );
  return code === EXIT.ok && !found ? EXIT.failure : code;
}

export async function incidentsCheckCommand(file: string | undefined, io: CliIo = processIo()): Promise<number> {
  return runCommand(
    'incidents',
    io,
    async () => {
      const config = loadProcessConfig(io.env, { generateSecrets: false });
      const path = file ?? config.INCIDENTS_FILE ?? defaultIncidentsFile();
      const settings = loadIncidentsConfig(path);
      io.stdout.write(`${path} is valid: ${settings.minTickets} tickets from distinct requesters within ${settings.windowHours} h; intents ${settings.intents.join(', ')}; entities ${settings.entities.join(', ')}\n`);
    },
    badInput,
  );
}

export function register(program: Command, io: () => CliIo = processIo): void {
  const incidents = program
    .command('incidents')
    .description('list incidents (waves of tickets about one seller, show, tracking number, contact or linked accounts), newest first')
    .option('--open', 'only open incidents')
    .option('--json', 'print a JSON array of incidents (each with id, entity, status, resolvedReason, resolvedAt, resolvedBy, tickets)')
    .option('--limit <n>', 'how many (default 500)')
    .action(async (options: unknown) => {
      const cli = io();
      cli.setExitCode(await incidentsListCommand(options, cli));
    });
  incidents
    .command('show')
    .description('one incident with its tickets and how it ended')
    .argument('<id>', 'incident id, e.g. INC-00012')
    .option('--json', 'print JSON')
    .action(async (id: string, _options: unknown, command: Command) => {
      const cli = io();
      // `incidents` has a --json of its own, which takes `show ID --json`'s: read both.
      cli.setExitCode(await incidentsShowCommand(id, command.optsWithGlobals(), cli));
    });
  incidents
    .command('check')
    .description('validate the incidents file (default INCIDENTS_FILE, config/incidents.yaml)')
    .argument('[file]', 'incidents YAML file')
    .action(async (file: string | undefined) => {
      const cli = io();
      cli.setExitCode(await incidentsCheckCommand(file, cli));
    });
}
