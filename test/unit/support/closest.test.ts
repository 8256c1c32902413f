import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { closestName } from '../../../lib/support/closest.ts';

const COMMANDS = ['wait-ci', 'wait-prod', 'prepare', 'push', 'promote', 'copy', 'prune', 'pull', 'merge-platforms'];

test('a typo gets the nearest known name (two edits at most, or a prefix)', () => {
  assert.is(closestName('wiat-ci', COMMANDS), 'wait-ci');
  assert.is(closestName('prnue', COMMANDS), 'prune');
  assert.is(closestName('merge', COMMANDS), 'merge-platforms');
  assert.is(closestName('pul', COMMANDS), 'pull');
});

test('nothing near: no suggestion', () => {
  assert.is(closestName('frobnicate', COMMANDS), undefined);
  assert.is(closestName('x', []), undefined);
});

test.run();
