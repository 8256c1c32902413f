// Faults a real registry will not produce on demand, from the fault-injecting proxy in front of it.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { startFaultProxy, startRedirectTarget, type FaultProxy } from '../../../testing/fault-proxy.ts';
import { makeTestImage, pushSampleImage } from '../../../testing/sample-image.ts';
import { RegistryClient } from '../../../lib/registry/client.ts';
import { parseReference } from '../../../lib/oci/reference.ts';
import { isRefused, RegistryError } from '../../../lib/registry/errors.ts';
import { buffer } from 'node:stream/consumers';

interface Ctx {
  registry: RegistryServer;
  proxy: FaultProxy;
  digest: string;
  layer: { digest: string; size: number };
}

const faults = suite<Ctx>('registry client through a fault-injecting proxy (token-mode registry behind it)');
faults.before(async (ctx) => {
  ctx.registry = await startRegistry({ mode: 'token' });
  ctx.proxy = await startFaultProxy(ctx.registry.url, { seed: 7 });
  const image = makeTestImage({ layers: 1, layerSize: 128 * 1024 });
  ctx.digest = await pushSampleImage(client(ctx), image, ref('apache/faulty:1'));
  ctx.layer = image.layers[0];
});
faults.after(async (ctx) => {
  await ctx.proxy?.stop();
  await ctx.registry?.stop();
});
faults.before.each((ctx) => ctx.proxy.clearRules());

const HOST = 'ghcr.io';
const ref = (name: string) => parseReference(`${HOST}/${name}`);
function client(ctx: Ctx, options: { timeoutMs?: number } = {}) {
  return new RegistryClient({
    endpoints: new Map([[HOST, ctx.proxy.url]]),
    credentials: () => ({ username: ctx.registry.username, password: ctx.registry.password }),
    retry: { attempts: 5, baseDelayMs: 20, maxDelayMs: 100 },
    ...options,
  });
}
const headRequests = (ctx: Ctx) => ctx.proxy.log.filter((l) => l.method === 'HEAD' && l.path.includes('/manifests/'));

