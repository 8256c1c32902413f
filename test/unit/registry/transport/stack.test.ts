import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { streamed, type FakeAnswer } from './fakes.ts';
import { Transport, type RequestEvent, type TransportOptions } from '../../../../lib/registry/transport/index.ts';
import { basicHeader } from '../../../../lib/registry/credentials.ts';
import { exitCodeFor } from '../../../../lib/support/errors.ts';
import type { httpRequest, HttpRequestOptions } from '../../../../lib/support/http.ts';

const test = suite('lib/registry/transport/stack: the layers in their order, over a fake HTTP client');

const BASE = 'https://registry.test';
const USER = { username: 'ci', password: 'hunter2' };

/** A whole stack over a fake HTTP client that answers by script and records every request with its headers. */
function stack(answer: (url: URL, n: number) => FakeAnswer, options: TransportOptions = {}) {
  const sent: { method: string; url: string; authorization?: string }[] = [];
  const http = (async (url: string | URL, request: HttpRequestOptions) => {
    sent.push({ method: request.method, url: String(url), authorization: request.headers?.authorization });
    return streamed(answer(new URL(url), sent.length));
  }) as typeof httpRequest;
  const retry = { baseDelayMs: 0, maxDelayMs: 0, sleep: async () => undefined };
  const transport = new Transport({ credentials: () => USER, retry, ...options }, { http });
  return { transport, sent };
}

const get = { method: 'GET', registry: 'registry.test', scopes: ['repository:a/b:pull'], what: 'GET blob', url: `${BASE}/v2/a/b/blobs/x` };

test('401 → token (with credentials) → the request again → a redirect to storage without them → 503 → retried', async () => {
  const events: RequestEvent[] = [];
  const retries: string[] = [];
  let storageCalls = 0;
  const { transport, sent } = stack(
    (url): FakeAnswer => {
      if (url.pathname === '/token') return { status: 200, body: '{"token":"t1"}' };
      if (url.host === 'storage.test') return ++storageCalls === 1 ? { status: 503 } : { status: 200, body: 'bytes' };
      const challenge = `Bearer realm="${BASE}/token",service="registry.test"`;
      if (!sent.at(-1)?.authorization) return { status: 401, headers: { 'www-authenticate': challenge } };
      return { status: 307, headers: { location: 'https://storage.test/blob?sig=1' } };
    },
    { onRequest: (e) => events.push(e), onRetry: (m) => retries.push(m) },
  );
  const { response, url } = await transport.send(get);
  assert.is(response.buffered?.toString(), 'bytes');
  assert.is(url, 'https://storage.test/blob?sig=1');
  assert.equal(
    sent.map((s) => [new URL(s.url).host + new URL(s.url).pathname, s.authorization]),
    [
      ['registry.test/v2/a/b/blobs/x', undefined],
      ['registry.test/token', basicHeader(USER)],
      ['registry.test/v2/a/b/blobs/x', 'Bearer t1'],
      ['storage.test/blob', undefined],
      ['registry.test/v2/a/b/blobs/x', 'Bearer t1'],
      ['storage.test/blob', undefined],
    ],
  );
  assert.is(transport.requestCount, 6, 'token requests counted too');
  assert.is(events.length, 6);
  assert.equal(retries, ['registry.test: GET blob → HTTP 503; retry 1 in 0.0s']);
});

test('ping learns the challenge from /v2/ alone (no retry, no redirect); a refusal through the stack exits 3', async () => {
  const { transport, sent } = stack((url) =>
    url.pathname === '/v2/' ? { status: 401, headers: { 'www-authenticate': 'Basic realm="r"' } } : { status: 403 },
  );
  await transport.ping('registry.test');
  assert.ok(transport.auth.hasChallenge('registry.test'));
  const error = await transport.send(get).catch((e: unknown) => e);
  assert.is(exitCodeFor(error), 3);
  assert.equal(
    sent.map((s) => s.authorization),
    [undefined, basicHeader(USER)],
    'Basic sent at once once the challenge is known',
  );
});

test.run();
