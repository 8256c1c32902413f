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
