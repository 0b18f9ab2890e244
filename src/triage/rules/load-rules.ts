/**
 * Loads and validates the rules file. Every problem (YAML syntax, schema, cross-references) is
 * collected and thrown at once as a RulesError, each with `file:line:col` and the field path.
 */
import { readFileSync } from 'node:fs';
import type { Document, LineCounter } from 'yaml';
import type { z } from 'zod';
import { collectOwnTags } from './own-tags';
import { crossReferenceProblems, looseView, mappingWarnings } from './cross-refs';
import { formatFieldPath, parseYamlWithPositions, positionOf, type FieldPath } from './positions';
import { RulesError, type RulesProblem } from './rules-error';
import { rulesFileSchema, type RulesFile } from './schema';
import type { Rules } from './types';
import { rulesVersion } from './version';

function describeZodIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return `required field is missing (${issue.message})`;
  return issue.message;
}

function zodProblems(file: string, doc: Document, lines: LineCounter, error: z.ZodError): RulesProblem[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const path: FieldPath = [...issue.path, key];
        return { file, ...positionOf(doc, lines, path, true), field: formatFieldPath(path), message: `unknown field "${key}" — check the spelling (docs/rules.md lists every field)` };
      });
    }
    return [{ file, ...positionOf(doc, lines, issue.path), field: formatFieldPath(issue.path), message: describeZodIssue(issue) }];
  });
}

function build(file: string, content: RulesFile, doc: Document, lines: LineCounter): Rules {
  const ownTags = collectOwnTags(content);
  const ruleLines: Record<string, number> = {};
  content.rules.forEach((rule, index) => {
    ruleLines[rule.id] = positionOf(doc, lines, ['rules', index]).line;
  });
  return {
    version: rulesVersion(content),
    file,
    rules: content.rules,
    lines: ruleLines,
    destinations: content.destinations,
    macros: content.macros,
    defaults: content.defaults,
    crisis: content.crisis,
    warnings: mappingWarnings(content),
    ownTags: () => [...ownTags],
    labelTags: content.labels?.tags ?? {},
  };
}

/** Validates rules YAML text; `file` only labels the messages. Throws RulesError listing every problem. */
export function parseRules(text: string, file = 'rules.yaml'): Rules {
  const { doc, lines, syntaxErrors } = parseYamlWithPositions(text);
  if (syntaxErrors.length > 0) {
    throw new RulesError(file, syntaxErrors.map((error) => ({ file, line: error.line, col: error.col, field: '', message: `YAML syntax: ${error.message}` })));
  }
  const raw: unknown = doc.toJS();
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new RulesError(file, [{ file, line: 1, col: 1, field: '', message: 'the file is empty or not a YAML mapping — start from the default config/rules.yaml' }]);
  }
  const parsed = rulesFileSchema.safeParse(raw);
  const problems = parsed.success ? [] : zodProblems(file, doc, lines, parsed.error);
  const seen = new Set(problems.map((problem) => problem.field));
  for (const ref of crossReferenceProblems(looseView(raw))) {
    const field = formatFieldPath(ref.path);
    if (!seen.has(field)) problems.push({ file, ...positionOf(doc, lines, ref.path), field, message: ref.message });
  }
  problems.sort((a, b) => a.line - b.line || a.col - b.col);
  if (problems.length > 0 || !parsed.success) throw new RulesError(file, problems);
  return build(file, parsed.data, doc, lines);
}

/** Reads and validates a rules file (default: env RULES_FILE, config/rules.yaml). */
export function loadRules(path: string): Rules {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new RulesError(path, [{ file: path, line: 1, col: 1, field: '', message: `cannot read the rules file (${reason}) — check RULES_FILE or the path you passed` }]);
  }
  return parseRules(text, path);
}
