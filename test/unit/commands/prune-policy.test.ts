import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { decide, tagKind } from '../../../lib/commands/prune/policy.ts';

test('tagKind: the registry cache and the per-platform caches are cache tags; look-alikes are not', () => {
  for (const tag of ['cache', 'cache-linux-amd64', 'cache-linux-arm64-v8']) assert.is(tagKind(tag), 'cache', tag);
  for (const tag of ['cached', 'cache-', 'cache--x', 'my-cache']) assert.is(tagKind(tag), 'other', tag);
});

test('decide: per-platform cache tags are always kept, never counted among the newest N', () => {
  const old = '2020-01-01T00:00:00Z';
  const digest = (n: number) => `sha256:${String(n).repeat(64).slice(0, 64)}`;
  const { kept, deletions } = decide(
    [
      { tag: 'cache-linux-arm64', digest: digest(1), created: old },
      { tag: '1001', digest: digest(2), created: old },
      { tag: '1002', digest: digest(3), created: old },
    ],
    1,
    Date.parse('2021-01-01T00:00:00Z'),
  );
  assert.equal(
    kept.map((k) => [k.tag, k.reason]),
    [
      ['cache-linux-arm64', 'cache (always kept)'],
      ['1002', 'newest 1 of 1'],
    ],
  );
  assert.equal(
    deletions.map((d) => d.digest),
    [digest(2)],
  );
});

test.run();