faults('a 503 burst is retried with backoff and the check succeeds', async (ctx) => {
  const rule = ctx.proxy.addRule({ method: 'HEAD', path: /\/manifests\//, fault: { kind: 'status', status: 503 }, times: 3 });
  assert.is(await client(ctx).manifestDigest(ref('apache/faulty:1')), ctx.digest);
  assert.is(rule.fired, 3);
});

faults('429 with Retry-After in seconds: the next request waits at least that long', async (ctx) => {
  ctx.proxy.addRule({
    method: 'HEAD',
    path: /\/manifests\//,
    fault: { kind: 'status', status: 429, headers: { 'retry-after': '1' } },
    times: 1,
  });
  const c = client(ctx);
  const before = ctx.proxy.log.length;
  assert.is(await c.manifestDigest(ref('apache/faulty:1')), ctx.digest);
  const heads = ctx.proxy.log.slice(before).filter((l) => l.method === 'HEAD');
  const limited = heads.findIndex((l) => l.status === 429);
  assert.ok(limited >= 0);
  assert.ok(heads[limited + 1].time - heads[limited].time >= 1000, `waited ${heads[limited + 1].time - heads[limited].time} ms`);
});

faults('429 with Retry-After as an HTTP date is honoured too', async (ctx) => {
  const at = new Date(Date.now() + 2000).toUTCString();
  ctx.proxy.addRule({
    method: 'HEAD',
    path: /\/manifests\//,
    fault: { kind: 'status', status: 429, headers: { 'retry-after': at } },
    times: 1,
  });
  const before = ctx.proxy.log.length;
  assert.is(await client(ctx).manifestDigest(ref('apache/faulty:1')), ctx.digest);
  const heads = ctx.proxy.log.slice(before).filter((l) => l.method === 'HEAD');
  const limited = heads.findIndex((l) => l.status === 429);
  // The date has 1 s resolution: the retry comes no earlier than the announced second.
  assert.ok(heads[limited + 1].time >= Date.parse(at) - 1, `retried at ${heads[limited + 1].time}, announced ${Date.parse(at)}`);
});

faults('connection resets are retried', async (ctx) => {
  const rule = ctx.proxy.addRule({ method: 'HEAD', path: /\/manifests\//, fault: { kind: 'reset' }, times: 2 });
  assert.is(await client(ctx).manifestDigest(ref('apache/faulty:1')), ctx.digest);
  assert.is(rule.fired, 2);
});

faults('a stalled request times out per request and is retried', async (ctx) => {
  ctx.proxy.addRule({ method: 'HEAD', path: /\/manifests\//, fault: { kind: 'stall', ms: 5000 }, times: 1 });
  const started = Date.now();
  assert.is(await client(ctx, { timeoutMs: 300 }).manifestDigest(ref('apache/faulty:1')), ctx.digest);
  assert.ok(Date.now() - started < 3000);
});

faults('a refused HEAD (405) falls back to GET, digest computed from the body', async (ctx) => {
  ctx.proxy.addRule({ method: 'HEAD', path: /\/manifests\//, fault: { kind: 'status', status: 405 } });
  const before = ctx.proxy.log.length;
  assert.is(await client(ctx).manifestDigest(ref('apache/faulty:1')), ctx.digest);
  assert.is(await client(ctx).manifestDigest(ref('apache/faulty:missing')), undefined);
  assert.ok(ctx.proxy.log.slice(before).some((l) => l.method === 'GET' && l.path.includes('/manifests/1')));
});

faults('a truncated blob body is detected and not accepted as the blob', async (ctx) => {
  const c = client(ctx);
  assert.ok(await c.blobExists(ref('apache/faulty:1'), ctx.layer.digest)); // token cached: the next GET is the blob itself
  ctx.proxy.addRule({ method: 'GET', path: /\/blobs\/sha256:/, fault: { kind: 'truncate', bytes: 1000 }, times: 1 });
  const stream = await c.fetchBlob(ref('apache/faulty:1'), ctx.layer.digest, ctx.layer.size);
  const error = await buffer(stream).catch((e) => e);
  assert.instance(error, Error, 'reading a cut-short body must fail');
  const whole = await c.fetchBlob(ref('apache/faulty:1'), ctx.layer.digest, ctx.layer.size);
  assert.is((await buffer(whole)).byteLength, ctx.layer.size);
});

faults('a cross-host blob redirect is followed without the Authorization header', async (ctx) => {
  const c = client(ctx);
  assert.is(await c.manifestDigest(ref('apache/faulty:1')), ctx.digest); // warms the token
  const token = c.auth.tokens.get(HOST, ['repository:apache/faulty:pull'])!;
  const target = await startRedirectTarget(ctx.registry.url, { upstreamAuthorization: token });
  try {
    ctx.proxy.addRule({ method: 'GET', path: /\/blobs\/sha256:/, fault: { kind: 'redirect', to: target.url } });
    const stream = await c.fetchBlob(ref('apache/faulty:1'), ctx.layer.digest, ctx.layer.size);
    assert.is((await buffer(stream)).byteLength, ctx.layer.size);
    assert.is(target.requests, 1);
    assert.equal(target.authorizationHeaders, []);
  } finally {
    await target.stop();
  }
});

faults('persistent 503: gives up after the configured attempts with a transient error', async (ctx) => {
  ctx.proxy.addRule({ method: 'HEAD', path: /\/manifests\//, fault: { kind: 'status', status: 503 } });
  const before = headRequests(ctx).length;
  const error = await client(ctx)
    .manifestDigest(ref('apache/faulty:1'))
    .catch((e) => e);
  assert.instance(error, RegistryError);
  assert.ok(error.temporary && error.retryable);
  assert.match(error.message, /HTTP 503/);
  assert.is(headRequests(ctx).length - before, 5);
});

faults('401 after authentication is not retried', async (ctx) => {
  const c = new RegistryClient({
    endpoints: new Map([[HOST, ctx.proxy.url]]),
    credentials: () => ({ username: ctx.registry.username, password: 'wrong' }),
    retry: { attempts: 5, baseDelayMs: 20, maxDelayMs: 100 },
  });
  const before = headRequests(ctx).length;
  assert.ok(isRefused(await c.manifestDigest(ref('apache/faulty:1')).catch((e) => e)));
  assert.is(headRequests(ctx).length - before, 1, 'one challenge, then the token service refuses: no HEAD retries');
});

faults.run();
