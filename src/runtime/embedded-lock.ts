/**
 * An embedded (PGlite) data directory is opened by ONE process only: the service, or a CLI
 * command when no service runs. This lock file (pid and command of its holder) makes any other
 * process learn at once who has it, instead of opening the files a second time and corrupting
 * them. A lock whose process is gone is taken over.
 */
import { closeSync, linkSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { StoreUnavailableError } from '../store/store-errors';

export const LOCK_FILE = 'riskdesk-process.lock';

export interface LockHolder {
  pid: number;
  /** What the holder runs, e.g. `riskdesk start` or `riskdesk import`. */
  command: string;
}

const holderSchema = z.object({ pid: z.number().int().positive(), command: z.string().min(1).max(200) });

/** Commands that keep the database open and serve it to the CLI (see open-store.ts). */
export const SERVICE_COMMANDS: readonly string[] = ['riskdesk start', 'riskdesk work'];

export class EmbeddedDbInUseError extends StoreUnavailableError {
  override name = 'EmbeddedDbInUseError';

  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
    advice?: string,
  ) {
    super(`the embedded database in ${dataDir} is open in process ${holder.pid} (${holder.command}): ${advice ?? defaultAdvice(holder)}`);
  }
}

function defaultAdvice(holder: LockHolder): string {
  if (SERVICE_COMMANDS.includes(holder.command)) {
    return 'a riskdesk service already owns it — stop that process first, or set DATABASE_URL to a PostgreSQL database to run several riskdesk processes';
  }
  return 'only one process may open it — wait for that command to finish (or stop it), then try again';
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function parseHolder(text: string): LockHolder | null {
  const trimmed = text.trim();
  // A bare pid: the lock format of earlier versions.
  if (/^\d+$/.test(trimmed)) return { pid: Number(trimmed), command: 'riskdesk' };
  try {
    const parsed = holderSchema.safeParse(JSON.parse(trimmed));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function readLockFile(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The live process holding the directory's lock, or null (no lock, or its process is gone). */
export function lockHolder(dataDir: string): LockHolder | null {
  const text = readLockFile(path.join(dataDir, LOCK_FILE));
  const holder = text === null ? null : parseHolder(text);
  return holder && alive(holder.pid) ? holder : null;
}

function writeFile(file: string, flag: 'w' | 'wx', content: string): void {
  const fd = openSync(file, flag, 0o600);
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
}

// Filesystems without hard links: create the file exclusively and write it (briefly empty).
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/** Creates the lock file with its whole content at once (a hard link to a draft); false if it exists. */
function createLockFile(file: string, content: string): boolean {
  const draft = `${file}.${process.pid}.draft`;
  writeFile(draft, 'w', content);
  try {
    linkSync(draft, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') return false;
    if (!NO_HARD_LINKS.has(code)) throw error;
  } finally {
    rmSync(draft, { force: true });
  }
  try {
    writeFile(file, 'wx', content);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Takes the directory's lock for this process (stale locks of dead processes are taken over);
 * returns the release. `onTakeOver` runs when a dead holder's lock was replaced (its leftovers
 * can be cleaned up). Throws EmbeddedDbInUseError naming the live holder.
 */
export function lockEmbeddedDataDir(dataDir: string, command: string, onTakeOver?: () => void): () => void {
  const file = path.join(dataDir, LOCK_FILE);
  const content = JSON.stringify({ pid: process.pid, command } satisfies LockHolder);
  for (let tries = 0; tries < 3; tries += 1) {
    if (createLockFile(file, content)) {
      return () => {
        if (readLockFile(file) === content) rmSync(file, { force: true });
      };
    }
    const text = readLockFile(file);
    if (text === null || text === '') continue; // released meanwhile, or its holder is writing it
    const holder = parseHolder(text);
    if (holder && holder.pid !== process.pid && alive(holder.pid)) throw new EmbeddedDbInUseError(dataDir, holder);
    // Stale (its process is gone, or unreadable): remove it unless someone replaced it meanwhile.
    if (readLockFile(file) === text) rmSync(file, { force: true });
    onTakeOver?.();
  }
  throw new StoreUnavailableError(`could not lock the embedded database in ${dataDir}: remove ${file} if no riskdesk process is running, then try again`);
}
