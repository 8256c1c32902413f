import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { splitPositionals } from '../../../lib/cli/positionals.ts';

const flags = { target: { type: 'string' }, image: { type: 'string' } } as const;

test('positionals come out, flags and their values stay in order', () => {
  assert.equal(splitPositionals(['sha256:a', '--target', 'ghcr.io/x:y', '--json', 'sha256:b', '--image=prod'], flags), {
    flagArgs: ['--target', 'ghcr.io/x:y', '--json', '--image=prod'],
    positionals: ['sha256:a', 'sha256:b'],
  });
});

test('after -- everything is positional; unknown flags are left for the strict parser', () => {
  assert.equal(splitPositionals(['--bogus', 'x', '--', '--target'], flags), { flagArgs: ['--bogus'], positionals: ['x', '--target'] });
  assert.equal(splitPositionals([], flags), { flagArgs: [], positionals: [] });
});

test.run();
