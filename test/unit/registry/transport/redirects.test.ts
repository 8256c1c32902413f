import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { BASE, fakeInner, REGISTRY, request } from './fakes.ts';
import { followRedirects, MAX_REDIRECTS, type OriginCheck } from '../../../../lib/registry/transport/index.ts';
import { RegistryError } from '../../../../lib/registry/errors.ts';

const test = suite("lib/registry/transport/redirects: redirects followed by hand, credentials only to the registry's origin");

const isRegistryOrigin: OriginCheck = (registry, url) => registry === REGISTRY && new URL(url).origin === BASE;
const BEARER = 'Bearer registry-token';

test("the Authorization goes to the registry's origin, not to the storage a redirect names, and back again", async () => {
  const inner = fakeInner([
    { status: 307, headers: { location: 'https://storage.test/blob?sig=1' } },
    { status: 302, headers: { location: `${BASE}/v2/apache/airflow/blobs/x` } },
    { status: 200, body: 'ok' },
  ]);
  const sent = await followRedirects(inner, isRegistryOrigin)(request({ authorization: BEARER, headers: { accept: 'a' } }));
  assert.is(sent.response.buffered?.toString(), 'ok');
  assert.equal(
    inner.seen.map((r) => [r.url, r.headers?.authorization]),
    [
      [`${BASE}/v2/apache/airflow/manifests/1`, BEARER],
      ['https://storage.test/blob?sig=1', undefined],
      [`${BASE}/v2/apache/airflow/blobs/x`, BEARER],
    ],
  );
  assert.ok(
    inner.seen.every((r) => r.authorization === undefined && r.headers?.accept === 'a'),
    'never a field of the inner request',
  );
});

test('relative Locations resolve against the current URL; 303 turns the method into GET; the hops share the first deadline', async () => {
  const inner = fakeInner([{ status: 303, headers: { location: '../other' } }, { status: 200 }]);
  const deadline = Date.now() + 10_000;
  await followRedirects(inner, isRegistryOrigin)(request({ method: 'HEAD', deadline }));
  assert.is(inner.seen[1].url, `${BASE}/v2/apache/airflow/other`);
  assert.is(inner.seen[1].method, 'GET');
  assert.is(inner.seen[1].deadline, deadline);
});

test('refused: https → http, a scheme that is not http(s), more than 5 hops', async () => {
  const refused = async (location: string) => {
    const inner = fakeInner([{ status: 301, headers: { location } }]);
    const layer = followRedirects(inner, isRegistryOrigin);
    const error = (await layer(request({ authorization: BEARER })).catch((e: unknown) => e)) as RegistryError;
    assert.instance(error, RegistryError);
    return { error, inner };
  };
  const down = await refused('http://registry.test/v2/x');
  assert.is(down.error.code, 'REDIRECT_REFUSED');
  assert.match(down.error.message, /refusing a redirect from https to http:\/\/registry\.test\/v2\/x/);
  assert.is(down.inner.seen.length, 1, 'nothing sent over plain http');
  assert.is((await refused('file:///etc/passwd')).error.code, 'REDIRECT_REFUSED');
  const loop = await refused(`${BASE}/v2/loop`);
  assert.is(loop.error.code, 'TOO_MANY_REDIRECTS');
  assert.is(loop.inner.seen.length, MAX_REDIRECTS + 1);
});

test('plain http may redirect to https; a request with a body is never redirected', async () => {
  const insecure = 'http://127.0.0.1:5000';
  const local: OriginCheck = (_, url) => new URL(url).origin === insecure;
  const up = fakeInner([{ status: 307, headers: { location: 'https://cdn.test/x' } }, { status: 200 }]);
  await followRedirects(up, local)(request({ url: `${insecure}/v2/x/blobs/y`, authorization: 'Basic a' }));
  assert.equal(
    up.seen.map((r) => r.headers?.authorization),
    ['Basic a', undefined],
  );
  const put = fakeInner([{ status: 307, headers: { location: `${BASE}/again` } }]);
  const sent = await followRedirects(put, isRegistryOrigin)(request({ method: 'PUT', body: Buffer.from('x') }));
  assert.is(sent.response.status, 307);
  assert.is(put.seen.length, 1);
});

test('errors of the inner layer pass through', async () => {
  const failure = new RegistryError('x: network error (ECONNRESET)', { code: 'NETWORK' });
  const inner = fakeInner([failure]);
  assert.is(await followRedirects(inner, isRegistryOrigin)(request()).catch((e: unknown) => e), failure);
});

test.run();
