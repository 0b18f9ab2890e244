/** Start-up configuration problems, all of them at once, each with how to fix it. */
export class ConfigError extends Error {
  constructor(
    readonly problems: string[],
    source = 'environment',
  ) {
    super(`riskdesk cannot start: ${problems.length} problem(s) in the ${source}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}
