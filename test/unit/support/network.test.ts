import { Readable } from 'node:stream';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { displayUrl, neutralize } from '../../../lib/support/network-text.ts';
import { formatBytes, readBounded } from '../../../lib/support/bounded-body.ts';
import { bufferedResponse, ResponseHeaders, type HttpResponse } from '../../../lib/support/http.ts';

/** A body arriving in 7-byte pieces, as off a socket. */
function streamed(text: string, headers: Record<string, string> = {}): HttpResponse {
  const pieces = text.match(/.{1,7}/gs)!.map((piece) => Buffer.from(piece));
  return { status: 200, ok: true, headers: new ResponseHeaders(headers), body: Readable.from(pieces) };
}

const network = suite('lib/support: network text and bounded bodies');

network('neutralize: no line breaks, controls or workflow commands survive; long text is cut', () => {
  const out = neutralize('a\r\nb\u0000c\u001b[31md\u2028e\u202ef ::error::x :::: end');
  assert.not.match(out, /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/);
  assert.not.ok(out.includes('::'));
  assert.ok(out.startsWith('a\\r\\nb\\u0000c\\u001b[31md'));
  assert.is(neutralize('x'.repeat(1000)).length, 301);
  assert.is(neutralize(42), '42');
});

network('displayUrl drops user, password, query and fragment', () => {
  assert.is(displayUrl('https://user:pw@example.com:8443/v2/a/blobs?X-Amz-Signature=s3cr3t#f'), 'https://example.com:8443/v2/a/blobs');
  assert.is(displayUrl('not a url'), '(not a URL)');
});

network('readBounded: Content-Length checked first, bytes counted otherwise, truncation on demand', async () => {
  const big = streamed('x'.repeat(100), { 'content-length': '100' });
  assert.equal(await readBounded(big, 10), { ok: false, announced: 100, received: 0 });
  const huge = streamed('x'.repeat(100), { 'content-length': String(1 << 30) });
  assert.equal(await readBounded(huge, 10), { ok: false, announced: 1 << 30, received: 0 });
  assert.ok(huge.body.destroyed, 'a large body announced over the limit is not read: its socket is closed');
  const chunked = streamed('y'.repeat(100));
  const over = await readBounded(chunked, 10);
  assert.is(over.ok, false);
  assert.ok(chunked.body.destroyed, 'the rest of a body past the limit is not read');
  const cut = await readBounded(streamed('z'.repeat(100)), 10, { truncate: true });
  assert.ok(cut.ok && cut.truncated && cut.bytes.toString() === 'z'.repeat(10));
  const small = await readBounded(streamed('ok'), 10);
  assert.ok(small.ok && !small.truncated && small.bytes.toString() === 'ok');
  const memory = await readBounded(bufferedResponse({ status: 200, headers: new ResponseHeaders({}) }, Buffer.from('w'.repeat(100))), 10, {
    truncate: true,
  });
  assert.ok(memory.ok && memory.truncated && memory.bytes.toString() === 'w'.repeat(10));
  assert.is(formatBytes(4 * 1024 * 1024), '4 MiB');
  assert.is(formatBytes(65 * 1024), '65 KiB');
  assert.is(formatBytes(12), '12 bytes');
});

network.run();
