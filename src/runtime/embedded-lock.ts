/**
 * An embedded (PGlite) data directory can be opened by ONE process only. This lock file makes a
 * second process fail at once with what to do, instead of corrupting the database.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

export class EmbeddedDbInUseError extends Error {
  override name = 'EmbeddedDbInUseError';
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the directory's lock (stale locks of dead processes are taken over); returns the release. */
export function lockEmbeddedDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, 'riskdesk-process.lock');
  for (let tries = 0; tries < 2; tries += 1) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && alive(holder)) {
        throw new EmbeddedDbInUseError(
          `the embedded database in ${dataDir} is in use by process ${holder}: only one process can open it. ` +
            'Run `riskdesk start` (server and worker in one process), or set DATABASE_URL to a PostgreSQL database to run `riskdesk serve` and `riskdesk work` separately.',
        );
      }
      rmSync(file, { force: true }); // stale: its process is gone
    }
  }
  throw new EmbeddedDbInUseError(`could not lock the embedded database in ${dataDir}: remove ${file} if no riskdesk process is running`);
}
