/**
 * Hostile registries, round 3: documents that are two things at once (CVE-2021-41190), descriptor
 * digests that would smuggle path segments into a request carrying credentials, a sha512 child
 * whose bytes lie, and algorithms nobody can verify. Every answer comes from
 * testing/hostile-server.ts; each case asserts the error and what the server received.
 */
import { createHash } from 'node:crypto';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { startHostileServer, type Answer, type HostileRequest, type HostileServer } from '../../../testing/hostile-server.ts';
import { RegistryClient, MEDIA_TYPES } from '../../../lib/registry/client.ts';
import { copyImage } from '../../../lib/registry/copy.ts';
import { parseReference } from '../../../lib/oci/reference.ts';

interface Ctx {
  source: HostileServer;
  target: HostileServer;
}

const SOURCE = 'source.test';
const TARGET = 'target.test';
const BASIC = `Basic ${Buffer.from('user:round3-secret').toString('base64')}`;
const CONFIG = Buffer.from('{}');
const sha256 = (data: Buffer | string) => `sha256:${createHash('sha256').update(data).digest('hex')}`;
const configDescriptor = { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha256(CONFIG), size: CONFIG.length };
const layerDescriptor = (digest: string) => ({ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest, size: 4 });
const doc = (value: unknown) => Buffer.from(JSON.stringify(value));

function client(ctx: Ctx): RegistryClient {
  return new RegistryClient({
    endpoints: new Map([
      [SOURCE, ctx.source.url],
      [TARGET, ctx.target.url],
    ]),
    credentials: () => ({ username: 'user', password: 'round3-secret' }),
    retry: { attempts: 1, baseDelayMs: 10, maxDelayMs: 20 },
    timeoutMs: 3000,
  });
}

/** A registry that answers `manifests` by path (tag or digest) and 404 for anything else; Basic auth on its own origin. */
function registry(manifests: Record<string, { body: Buffer; type: string }>) {
  return (request: HostileRequest): Answer => {
    if (request.headers.authorization !== BASIC) return { status: 401, headers: { 'www-authenticate': 'Basic realm="round3"' } };
    const match = /^\/v2\/app\/manifests\/(.+)$/.exec(request.path);
    const found = match ? manifests[decodeURIComponent(match[1])] : undefined;
    if (found && (request.method === 'GET' || request.method === 'HEAD')) {
      return { status: 200, headers: { 'content-type': found.type, 'docker-content-digest': sha256(found.body) }, body: found.body };
    }
    return { status: 404 };
  };
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.instance(error, Error, 'expected a refusal');
  return (error as Error).message;
}

const test = suite<Ctx>('reliability: hostile registries, round 3 (ambiguous manifests, digest grammar, algorithms)');
test.before(async (ctx) => {
  ctx.source = await startHostileServer();
  ctx.target = await startHostileServer();
});
test.after(async (ctx) => {
  await ctx.source?.stop();
  await ctx.target?.stop();
});
test.before.each((ctx) => {
  ctx.source.reset();
  ctx.target.reset();
});

test('ambiguous: an image manifest that also lists manifests is refused on read, and nothing is copied', async (ctx) => {
  const body = doc({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociManifest, config: configDescriptor, layers: [], manifests: [] });
  ctx.source.script(registry({ '1': { body, type: MEDIA_TYPES.ociManifest } }));
  ctx.target.script(() => ({ status: 201 }));
  const message = await refusal(copyImage(client(ctx), parseReference(`${SOURCE}/app:1`), parseReference(`${TARGET}/app:1`)));
  assert.match(message, /not a manifest \(ambiguous: both manifests and config\/layers\)/);
  assert.is(ctx.target.requests.length, 0, 'the target never heard of it');
});

test('ambiguous: a body whose mediaType says index, served as an image manifest, is refused', async (ctx) => {
  const body = doc({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, config: configDescriptor, layers: [] });
  ctx.source.script(registry({ '1': { body, type: MEDIA_TYPES.ociManifest } }));
  const message = await refusal(client(ctx).getManifest(parseReference(`${SOURCE}/app:1`)));
  assert.match(message, /ambiguous: mediaType "application\/vnd\.oci\.image\.index\.v1\+json" in the body/);
});

test('digest grammar: a layer digest carrying path segments never reaches a URL, with or without credentials', async (ctx) => {
  const smuggled = `${sha256('x')}/../../../../other/blobs/${sha256('y')}`;
  const body = doc({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociManifest, config: configDescriptor, layers: [layerDescriptor(smuggled)] });
  ctx.source.script(registry({ '1': { body, type: MEDIA_TYPES.ociManifest } }));
  ctx.target.script(() => ({ status: 404 }));
  const message = await refusal(copyImage(client(ctx), parseReference(`${SOURCE}/app:1`), parseReference(`${TARGET}/app:1`)));
  assert.match(message, /layers\[0\] is refused: digest ".*" is not a digest/);
  const paths = [...ctx.source.requests, ...ctx.target.requests].map((r) => r.path);
  assert.ok(
    paths.every((path) => !path.includes('..') && !path.includes('other')),
    paths.join(' '),
  );
  assert.is(ctx.target.requests.length, 0);
});

test('algorithms: a blake3 layer is refused naming the descriptor, not streamed unverified', async (ctx) => {
  const body = doc({
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociManifest,
    config: configDescriptor,
    layers: [layerDescriptor(`blake3:${'0'.repeat(64)}`)],
  });
  ctx.source.script(registry({ '1': { body, type: MEDIA_TYPES.ociManifest } }));
  const message = await refusal(copyImage(client(ctx), parseReference(`${SOURCE}/app:1`), parseReference(`${TARGET}/app:1`)));
  assert.match(message, /layers\[0\] is refused: digest algorithm of "blake3:0+" is not supported/);
  assert.ok(
    ctx.source.requests.every((r) => !r.path.includes('/blobs/')),
    'no blob was fetched',
  );
});

