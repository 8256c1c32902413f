import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { errorGroup, limiter, mapLimit } from '../../../lib/support/concurrency.ts';

const concurrency = suite('lib/support: bounded concurrency');

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

concurrency('limiter: never more than its limit at once, in call order, and a failure frees its slot', async () => {
  const gate = limiter(2);
  let running = 0;
  let most = 0;
  const started: number[] = [];
  const job = (n: number) =>
    gate(async () => {
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
  assert.equal(
    results.map((r) => r.status),
    ['rejected', 'fulfilled', 'fulfilled', 'fulfilled', 'fulfilled'],
  );
  assert.is(await gate(async () => 'free again'), 'free again');
});

concurrency('mapLimit keeps the order of its items', async () => {
  assert.equal(await mapLimit([3, 1, 2], 2, async (n) => (await tick(), n * 10)), [30, 10, 20]);
});

concurrency('errorGroup: the first error aborts the signal, later bodies never start, every caller sees that error', async () => {
  const group = errorGroup();
  const first = new Error('first');
  let started = 0;
  const waiting = group.run(() => new Promise((_, reject) => group.signal.addEventListener('abort', () => reject(new Error('aborted')))));
  const failing = group.run(async () => {
    throw first;
  });
  assert.is(await failing.catch((e) => e), first);
  assert.is(await waiting.catch((e) => e), first, 'the body cancelled by the abort reports the first error, not its own');
  assert.is(await group.run(async () => started++).catch((e) => e), first);
  assert.is(started, 0);
  const parent = new AbortController();
  const child = errorGroup(parent.signal);
  parent.abort(new Error('deadline'));
  assert.is(((await child.run(async () => 1).catch((e) => e)) as Error).message, 'deadline');
});

concurrency.run();
