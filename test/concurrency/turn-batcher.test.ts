import { createTurnBatcher } from '../../src/concurrency/turn-batcher';

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('createTurnBatcher', () => {
  it('runs the calls of one turn as one batch, in call order, one result each', async () => {
    const batches: number[][] = [];
    const batcher = createTurnBatcher<number, number>(async (items) => {
      batches.push([...items]);
      return items.map((item) => item * 10);
    });
    const results = await Promise.all([batcher.add(1), batcher.add(2), batcher.add(3)]);
    expect(results).toEqual([10, 20, 30]);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('starts a new batch in a later turn, and splits batches at maxBatchSize', async () => {
    const batches: string[][] = [];
    const batcher = createTurnBatcher<string, string>(async (items) => {
      batches.push([...items]);
      return items.map((item) => item.toUpperCase());
    }, { maxBatchSize: 2 });
    const first = Promise.all([batcher.add('a'), batcher.add('b'), batcher.add('c')]);
    await nextTurn();
    const second = batcher.add('d');
    expect(await first).toEqual(['A', 'B', 'C']);
    expect(await second).toBe('D');
    expect(batches).toEqual([['a', 'b'], ['c'], ['d']]);
  });

  it('fails every call of a batch whose run fails', async () => {
    const batcher = createTurnBatcher<number, number>(async () => {
      throw new Error('redis is down');
    });
    const outcomes = await Promise.allSettled([batcher.add(1), batcher.add(2)]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
  });
});
