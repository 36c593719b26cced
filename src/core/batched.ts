/**
 * Calls made in the same tick answered by one `run` over all of them (each distinct key asked once): a
 * request that starts many computations at once (memoizeAll, Promise.all) makes one statement for them all.
 */
export function batched<A, T>(keyOf: (asked: A) => string, run: (list: A[]) => Promise<T[]>) {
  type Asked = { asked: A; waiting: ((r: PromiseSettledResult<T>) => void)[] };
  let pending: Map<string, Asked> | null = null;
  return (asked: A) =>
    new Promise<T>((resolve, reject) => {
      if (!pending) {
        const list = (pending = new Map<string, Asked>());
        queueMicrotask(() => {
          pending = null;
          const all = [...list.values()];
          run(all.map((a) => a.asked)).then(
            (values) =>
              all.forEach((a, i) => a.waiting.forEach((w) => w({ status: 'fulfilled', value: values[i]! }))),
            (reason) => all.forEach((a) => a.waiting.forEach((w) => w({ status: 'rejected', reason }))),
          );
        });
      }
      const key = keyOf(asked);
      const entry = pending.get(key) ?? pending.set(key, { asked, waiting: [] }).get(key)!;
      entry.waiting.push((r) => (r.status === 'fulfilled' ? resolve(r.value) : reject(r.reason)));
    });
}