test('algorithms: a sha512 child whose bytes do not match its digest is refused', async (ctx) => {
  const child = doc({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociManifest, config: configDescriptor, layers: [] });
  const lie = `sha512:${createHash('sha512').update('something else').digest('hex')}`;
  const index = doc({
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociIndex,
    manifests: [{ mediaType: MEDIA_TYPES.ociManifest, digest: lie, size: child.length, platform: { os: 'linux', architecture: 'amd64' } }],
  });
  ctx.source.script(registry({ '1': { body: index, type: MEDIA_TYPES.ociIndex }, [lie]: { body: child, type: MEDIA_TYPES.ociManifest } }));
  const message = await refusal(copyImage(client(ctx), parseReference(`${SOURCE}/app:1`), parseReference(`${TARGET}/app:1`)));
  assert.match(message, /body digest sha512:[0-9a-f]{128} does not match sha512:/);
  assert.is(ctx.target.requests.filter((r) => r.method === 'PUT').length, 0, 'nothing written at the target');
});

test('cancellation: the first failed blob stops every other transfer of the copy, and no manifest is written', async (ctx) => {
  const failing = sha256('a blob the source has lost');
  const slow = sha256('a large blob the source trickles');
  const child = (digest: string, size: number) =>
    doc({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      config: configDescriptor,
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest, size }],
    });
  const [amd64, arm64] = [child(slow, 50_000_000), child(failing, 1000)];
  const index = doc({
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociIndex,
    manifests: [amd64, arm64].map((body, i) => ({
      mediaType: MEDIA_TYPES.ociManifest,
      digest: sha256(body),
      size: body.length,
      platform: { os: 'linux', architecture: ['amd64', 'arm64'][i] },
    })),
  });
  const manifests = registry({
    '1': { body: index, type: MEDIA_TYPES.ociIndex },
    [sha256(amd64)]: { body: amd64, type: MEDIA_TYPES.ociManifest },
    [sha256(arm64)]: { body: arm64, type: MEDIA_TYPES.ociManifest },
  });
  let slowStarted = false;
  ctx.source.script((request) => {
    if (request.headers.authorization === BASIC && request.path === `/v2/app/blobs/${slow}`) {
      slowStarted = true;
      return { status: 200, headers: { 'content-length': '50000000' }, trickle: { bytes: 2048, everyMs: 50 } };
    }
    // The lost blob answers only once the slow one is under way, so there is something to cancel.
    if (request.path === `/v2/app/blobs/${failing}`)
      return slowStarted ? { status: 404, body: '{"errors":[{"code":"BLOB_UNKNOWN"}]}' } : { status: 503 };
    return manifests(request);
  });
  ctx.target.script((request) => {
    if (request.method === 'POST') return { status: 202, headers: { location: `/v2/app/blobs/uploads/${request.time}` } };
    if (request.method === 'PUT' && request.path.includes('/blobs/uploads/')) return { status: 201 };
    return { status: 404 };
  });
  const c = new RegistryClient({
    endpoints: new Map([
      [SOURCE, ctx.source.url],
      [TARGET, ctx.target.url],
    ]),
    credentials: () => ({ username: 'user', password: 'round3-secret' }),
    retry: { attempts: 8, baseDelayMs: 20, maxDelayMs: 40 },
    timeoutMs: 5000,
  });
  const message = await refusal(copyImage(c, parseReference(`${SOURCE}/app:1`), parseReference(`${TARGET}/app:1`)));
  assert.match(message, /GET blob app@sha256:[0-9a-f]{64}.*(404|blob unknown)/i);
  // Cancelled at once: the trickle's writes stop (the socket was closed), nothing more reaches the target.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const [sent, targetRequests] = [ctx.source.bytesSent(), ctx.target.requests.length];
  await new Promise((resolve) => setTimeout(resolve, 1000));
  assert.is(ctx.source.bytesSent(), sent, 'the slow download was abandoned with the copy');
  assert.is(ctx.target.requests.length, targetRequests);
  assert.is(ctx.target.requests.filter((r) => r.method === 'PUT' && r.path.includes('/manifests/')).length, 0, 'no manifest, no tag');
});

test('totals: tag pages under the per-page cap still stop at 64 MiB over all pages, long before 1000 pages', async (ctx) => {
  const names = Array.from({ length: 30_000 }, (_, i) => `t${String(i).padStart(6, '0')}-${'x'.repeat(100)}`);
  const page = Buffer.from(JSON.stringify({ name: 'app', tags: names }));
  ctx.source.script((request): Answer => {
    if (request.headers.authorization !== BASIC) return { status: 401, headers: { 'www-authenticate': 'Basic realm="round3"' } };
    const n = Number(new URL(request.path, ctx.source.url).searchParams.get('last') ?? 0);
    return {
      status: 200,
      headers: { 'content-type': 'application/json', link: `</v2/app/tags/list?n=100&last=${n + 1}>; rel="next"` },
      body: page,
    };
  });
  const message = await refusal(client(ctx).listTags({ registry: SOURCE, repository: 'app' }));
  assert.match(message, /more than 64 MiB of tags over \d+ pages; stopping/);
  assert.ok(page.length < 4 * 1024 * 1024, 'each page is under the per-page cap');
  assert.ok(ctx.source.bytesSent() < 72 * 1024 * 1024, `read ${ctx.source.bytesSent()} bytes`);
  assert.ok(ctx.source.requests.length < 30, `${ctx.source.requests.length} pages`);
});

test.run();
