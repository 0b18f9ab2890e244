import type { Command } from 'commander';

/** Each CLI subcommand lives in its own file under commands/ and registers itself here. */
export type RegisterCommand = (program: Command) => void;

/** Exit codes shared by every subcommand. */
export const EXIT = { ok: 0, failure: 1, badInput: 2 } as const;
