/** One problem in a rules file, located so an editor can jump to it. */
export interface RulesProblem {
  file: string;
  line: number;
  col: number;
  /** Field path inside the file, e.g. `rules[3].then.route`; empty for file-level problems. */
  field: string;
  message: string;
}

export function formatProblem(problem: RulesProblem): string {
  const where = `${problem.file}:${problem.line}:${problem.col}`;
  return problem.field ? `${where} ${problem.field}: ${problem.message}` : `${where} ${problem.message}`;
}

const MAX_LISTED = 50;

/** Thrown by loadRules/parseRules; the message lists every problem and what to do next. */
export class RulesError extends Error {
  readonly problems: RulesProblem[];
  readonly file: string;

  constructor(file: string, problems: RulesProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    // A broken file (e.g. not YAML at all) can yield hundreds of problems: show the first ones.
    const lines = problems.slice(0, MAX_LISTED).map((problem) => `  - ${formatProblem(problem)}`);
    if (problems.length > MAX_LISTED) lines.push(`  … ${problems.length - MAX_LISTED} more problems (fix the ones above first)`);
    super(
      [
        `Rules file ${file} is invalid (${count}):`,
        ...lines,
        `Fix each line above, then run \`riskdesk rules check ${file}\` until it passes (docs/rules.md describes every field).`,
      ].join('\n'),
    );
    this.name = 'RulesError';
    this.problems = problems;
    this.file = file;
  }
}
