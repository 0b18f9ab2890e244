/**
 * Slow start-up steps announce themselves as they begin and say how long they took when they
 * end, so a first start (database, demo seed, models, Redis) is never a silent wait.
 */
/** What a step needs of a logger (a pino Logger is one). */
export interface StepLogger {
  info(fields: object, msg: string): void;
}

const elapsed = (started: number): number => Math.round(performance.now() - started);

function begin(logger: StepLogger, step: string): number {
  logger.info({ step, phase: 'begin' }, `${step}…`);
  return performance.now();
}

function end(logger: StepLogger, step: string, started: number): void {
  const durationMs = elapsed(started);
  logger.info({ step, phase: 'end', durationMs }, `${step}: done in ${durationMs} ms`);
}

/** Only how long it took: the error itself is reported once, by whoever handles it (one line, what to do). */
function failed(logger: StepLogger, step: string, started: number): void {
  const durationMs = elapsed(started);
  logger.info({ step, phase: 'failed', durationMs }, `${step}: failed after ${durationMs} ms`);
}

export async function timedStep<T>(logger: StepLogger, step: string, run: () => Promise<T>): Promise<T> {
  const started = begin(logger, step);
  try {
    const result = await run();
    end(logger, step, started);
    return result;
  } catch (error) {
    failed(logger, step, started);
    throw error;
  }
}

export function timedStepSync<T>(logger: StepLogger, step: string, run: () => T): T {
  const started = begin(logger, step);
  try {
    const result = run();
    end(logger, step, started);
    return result;
  } catch (error) {
    failed(logger, step, started);
    throw error;
  }
}

/** A step that ends on an event (a connection's first 'ready'): returns the function to call then. */
export function beginStep(logger: StepLogger, step: string): () => void {
  const started = begin(logger, step);
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    end(logger, step, started);
  };
}
