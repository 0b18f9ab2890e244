import { EventEmitter } from 'node:events';
import { createErrorLog } from '../../src/logging/error-log';

function capture(): { lines: Array<{ fields: Record<string, unknown>; msg: string }>; logger: { warn: (fields: object, msg: string) => void } } {
  const lines: Array<{ fields: Record<string, unknown>; msg: string }> = [];
  return { lines, logger: { warn: (fields, msg) => void lines.push({ fields: fields as Record<string, unknown>, msg }) } };
}

const refused = (): Error => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6390'), { code: 'ECONNREFUSED' });

describe('rate-limited error log', () => {
  it('logs an error event once per message and window, then says how many repeats it held back', () => {
    let clock = 0;
    const { lines, logger } = capture();
    const errors = createErrorLog(logger, { what: 'Redis error', hint: 'check REDIS_URL', windowMs: 60_000, now: () => clock });
    const connection = new EventEmitter();
    const queue = new EventEmitter();
    errors.watch(connection, 'redis:worker');
    errors.watch(queue, 'queue:intake');
    for (let i = 0; i < 30; i += 1) {
      connection.emit('error', refused());
      queue.emit('error', refused());
      clock += 1000;
    }
    expect(lines).toEqual([{ fields: { component: 'redis:worker', error: { message: 'connect ECONNREFUSED 127.0.0.1:6390', code: 'ECONNREFUSED' }, hint: 'check REDIS_URL' }, msg: 'Redis error: connect ECONNREFUSED 127.0.0.1:6390' }]);
    clock += 60_000;
    connection.emit('error', refused());
    expect(lines).toHaveLength(2);
    expect(lines[1]?.fields).toMatchObject({ component: 'redis:worker', repeatsNotLogged: 59 });
  });

  it('logs a different message at once, and everything again after reset()', () => {
    const { lines, logger } = capture();
    const errors = createErrorLog(logger, { what: 'Redis error', now: () => 0 });
    errors.report(refused(), 'redis:producer');
    errors.report(new Error('READONLY You can\'t write against a read only replica.'), 'redis:producer');
    errors.report('not even an Error', 'worker:intake');
    errors.report(refused(), 'redis:producer');
    expect(lines.map((line) => line.msg)).toEqual(['Redis error: connect ECONNREFUSED 127.0.0.1:6390', 'Redis error: READONLY You can\'t write against a read only replica.', 'Redis error: not even an Error']);
    errors.reset();
    errors.report(refused(), 'redis:producer');
    expect(lines).toHaveLength(4);
  });

  it('keeps an emitter from throwing on an error event (Node would crash without a listener)', () => {
    const { logger } = capture();
    const emitter = new EventEmitter();
    createErrorLog(logger, { what: 'Redis error' }).watch(emitter, 'redis:x');
    expect(() => emitter.emit('error', refused())).not.toThrow();
  });
});
