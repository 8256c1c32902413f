import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { closestFlag, COMMON_FLAGS, parseFlags, WAIT_FLAGS } from '../../../lib/cli/flags.ts';
import { ConfigError } from '../../../lib/support/errors.ts';

const waitFlags = { ...WAIT_FLAGS, ...COMMON_FLAGS };

test('an unknown flag suggests the closest known one', () => {
  for (const [given, suggested] of [
    ['--timout', 'timeout'],
    ['--poll-intervall', 'poll-interval'],
    ['--dryrun', 'dry-run'],
    ['--jsn', 'json'],
    ['--heart', 'heartbeat'],
  ] as const) {
    try {
      parseFlags(waitFlags, [given]);
      assert.unreachable(given);
    } catch (error) {
      assert.instance(error, ConfigError);
      assert.match((error as Error).message, new RegExp(`did you mean --${suggested}\\?`), given);
    }
  }
});

test('no suggestion when nothing is close', () => {
  assert.is(closestFlag('--frobnicate', Object.keys(waitFlags)), undefined);
  try {
    parseFlags(waitFlags, ['--frobnicate']);
  } catch (error) {
    assert.not.match((error as Error).message, /did you mean/);
    assert.match((error as Error).message, /\(see --help\)$/);
  }
});

test.run();
