/**
 * A periodic refresh that never overlaps itself and never throws: a failed round is logged and
 * the previous state kept until the next one. `refresh()` runs a round now (after a local change).
 */
import type { Logger } from '../../logging/logger';

export interface Poller {
  refresh(): Promise<void>;
  stop(): void;
}

export function startPoller(name: string, intervalMs: number, round: () => Promise<void>, logger: Logger): Poller {
  let running: Promise<void> | null = null;
  let again = false;
  const run = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await round();
        } catch (error) {
          logger.warn({ err: error instanceof Error ? error.message : String(error), what: name }, `refreshing the ${name} failed: keeping the previous one, retrying at the next round`);
        }
      } while (again);
    })().finally(() => {
      running = null;
    });
    return running;
  };
  const timer = setInterval(() => void run(), intervalMs);
  timer.unref();
  return { refresh: run, stop: () => clearInterval(timer) };
}
