import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Readable } from 'node:stream';
import { fakeInner, request } from './fakes.ts';
import { retrying } from '../../../../lib/registry/transport/index.ts';
import { RegistryError, statusError } from '../../../../lib/registry/errors.ts';
import { REGISTRY_RETRY, type RetryOptions } from '../../../../lib/support/retry.ts';

const test = suite('lib/registry/transport/retry: temporary statuses and errors retried with backoff, Retry-After honoured');

/** The registry policy, with the waits recorded instead of slept and no jitter (random 0: the backoff part is 0). */
function policy(overrides: Partial<RetryOptions> = {}) {
  const waits: number[] = [];
  const options: RetryOptions = { ...REGISTRY_RETRY, random: () => 0, sleep: async (ms) => void waits.push(ms), ...overrides };
  return { options, waits };
}

test('a temporary status is tried again, each retry reported in one line; the answer that succeeds is returned', async () => {
  const { options, waits } = policy();
  const messages: string[] = [];
  const inner = fakeInner([{ status: 503 }, { status: 429, headers: { 'retry-after': '2' } }, { status: 200, body: 'ok' }]);
  const sent = await retrying(inner, { policy: options, onRetry: (m) => messages.push(m) })(request());
  assert.is(sent.response.buffered?.toString(), 'ok');
  assert.is(inner.seen.length, 3);
  assert.equal(waits, [0, 2000], 'Retry-After: 2 is waited for');
  assert.equal(messages, [
    'registry.test: GET manifest → HTTP 503; retry 1 in 0.0s',
    'registry.test: GET manifest → HTTP 429; retry 2 in 2.0s',
  ]);
});

test("attempts run out: the last temporary error, with its code and the registry's detail", async () => {
  const { options } = policy({ attempts: 3 });
  const inner = fakeInner([{ status: 502, body: '{"errors":[{"code":"UNAVAILABLE","message":"later"}]}' }]);
  const error = (await retrying(inner, { policy: options })(request({ subject: 'manifest' })).catch((e: unknown) => e)) as RegistryError;
  assert.instance(error, RegistryError);
  assert.is(error.code, 'UNAVAILABLE');
  assert.ok(error.temporary);
  assert.is(inner.seen.length, 3);
});

test("a Retry-After beyond the policy's maximum fails at once, saying so", async () => {
  const { options, waits } = policy({ maxRetryAfterMs: 10_000 });
  const inner = fakeInner([{ status: 503, headers: { 'retry-after': '3600' } }]);
  const error = (await retrying(inner, { policy: options })(request()).catch((e: unknown) => e)) as RegistryError;
  assert.match(error.message, /asks to wait 3600 s before retrying \(more than 10 s\): not waiting/);
  assert.is(inner.seen.length, 1);
  assert.equal(waits, []);
});

test('temporary errors of the inner layers (network) are retried; refusals and other statuses are not', async () => {
  const { options } = policy();
  const network = fakeInner([new RegistryError('x: network error (ECONNRESET)', { code: 'NETWORK' }), { status: 200 }]);
  assert.is((await retrying(network, { policy: options })(request())).response.status, 200);
  assert.is(network.seen.length, 2);
  const refused = fakeInner([statusError(403, 'x', undefined)]);
  await retrying(refused, { policy: options })(request()).catch(() => undefined);
  assert.is(refused.seen.length, 1);
  const missing = fakeInner([{ status: 404 }]);
  assert.is((await retrying(missing, { policy: options })(request())).response.status, 404, "a 404 is the caller's to judge");
  assert.is(missing.seen.length, 1);
});

test('a stream body gets one attempt (whoever made the stream resends it)', async () => {
  const { options } = policy();
  const inner = fakeInner([{ status: 503 }]);
  const upload = request({ method: 'PUT', body: () => Readable.from([]) });
  const error = await retrying(inner, { policy: options })(upload).catch((e: unknown) => e);
  assert.ok((error as RegistryError).temporary);
  assert.is(inner.seen.length, 1);
});

test("the caller's abort stops the retries", async () => {
  const controller = new AbortController();
  const reason = new Error('stop');
  // As lib/support/retry.ts's sleep does: the abort during the wait ends it with the abort's reason.
  const { options } = policy({
    sleep: async () => {
      controller.abort(reason);
      throw reason;
    },
  });
  const inner = fakeInner([{ status: 503 }]);
  assert.is(await retrying(inner, { policy: options })(request({ signal: controller.signal })).catch((e: unknown) => e), reason);
  assert.is(inner.seen.length, 1);
});

test.run();
