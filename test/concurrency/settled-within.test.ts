/**
 * A closing step's budget: the caller moves on when the step has not settled in time — even when
 * nothing else keeps the process alive (a dependency's socket already gone), which is exactly when
 * a shutdown's last steps used to be skipped by the process simply ending.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { settledWithin } from '../../src/concurrency/settled-within';

const ROOT = path.resolve(__dirname, '..', '..');
const REGISTER = path.join(ROOT, 'test', 'worker', 'crash', 'ts-register.js');

describe('settledWithin', () => {
  it('is true as soon as the work settles, resolved or rejected', async () => {
    await expect(settledWithin(Promise.resolve(), 1_000)).resolves.toBe(true);
    await expect(settledWithin(Promise.reject(new Error('down')), 1_000)).resolves.toBe(true);
  });

  it('is false once the budget is spent on work that never settles', async () => {
    await expect(settledWithin(new Promise(() => undefined), 20)).resolves.toBe(false);
  });

  it('keeps a process with nothing else to do alive until the caller has moved on', () => {
    const script = "require('./src/concurrency/settled-within').settledWithin(new Promise(() => {}), 50).then((settled) => console.log('moved on', settled))";
    const run = spawnSync(process.execPath, ['-r', REGISTER, '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe('moved on false');
  });
});
