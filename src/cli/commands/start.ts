import type { Command } from 'commander';

// Placeholder until its issue lands: the command is listed but refuses to run.
export function register(program: Command): void {
  program
    .command('start')
    .description('(not available yet)')
    .action(() => {
      throw new Error('riskdesk start is not available in this build yet');
    });
}
