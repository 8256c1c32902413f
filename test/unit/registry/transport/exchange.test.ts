import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Readable } from 'node:stream';
import { BASE, buffered, request, streamed, type FakeAnswer } from './fakes.ts';
import { errorDetail, httpExchange, type RequestEvent } from '../../../../lib/registry/transport/index.ts';
import { isUnreachable, RegistryError } from '../../../../lib/registry/errors.ts';
import { HttpError, type httpRequest, type HttpRequestOptions } from '../../../../lib/support/http.ts';
import { exitCodeFor } from '../../../../lib/support/errors.ts';

const test = suite('lib/registry/transport/exchange: one HTTP exchange, its timeout, caps and the one error mapping');

/** A fake HTTP client: answers from `answer`, records the options it was given. */
function fakeHttp(answer: (url: string, options: HttpRequestOptions) => FakeAnswer | Error | 'hang') {
  const calls: { url: string; options: HttpRequestOptions }[] = [];
  const http = (async (url: string | URL, options: HttpRequestOptions) => {
    calls.push({ url: String(url), options });
    const a = answer(String(url), options);
    if (a === 'hang') {
      return new Promise((_, reject) => options.signal?.addEventListener('abort', () => reject(options.signal!.reason), { once: true }));
    }
    if (a instanceof Error) throw a;
    return streamed(a);
  }) as typeof httpRequest;
  return { http, calls };
}

test('a small answer is buffered; the request is counted and reported; only `headers` go out, never `authorization`', async () => {
  const { http, calls } = fakeHttp(() => ({ status: 200, headers: { 'content-type': 'application/json' }, body: '{"a":1}' }));
  const events: RequestEvent[] = [];
  let sent = 0;
  const exchange = httpExchange({ timeoutMs: 1000, http, onRequest: (e) => events.push(e), onSend: () => sent++ });
  const { response, url } = await exchange(request({ headers: { accept: 'x' }, authorization: 'Bearer secret' }));
  assert.is(response.buffered?.toString(), '{"a":1}');
  assert.is(url, `${BASE}/v2/apache/airflow/manifests/1`);
  assert.is(sent, 1);
  assert.equal(events, [{ method: 'GET', url, status: 200 }]);
  assert.equal(calls[0].options.headers, { accept: 'x' });
});

test('caps: a success past maxBytes is refused (TOO_LARGE), an error body is cut at 64 KiB, HEAD reads nothing', async () => {
  const big = Buffer.alloc(100 * 1024, 'x');
  const ok = httpExchange({ timeoutMs: 1000, http: fakeHttp(() => ({ status: 200, body: big })).http });
  const error = await ok(request({ maxBytes: 1024 })).catch((e: unknown) => e);
  assert.instance(error, RegistryError);
  assert.is((error as RegistryError).code, 'TOO_LARGE');
  const failing = httpExchange({ timeoutMs: 1000, http: fakeHttp(() => ({ status: 500, body: big })).http });
  assert.is((await failing(request())).response.buffered?.length, 64 * 1024);
  const head = httpExchange({ timeoutMs: 1000, http: fakeHttp(() => ({ status: 200, body: 'ignored' })).http });
  assert.is((await head(request({ method: 'HEAD' }))).response.buffered?.length, 0);
});

test('a redirect is handed back unread for the redirects layer; with a request body it is the final answer', async () => {
  const { http } = fakeHttp(() => ({ status: 307, headers: { location: '/elsewhere' }, body: 'moved' }));
  const exchange = httpExchange({ timeoutMs: 1000, http });
  const redirect = await exchange(request());
  assert.is(redirect.response.status, 307);
  assert.is(redirect.response.buffered?.length, 0);
  const withBody = await exchange(request({ method: 'PUT', body: Buffer.from('x') }));
  assert.is(withBody.response.buffered?.toString(), 'moved');
});

test('streaming: the body is left open for the caller', async () => {
  const exchange = httpExchange({ timeoutMs: 1000, http: fakeHttp(() => ({ status: 200, body: 'blob' })).http });
  const { response } = await exchange(request({ streaming: true }));
  assert.is(response.buffered, undefined);
  const chunks: Buffer[] = [];
  for await (const chunk of response.body) chunks.push(chunk as Buffer);
  assert.is(Buffer.concat(chunks).toString(), 'blob');
});

test('the one error mapping: a connection failure is a temporary network error (unreachable), reported', async () => {
  const events: RequestEvent[] = [];
  const { http } = fakeHttp(() => new HttpError('ECONNREFUSED: connect', 'ECONNREFUSED'));
  const exchange = httpExchange({ timeoutMs: 1000, http, onRequest: (e) => events.push(e) });
  const error = (await exchange(request()).catch((e: unknown) => e)) as RegistryError;
  assert.instance(error, RegistryError);
  assert.is(error.code, 'NETWORK');
  assert.ok(error.temporary);
  assert.ok(isUnreachable(error));
  assert.is(exitCodeFor(error), 1);
  assert.is(error.message, 'GET manifest: network error (ECONNREFUSED)');
  assert.is(events[0].error, 'network error (ECONNREFUSED)');
});

test("the one error mapping: a RegistryError passes as it is, the caller's abort is the caller's reason", async () => {
  const own = new RegistryError('digest mismatch', { code: 'DIGEST_INVALID' });
  const passing = httpExchange({ timeoutMs: 1000, http: fakeHttp(() => own).http });
  assert.is(await passing(request()).catch((e: unknown) => e), own);
  const controller = new AbortController();
  const reason = new Error('stop');
  const hanging = httpExchange({ timeoutMs: 60_000, http: fakeHttp(() => 'hang').http });
  const pending = hanging(request({ signal: controller.signal })).catch((e: unknown) => e);
  controller.abort(reason);
  assert.is(await pending, reason);
});

test('timeout: a server that never answers ends in a temporary "timed out" error; a given deadline is kept', async () => {
  const exchange = httpExchange({ timeoutMs: 20, http: fakeHttp(() => 'hang').http });
  const error = (await exchange(request()).catch((e: unknown) => e)) as RegistryError;
  assert.is(error.message, 'GET manifest: timed out after 20 ms');
  assert.ok(error.temporary);
  const deadline = Date.now() + 5000;
  const answering = httpExchange({ timeoutMs: 20, http: fakeHttp(() => ({ status: 200 })).http });
  assert.is((await answering(request({ deadline }))).deadline, deadline);
});

test('a stream body is made when sent, times out on idleness only (in the HTTP client), its answer cut at 64 KiB', async () => {
  const { http, calls } = fakeHttp(() => ({ status: 201, body: Buffer.alloc(70 * 1024) }));
  const exchange = httpExchange({ timeoutMs: 1234, http });
  const sent = await exchange(request({ method: 'PUT', body: () => Readable.from([Buffer.from('bytes')]) }));
  assert.is(sent.deadline, undefined);
  assert.is(calls[0].options.timeoutMs, 1234);
  assert.is(sent.response.buffered?.length, 64 * 1024);
});

test('errorDetail reads the registry\'s {"errors":[…]} and tolerates anything else', async () => {
  const unknown = buffered({ status: 404, body: '{"errors":[{"code":"MANIFEST_UNKNOWN","message":"no"}]}' });
  assert.equal(await errorDetail(unknown), { code: 'MANIFEST_UNKNOWN', message: 'no' });
  assert.is(await errorDetail(buffered({ status: 500, body: '<html>' })), undefined);
});

test.run();
