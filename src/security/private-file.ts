import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Files that hold generated secrets under the data directory: created once with mode 0600 (in a
 * 0700 directory), and refused when other users can read them.
 */
export class PrivateFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PrivateFileError';
  }
}

function assertPrivate(path: string): void {
  if ((statSync(path).mode & 0o077) !== 0) {
    throw new PrivateFileError(`${path} is readable by other users: run \`chmod 600 ${path}\``);
  }
}

function fail(path: string, error: unknown, howTo: string): never {
  throw new PrivateFileError(`cannot write ${path} (${(error as Error).message}): make the directory writable or ${howTo}`);
}

/**
 * The file's content, creating it with `content()` first when it does not exist. 'wx' fails when
 * the file exists, so two processes starting together keep the first one's content.
 */
export function readOrCreatePrivateFile(path: string, content: () => string, howTo: string): string {
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    writeFileSync(path, content(), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') fail(path, error, howTo);
  }
  assertPrivate(path);
  return readFileSync(path, 'utf8');
}

/** The file's content, or null when it does not exist. */
export function readPrivateFile(path: string): string | null {
  try {
    assertPrivate(path);
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Replaces the file's content atomically (written aside with mode 0600, then renamed over it). */
export function replacePrivateFile(path: string, content: string, howTo: string): void {
  const aside = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    writeFileSync(aside, content, { mode: 0o600, flag: 'wx' });
    renameSync(aside, path);
  } catch (error) {
    fail(path, error, howTo);
  }
}
