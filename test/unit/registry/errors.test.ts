import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  isNotFound,
  isRefused,
  networkError,
  parseErrorDetail,
  refusal,
  RegistryError,
  statusError,
} from '../../../lib/registry/errors.ts';
import { parseChallenge, TokenCache } from '../../../lib/registry/auth.ts';
import { CiImagesError, exitCodeFor } from '../../../lib/support/errors.ts';
import { retry } from '../../../lib/support/retry.ts';

const errors = suite('lib/registry: one RegistryError, its tables, challenges and the token cache');

errors('status and code tables decide temporary, refused and not-found', () => {
  const cases: [
    number,
    string | undefined,
    'manifest' | 'blob' | 'repository' | 'other',
    { temporary: boolean; exit: number; notFound: boolean; prefix: RegExp },
  ][] = [
    [503, undefined, 'manifest', { temporary: true, exit: 1, notFound: false, prefix: /^HEAD x → HTTP 503/ }],
    [429, 'TOOMANYREQUESTS', 'manifest', { temporary: true, exit: 1, notFound: false, prefix: /^HEAD x → HTTP 429: TOOMANYREQUESTS/ }],
    [401, undefined, 'manifest', { temporary: false, exit: 3, notFound: false, prefix: /^unauthorized: / }],
    [403, 'DENIED', 'manifest', { temporary: false, exit: 3, notFound: false, prefix: /^denied: / }],
    [404, undefined, 'manifest', { temporary: false, exit: 1, notFound: true, prefix: /^manifest unknown: / }],
    [404, undefined, 'repository', { temporary: false, exit: 1, notFound: true, prefix: /^name unknown: / }],
    [404, undefined, 'blob', { temporary: false, exit: 1, notFound: false, prefix: /^blob unknown: / }],
    [400, 'DIGEST_INVALID', 'blob', { temporary: false, exit: 1, notFound: false, prefix: /^digest invalid: / }],
    [400, undefined, 'other', { temporary: false, exit: 1, notFound: false, prefix: /^HEAD x → HTTP 400$/ }],
  ];
  for (const [status, code, subject, want] of cases) {
    const error = statusError(status, 'HEAD x', code ? { code, message: '' } : undefined, subject);
    const label = `${status} ${code} ${subject}`;
    assert.instance(error, RegistryError);
    assert.instance(error, CiImagesError);
    assert.is(error.temporary, want.temporary, label);
    assert.is(error.retryable, want.temporary, label);
    assert.is(exitCodeFor(error), want.exit, label);
    assert.is(isRefused(error), want.exit === 3, label);
    assert.is(isNotFound(error), want.notFound, label);
    assert.match(error.message, want.prefix);
  }
  assert.ok(networkError('x').temporary);
  assert.is(exitCodeFor(refusal('no token')), 3);
  assert.is(new RegistryError('resend', { status: 401, temporary: true, refused: false }).exitCode, 1);
});

errors('retry reads retryable and retryAfterMs from a RegistryError', async () => {
  let calls = 0;
  const result = await retry(
    async () => {
      if (++calls < 3) throw statusError(503, 'x', undefined);
      return 'done';
    },
    { attempts: 5, baseDelayMs: 1, maxDelayMs: 2 },
  );
  assert.is(result, 'done');
  calls = 0;
  await retry(
    async () => {
      calls++;
      throw statusError(404, 'x', undefined, 'manifest');
    },
    { attempts: 5, baseDelayMs: 1, maxDelayMs: 2 },
  ).catch(() => undefined);
  assert.is(calls, 1);
});

errors('error bodies: the first {code, message}, neutralized; anything else ignored', () => {
  assert.equal(parseErrorDetail(Buffer.from('{"errors":[{"code":"DENIED","message":"a\\nb ::x"}]}')), {
    code: 'DENIED',
    message: 'a\\nb :\u200b:x',
  });
  assert.is(parseErrorDetail(Buffer.from('<html>')), undefined);
  assert.is(parseErrorDetail(Buffer.from('{"errors":[{"code":5}]}')), undefined);
  assert.is(parseErrorDetail(undefined), undefined);
});

errors('challenges and the token cache', () => {
  assert.equal(parseChallenge('Bearer realm="https://a/token",service="a,b",scope="repository:x:pull"'), {
    scheme: 'bearer',
    params: { realm: 'https://a/token', service: 'a,b', scope: 'repository:x:pull' },
  });
  assert.is(parseChallenge('Negotiate abc'), undefined);
  const cache = new TokenCache();
  cache.set('r', ['b', 'a'], 'Bearer t', 60, 0);
  assert.is(cache.get('r', ['a', 'b'], 1000), 'Bearer t');
  assert.is(cache.get('r', ['a', 'b'], 60_000), undefined, 'expires early');
});

errors.run();
