import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { limiter, mapLimit } from '../../../lib/support/concurrency.ts';

const concurrency = suite('lib/support: bounded concurrency');

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

concurrency('limiter: never more than its limit at once, in call order, and a failure frees its slot', async () => {
  const gate = limiter(2);
  let running = 0;
  let most = 0;
  const started: number[] = [];
  const job = (n: number) => gate(async () => {
    started.push(n);
    most = Math.max(most, ++running);
    await tick();
    running--;
    if (n === 1) throw new Error('one fails');
    return n;
  });
  const results = await Promise.allSettled([1, 2, 3, 4, 5].map(job));
  assert.is(most, 2);
  assert.equal(started, [1, 2, 3, 4, 5]);
  assert.equal(results.map((r) => r.status), ['rejected', 'fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
  assert.is(await gate(async () => 'free again'), 'free again');
});

concurrency('mapLimit keeps the order of its items', async () => {
  assert.equal(await mapLimit([3, 1, 2], 2, async (n) => (await tick(), n * 10)), [30, 10, 20]);
});

concurrency.run();
