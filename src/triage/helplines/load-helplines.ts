/**
 * Loads and validates the helplines file. Every problem is reported at once as
 * `file:line:col field: message`; the service refuses to start on a bad file, since a crisis note
 * with a wrong or missing number is worse than a clear start-up error.
 */
import { readFileSync } from 'node:fs';
import { formatFieldPath, parseYamlWithPositions, positionOf } from '../rules/positions';
import { COUNTRY_KEY, helplinesFileSchema, type HelplineDirectory } from './schema';

export class HelplinesError extends Error {
  readonly problems: string[];

  constructor(file: string, problems: string[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(
      [
        `Helplines file ${file} is invalid (${count}):`,
        ...problems.slice(0, 50).map((problem) => `  - ${problem}`),
        'Fix each line above (docs/helplines.md describes every field), or set HELPLINES_FILE to a valid file, then start again.',
      ].join('\n'),
    );
    this.name = 'HelplinesError';
    this.problems = problems;
  }
}

/** Validates helplines YAML; `file` only labels the messages. Throws HelplinesError. */
export function parseHelplines(text: string, file = 'helplines.yaml'): HelplineDirectory {
  const { doc, lines, syntaxErrors } = parseYamlWithPositions(text);
  if (syntaxErrors.length > 0) {
    throw new HelplinesError(file, syntaxErrors.map((error) => `${file}:${error.line}:${error.col} YAML syntax: ${error.message}`));
  }
  const raw: unknown = doc.toJS() ?? {};
  const parsed = helplinesFileSchema.safeParse(raw);
  const countries = typeof raw === 'object' && raw !== null && 'countries' in raw ? raw.countries : null;
  const badKeys = typeof countries === 'object' && countries !== null ? Object.keys(countries).filter((key) => !COUNTRY_KEY.test(key)) : [];
  const keyProblems = badKeys.map((key) => {
    const pos = positionOf(doc, lines, ['countries', key], true);
    return `${file}:${pos.line}:${pos.col} countries.${key}: "${key}" is not a country code: use ISO 3166-1 alpha-2 codes in capitals, e.g. US, GB, DE (quote "NO")`;
  });
  if (!parsed.success || keyProblems.length > 0) {
    const issues = parsed.success ? [] : parsed.error.issues;
    throw new HelplinesError(file, [
      ...keyProblems,
      ...issues.map((issue) => {
        const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
        const pos = positionOf(doc, lines, path, issue.code === 'unrecognized_keys');
        const message = issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')} — check the spelling` : issue.message;
        const field = formatFieldPath(issue.path);
        return `${file}:${pos.line}:${pos.col}${field ? ` ${field}` : ''}: ${message}`;
      }),
    ]);
  }
  return { file, countries: parsed.data.countries, fallback: parsed.data.fallback };
}

/** Reads and validates a helplines file (HELPLINES_FILE, default config/helplines.yaml). */
export function loadHelplines(path: string): HelplineDirectory {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new HelplinesError(path, [`${path}: cannot read the helplines file (${reason}) — check HELPLINES_FILE or restore config/helplines.yaml`]);
  }
  return parseHelplines(text, path);
}
