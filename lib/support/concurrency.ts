/** Runs `body` over `items` with at most `limit` at a time; results keep the order of `items`. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, body: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await body(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** A gate letting at most `limit` calls run at once; the others wait their turn in call order. */
export function limiter(limit: number): <R>(body: () => Promise<R>) => Promise<R> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (body) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else running++;
    try {
      return await body();
    } finally {
      // The slot passes straight to the next caller, if any.
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}

export interface ErrorGroup {
  /** Aborted at the first failure (its reason is that error) or when the parent signal aborts. */
  readonly signal: AbortSignal;
  /** Runs `body` unless the group has already failed; a failure cancels everything else in the group. */
  run<R>(body: () => Promise<R>): Promise<R>;
}

/**
 * Go's errgroup for promises: the first error aborts the group's signal, so every request under
 * way stops and nothing queued starts; callers see that first error.
 */
export function errorGroup(parent?: AbortSignal): ErrorGroup {
  const controller = new AbortController();
  if (parent?.aborted) controller.abort(parent.reason);
  else parent?.addEventListener('abort', () => controller.abort(parent.reason), { once: true });
  const { signal } = controller;
  return {
    signal,
    async run(body) {
      if (signal.aborted) throw signal.reason;
      try {
        return await body();
      } catch (error) {
        if (!signal.aborted) controller.abort(error);
        throw signal.reason;
      }
    },
  };
}
