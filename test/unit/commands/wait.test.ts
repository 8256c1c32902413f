import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { pollDelay } from '../../../lib/commands/wait/index.ts';

test('pollDelay: 80–100 % of the interval, never more (a push is seen within one interval)', () => {
  assert.is(
    pollDelay(5000, () => 0),
    4000,
  );
  assert.ok(Math.abs(pollDelay(5000, () => 0.999999) - 4999.999) < 1e-6);
  for (let i = 0; i < 1000; i++) {
    const delay = pollDelay(5000, Math.random);
    assert.ok(delay >= 4000 && delay <= 5000, String(delay));
  }
});

test.run();
