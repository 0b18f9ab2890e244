/**
 * config/incidents.yaml (or INCIDENTS_FILE): when tickets form an incident, how severe it is and
 * what counts as a spike. Validated like the rules file: every problem at once, as file:line:col.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { formatFieldPath, parseYamlWithPositions, positionOf } from '../triage/rules/positions';
import { INTENTS } from '../triage/types';
import { ENTITY_TYPES } from './types';

const positive = z.number().positive();
const ladder = z
  .strictObject({ medium: z.number().min(0), high: z.number().min(0), critical: z.number().min(0) })
  .refine((l) => l.medium <= l.high && l.high <= l.critical, 'thresholds must not decrease: medium ≤ high ≤ critical');

export const incidentsConfigSchema = z.strictObject({
  minTickets: z.number().int('a whole number of tickets').min(2, 'an incident needs at least 2 tickets'),
  windowHours: positive.max(24 * 90, 'at most 90 days (2160 hours)'),
  intents: z.array(z.enum(INTENTS)).min(1, 'list at least one intent'),
  entities: z.array(z.enum(ENTITY_TYPES)).min(1, 'list at least one entity kind').default([...ENTITY_TYPES]),
  severity: z.strictObject({ tickets: ladder, amount: ladder, riskScore: ladder, levels: ladder }),
  spikes: z.strictObject({
    windowHours: positive,
    baselineDays: positive,
    minTickets: z.number().int().min(1),
    multiplier: z.number().min(1, 'a spike is at least the baseline (multiplier ≥ 1)'),
  }),
});

export type IncidentsConfig = z.infer<typeof incidentsConfigSchema>;

export const DEFAULT_INCIDENTS_FILE = 'config/incidents.yaml';

export class IncidentsConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super([`Incidents file ${file} is invalid (${count}):`, ...problems.map((p) => `  - ${p}`), 'Fix each line above (docs/incidents.md describes every field).'].join('\n'));
    this.name = 'IncidentsConfigError';
  }
}

/** Validates incidents YAML text; `file` only labels the messages. */
export function parseIncidentsConfig(text: string, file = 'incidents.yaml'): IncidentsConfig {
  const { doc, lines, syntaxErrors } = parseYamlWithPositions(text);
  if (syntaxErrors.length > 0) {
    throw new IncidentsConfigError(file, syntaxErrors.map((error) => `${file}:${error.line}:${error.col} YAML syntax: ${error.message}`));
  }
  const raw: unknown = doc.toJS();
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new IncidentsConfigError(file, [`${file}:1:1 the file is empty or not a YAML mapping — start from the default config/incidents.yaml`]);
  }
  const parsed = incidentsConfigSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new IncidentsConfigError(
    file,
    parsed.error.issues.flatMap((issue) => {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [null];
      return keys.map((key) => {
        const path = key === null ? issue.path : [...issue.path, key];
        const pos = positionOf(doc, lines, path, key !== null);
        const message = key === null ? issue.message : `unknown field "${key}" — check the spelling`;
        return `${file}:${pos.line}:${pos.col} ${formatFieldPath(path) || '(file)'}: ${message}`;
      });
    }),
  );
}

/** The default file: the working directory's, else the installed package's. */
export function defaultIncidentsFile(): string {
  const local = resolve(DEFAULT_INCIDENTS_FILE);
  if (existsSync(local)) return local;
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, DEFAULT_INCIDENTS_FILE);
  }
  return local;
}

/** Reads and validates the incidents file (INCIDENTS_FILE, else config/incidents.yaml). */
export function loadIncidentsConfig(path: string = defaultIncidentsFile()): IncidentsConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new IncidentsConfigError(path, [`${path}:1:1 cannot read the incidents file (${reason}) — check INCIDENTS_FILE or the path you passed`]);
  }
  return parseIncidentsConfig(text, path);
}
