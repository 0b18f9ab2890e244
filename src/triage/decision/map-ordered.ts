/**
 * Maps an async source with at most `concurrency` calls in flight and yields results in source
 * order — so JSON Lines output lines up with input while context lookups overlap.
 */
type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

async function settle<R>(promise: Promise<R>): Promise<Settled<R>> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    return { ok: false, error };
  }
}

async function unwrap<R>(pending: Promise<Settled<R>>): Promise<R> {
  const result = await pending;
  if (!result.ok) throw result.error;
  return result.value;
}

export async function* mapOrdered<T, R>(source: AsyncIterable<T>, concurrency: number, fn: (item: T) => Promise<R>): AsyncGenerator<R> {
  const limit = Math.max(1, Math.floor(concurrency));
  const queue: Array<Promise<Settled<R>>> = [];
  for await (const item of source) {
    queue.push(settle(fn(item)));
    while (queue.length >= limit) {
      const head = queue.shift();
      if (head) yield await unwrap(head);
    }
  }
  while (queue.length > 0) {
    const head = queue.shift();
    if (head) yield await unwrap(head);
  }
}
