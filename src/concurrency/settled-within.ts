/**
 * Shutdown must not wait on a dependency that is down: each closing step gets a budget, and
 * the caller moves on (and says so) when the step has not settled by then.
 */
export async function settledWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    // Not unref'd: a step whose work holds no live handle (a socket already gone) would otherwise
    // let the process end right here, before the caller moves on — the shutdown's last steps and
    // its 'riskdesk stopped' line never ran. The timer is cleared as soon as the work settles.
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([work.then(() => true as const, () => true as const), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
