/**
 * CLI option errors name the flag the user typed (`--job-lock-ms`, not `--jobLockMs`), and the
 * commands that run outside runCommand report them the same way: one line, exit code 2, no work.
 */
import { z } from 'zod';
import { optionProblems, parseCommandOptions } from '../src/cli/cli-io';
import { EXIT } from '../src/cli/command';

const schema = z.object({ jobLockMs: z.coerce.number().int().min(1000), limit: z.coerce.number().int().max(10) });

describe('CLI option errors', () => {
  it('name every bad option by its kebab-case flag', () => {
    const parsed = schema.safeParse({ jobLockMs: '5', limit: '99' });
    expect(parsed.success).toBe(false);
    const line = optionProblems(parsed.success ? [] : parsed.error.issues);
    expect(line).toMatch(/^--job-lock-ms: .*>=1000.*; --limit: .*<=10/);
  });

  it('parseCommandOptions returns the options, or reports on stderr with exit code 2 and returns nothing', () => {
    const errors: string[] = [];
    const spy = jest.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
    const before = process.exitCode;
    try {
      expect(parseCommandOptions('work', schema, { jobLockMs: '3000', limit: '2' })).toEqual({ jobLockMs: 3000, limit: 2 });
      expect(process.exitCode).toBe(before);
      expect(parseCommandOptions('work', schema, { jobLockMs: '5', limit: '2' })).toBeUndefined();
      expect(process.exitCode).toBe(EXIT.badInput);
      expect(errors).toEqual([expect.stringMatching(/^riskdesk work: --job-lock-ms: /)]);
    } finally {
      spy.mockRestore();
      process.exitCode = before;
    }
  });
});
