import type { z } from 'zod';
import { ConfigError } from '../config/config-error';
import type { Config } from '../config/load-config';
import { RiskConfigError } from '../risk/config';
import type { Db } from '../store/db';
import { openCliStore } from '../runtime/open-cli-store';
import { ImportError } from '../store/import/import-file';
import { StoreUnavailableError } from '../store/store-errors';
import { EXIT } from './command';

/**
 * What a data command touches outside itself: environment, output streams, exit code and
 * (optionally) an already-open database. The real process supplies `processIo()`; tests supply
 * captured streams and their own database, and drive the same code.
 */
export interface CliIo {
  env: Record<string, string | undefined>;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  setExitCode(code: number): void;
  /** An open database to use as is (and leave open) instead of the one the environment names. */
  db?: Db;
}

export function processIo(): CliIo {
  return {
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    setExitCode: (code) => {
      process.exitCode = code;
    },
  };
}

/** Bad command-line input: reported on stderr with exit code 2, nothing changed. */
export class CliInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliInputError';
  }
}

// Errors that mean "the input (options, file, environment, config) is wrong": exit 2, no stack.
const BAD_INPUT = [CliInputError, ConfigError, ImportError, RiskConfigError];

/** The message of a bad-input error (exit 2), or null when the error is something else. */
export type BadInputClassifier = (error: unknown) => string | null;

const knownBadInput: BadInputClassifier = (error) => (BAD_INPUT.some((type) => error instanceof type) ? (error as Error).message : null);

/**
 * Runs a command body and turns its outcome into an exit code, in one place: 0 when it
 * resolves, 2 with `riskdesk <name>: message` for bad input, 1 with `riskdesk <name>: message`
 * when the database cannot be used (in use, damaged, its service not answering). Anything else
 * is a bug or an outage and propagates (the process prints it and exits non-zero).
 */
export async function runCommand(name: string, io: CliIo, body: () => Promise<void>, badInput: BadInputClassifier = knownBadInput): Promise<number> {
  try {
    await body();
    return EXIT.ok;
  } catch (error) {
    if (error instanceof StoreUnavailableError) {
      io.stderr.write(`riskdesk ${name}: ${error.message}\n`);
      return EXIT.failure;
    }
    const message = badInput(error);
    if (message === null) throw error;
    io.stderr.write(`riskdesk ${name}: ${message}\n`);
    return EXIT.badInput;
  }
}

/**
 * Runs `work` on the injected database, or on the one the configuration names, opened the one way
 * every command opens it (src/runtime/open-cli-store.ts), and closes it after. `command` is the
 * subcommand's name, shown to any process that finds the database in use.
 */
export async function withDb<T>(io: CliIo, config: Config, command: string, work: (db: Db) => Promise<T>): Promise<T> {
  if (io.db) return work(io.db);
  const db = await openCliStore(config, `riskdesk ${command}`);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/** commander's camelCase option key as the flag the user typed: `jobLockMs` → `job-lock-ms`. */
const flagName = (key: string): string => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** zod issues of CLI options as one line, e.g. `--job-lock-ms: Too small: expected number to be >=1000`. */
export function optionProblems(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  return issues.map((i) => (i.path.length > 0 ? `--${i.path.map((key) => flagName(String(key))).join('.')}: ${i.message}` : i.message)).join('; ');
}

/**
 * Parses a command's options for the commands that run outside `runCommand` (they hold Redis or a
 * worker): bad options are reported as `riskdesk <name>: --flag: problem`, exit code 2, and
 * undefined is returned so the command does nothing.
 */
export function parseCommandOptions<T>(name: string, schema: z.ZodType<T>, raw: unknown): T | undefined {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  console.error(`riskdesk ${name}: ${optionProblems(parsed.error.issues)}`);
  process.exitCode = EXIT.badInput;
  return undefined;
}

