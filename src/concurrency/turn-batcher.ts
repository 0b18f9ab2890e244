import DataLoader from 'dataloader';

/**
 * Collects the calls made during one event-loop turn and runs them as one batch. setImmediate
 * fires after the turn's I/O callbacks, so the webhooks (or helpdesk requests) handled in one
 * turn share a batch; `run` gets the items in call order and returns one result per item.
 */
export interface TurnBatcher<Item, Result> {
  add(item: Item): Promise<Result>;
}

export function createTurnBatcher<Item, Result>(run: (items: readonly Item[]) => Promise<Result[]>, options: { maxBatchSize?: number } = {}): TurnBatcher<Item, Result> {
  const loader = new DataLoader<Item, Result>(run, {
    cache: false,
    maxBatchSize: options.maxBatchSize ?? Infinity,
    batchScheduleFn: (callback) => setImmediate(callback),
  });
  return { add: (item) => loader.load(item) };
}
