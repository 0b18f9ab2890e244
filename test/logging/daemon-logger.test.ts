/**
 * The daemons exit through process.exit; a line must be on its way out (in the file or pipe)
 * when the logging call returns, or the last ones — "riskdesk stopped" — can be lost or land
 * after later ones.
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDaemonLogger } from '../../src/logging/logger';

function withLogFile(run: (fd: number, read: () => string) => void): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'riskdesk-daemon-logger-'));
  const file = path.join(dir, 'log.jsonl');
  const fd = openSync(file, 'a');
  try {
    run(fd, () => readFileSync(file, 'utf8'));
  } finally {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the daemon logger', () => {
  it('has written each line, in order, by the time the call returns', () => {
    withLogFile((fd, read) => {
      const logger = createDaemonLogger('info', fd);
      logger.info('shutting down');
      logger.child({ part: 'server' }).info('riskdesk HTTP server stopped');
      logger.info('riskdesk stopped');
      expect(read().trim().split('\n').map((line) => (JSON.parse(line) as { msg: string }).msg)).toEqual(['shutting down', 'riskdesk HTTP server stopped', 'riskdesk stopped']);
    });
  });

  it('redacts as every riskdesk logger does', () => {
    withLogFile((fd, read) => {
      createDaemonLogger('info', fd).info({ token: 'abc123', requester: { email: 'jane@example.com' } }, 'request');
      expect(read()).not.toMatch(/abc123|jane@example\.com/);
      expect(read()).toContain('[redacted]');
    });
  });

});
