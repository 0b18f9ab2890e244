/**
 * The database cannot be used right now. The message says why and what to do in one line: the
 * CLI prints it as `riskdesk <command>: …` and exits 1, the service logs it and stops.
 */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}

const NOT_DAMAGE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EMFILE', 'ENFILE', 'ENOTDIR']);

/** PGlite could not open an embedded data directory that is there: its files are damaged. */
export class EmbeddedDbDamagedError extends StoreUnavailableError {
  override name = 'EmbeddedDbDamagedError';

  constructor(
    readonly dataDir: string,
    readonly reason: string,
  ) {
    super(
      `the embedded database in ${dataDir} is damaged and cannot be opened (${reason.replace(/\s*Build with -sASSERTIONS for more info\.?/, '')}): ` +
        'run `riskdesk reset` to wipe the directory and start with an empty database (its data is lost), or restore the directory from a backup',
    );
  }

  /** Whether an error from opening the directory means damage (not, say, missing permissions). */
  static isDamage(error: unknown): boolean {
    const code = (error as { code?: unknown } | null)?.code;
    return !(typeof code === 'string' && NOT_DAMAGE.has(code));
  }
}

/** The first line of an error's message, for one-line reports. */
export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]?.trim() || (error instanceof Error ? error.name : 'unknown error');
}
