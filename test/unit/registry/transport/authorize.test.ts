import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Readable } from 'node:stream';
import { BASE, buffered, fakeInner, REGISTRY, request, type FakeAnswer } from './fakes.ts';
import { authorize } from '../../../../lib/registry/transport/index.ts';
import { Authenticator } from '../../../../lib/registry/auth.ts';
import { basicHeader, type CredentialSource } from '../../../../lib/registry/credentials.ts';
import { isRefused, RegistryError } from '../../../../lib/registry/errors.ts';
import { exitCodeFor } from '../../../../lib/support/errors.ts';

const test = suite("lib/registry/transport/authorize: one answer to a 401 of the registry's own origin, refusals exit 3");

const BASIC_CHALLENGE = { status: 401, headers: { 'www-authenticate': 'Basic realm="registry"' } };
const BEARER_CHALLENGE = { status: 401, headers: { 'www-authenticate': `Bearer realm="${BASE}/token",service="registry.test"` } };
const USER = { username: 'ci', password: 'hunter2' };
const DENIED = '{"errors":[{"code":"DENIED","message":"no"}]}';

/** A real Authenticator whose token service is a fake (it records the token URLs asked for). */
function authenticator(credentials?: CredentialSource, token: FakeAnswer = { status: 200, body: '{"token":"t1","expires_in":300}' }) {
  const tokenRequests: { url: string; authorization?: string }[] = [];
  const auth = new Authenticator({
    credentials,
    baseUrl: () => BASE,
    request: async (_method, url, headers) => {
      tokenRequests.push({ url, authorization: headers.authorization });
      return buffered(token);
    },
  });
  return { auth, tokenRequests };
}

test('Basic: the first attempt goes bare, the 401 is answered once with the credentials, later requests send them at once', async () => {
  const { auth } = authenticator(() => USER);
  const inner = fakeInner([BASIC_CHALLENGE, { status: 200 }]);
  const layer = authorize(inner, auth);
  assert.is((await layer(request())).response.status, 200);
  assert.equal(
    inner.seen.map((r) => r.authorization),
    [undefined, basicHeader(USER)],
  );
  await layer(request());
  assert.is(inner.seen.length, 3);
  assert.is(inner.seen[2].authorization, basicHeader(USER));
});

test("Bearer: a token for the request's scopes, with the credentials; cached for the next request of the same scopes", async () => {
  const { auth, tokenRequests } = authenticator(() => USER);
  const inner = fakeInner([BEARER_CHALLENGE, { status: 200 }]);
  const layer = authorize(inner, auth);
  await layer(request());
  assert.is(tokenRequests.length, 1);
  const url = new URL(tokenRequests[0].url);
  assert.is(url.searchParams.get('service'), 'registry.test');
  assert.equal(url.searchParams.getAll('scope'), ['repository:apache/airflow:pull']);
  assert.is(tokenRequests[0].authorization, basicHeader(USER));
  assert.is(inner.seen[1].authorization, 'Bearer t1');
  await layer(request());
  assert.is(inner.seen[2].authorization, 'Bearer t1');
  assert.is(tokenRequests.length, 1);
});

test('an asynchronous credential source (a helper process) is asked once and its answer kept', async () => {
  let asked = 0;
  const { auth } = authenticator(async () => {
    asked++;
    return USER;
  });
  const inner = fakeInner([BASIC_CHALLENGE, { status: 200 }]);
  const layer = authorize(inner, auth);
  await layer(request());
  await layer(request());
  assert.is(asked, 1);
  assert.is(inner.seen.length, 3);
  assert.is(inner.seen[2].authorization, basicHeader(USER), 'the settled answer serves the next request at once');
});

test('refusals (exit 3): a 401 after authenticating, a 403, no usable challenge, no credentials, the token service saying no', async () => {
  const cases: [string, ReturnType<typeof authenticator>, FakeAnswer[], RegExp][] = [
    ['401 again', authenticator(() => USER), [BASIC_CHALLENGE, { status: 401 }], /^unauthorized: GET manifest → HTTP 401/],
    ['403', authenticator(), [{ status: 403, body: DENIED }], /^denied: GET manifest → HTTP 403: DENIED \(no\)/],
    ['no challenge', authenticator(), [{ status: 401 }], /without a usable WWW-Authenticate challenge/],
    ['no credentials', authenticator(), [BASIC_CHALLENGE], /needs credentials for registry\.test and none are configured/],
    ['token refused', authenticator(() => USER, { status: 401 }), [BEARER_CHALLENGE], /refused the credentials of ci \(HTTP 401\)/],
  ];
  for (const [label, { auth }, script, message] of cases) {
    const error = await authorize(fakeInner(script), auth)(request()).catch((e: unknown) => e);
    assert.instance(error, RegistryError, label);
    assert.ok(isRefused(error), label);
    assert.is(exitCodeFor(error), 3, label);
    assert.match((error as Error).message, message, label);
  }
});

test('a 401 from another origin (after a redirect) is not answered, not a refusal, and its challenge is not learnt', async () => {
  const { auth, tokenRequests } = authenticator(() => USER);
  const inner = fakeInner([{ status: 401, headers: { 'www-authenticate': 'Bearer realm="https://evil.test/token"' } }]);
  const layer = authorize(async (r) => ({ ...(await inner(r)), url: 'https://evil.test/elsewhere' }), auth);
  const error = (await layer(request()).catch((e: unknown) => e)) as RegistryError;
  assert.match(error.message, /not the registry's origin/);
  assert.is(exitCodeFor(error), 1);
  assert.is(auth.hasChallenge(REGISTRY), false);
  assert.is(tokenRequests.length, 0);
  assert.is(inner.seen.length, 1);
});

test('a stream body is not sent twice: once authenticated, a temporary error asks its maker to resend', async () => {
  const { auth } = authenticator(() => USER);
  const inner = fakeInner([BASIC_CHALLENGE]);
  const upload = request({ method: 'PUT', body: () => Readable.from([]) });
  const error = (await authorize(inner, auth)(upload).catch((e: unknown) => e)) as RegistryError;
  assert.match(error.message, /authenticated, resending/);
  assert.ok(error.temporary);
  assert.is(error.retryAfterMs, 0);
  assert.is(inner.seen.length, 1);
  assert.is(auth.cached(REGISTRY, ['repository:apache/airflow:pull']), basicHeader(USER));
});

test('other answers pass through untouched (the retry layer and the callers judge them)', async () => {
  const { auth } = authenticator();
  for (const status of [200, 404, 503]) assert.is((await authorize(fakeInner([{ status }]), auth)(request())).response.status, status);
});

test.run();
