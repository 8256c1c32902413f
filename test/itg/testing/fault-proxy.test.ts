import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { makeTestImage, pushWithSkopeo, skopeo, skopeoDigest, writeOciLayout, sha256, type TestImage } from '../../helpers/images.ts';
import {
  startFaultProxy,
  startRedirectTarget,
  mulberry32,
  type FaultProxy,
  type FaultProxyOptions,
  type RedirectTarget,
} from '../../../testing/fault-proxy.ts';

const REPO = 'ci/fault-proxy';
const TAG = 'v1';
const MANIFEST_ACCEPT = 'application/vnd.oci.image.manifest.v1+json';

interface Ctx {
  registry?: RegistryServer;
  image?: TestImage;
}

/** Runs `body` with a fresh proxy that is always stopped. */
async function withProxy<T>(registry: RegistryServer, body: (proxy: FaultProxy) => Promise<T>, options?: FaultProxyOptions): Promise<T> {
  const proxy = await startFaultProxy(registry.url, options);
  try {
    return await body(proxy);
  } finally {
    await proxy.stop();
  }
}

async function withTarget<T>(upstream: string, body: (target: RedirectTarget) => Promise<T>, upstreamAuthorization?: string): Promise<T> {
  const target = await startRedirectTarget(upstream, { upstreamAuthorization });
  try {
    return await body(target);
  } finally {
    await target.stop();
  }
}

async function rejects(promise: Promise<unknown>): Promise<Error & { cause?: { code?: string } }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { cause?: { code?: string } };
  }
  throw new assert.Assertion({
    message: 'expected the promise to reject',
    operator: 'rejects',
    generated: false,
    expects: 'rejection',
    actual: 'resolved',
  });
}

const manifestPath = `/v2/${REPO}/manifests/${TAG}`;
const blobPath = (digest: string) => `/v2/${REPO}/blobs/${digest}`;

// ---------------------------------------------------------------------------------------------
const open = suite<Ctx>('fault proxy in front of a real registry (open mode)');

open.before(async (ctx) => {
  ctx.registry = await startRegistry({ mode: 'open' });
  ctx.image = makeTestImage({ layers: 2, layerSize: 256 * 1024 });
  await pushWithSkopeo(ctx.registry, ctx.image, REPO, TAG);
});

open.after(async (ctx) => {
  await ctx.registry?.stop();
});

open('pass-through: manifest GET/HEAD give the same bytes and Docker-Content-Digest as the registry', async ({ registry, image }) => {
  await withProxy(registry!, async (proxy) => {
    assert.match(proxy.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.is(proxy.host, proxy.url.slice('http://'.length));
    const direct = await fetch(`${registry!.url}${manifestPath}`, { headers: { accept: MANIFEST_ACCEPT } });
    const viaProxy = await fetch(`${proxy.url}${manifestPath}`, { headers: { accept: MANIFEST_ACCEPT } });
    assert.is(viaProxy.status, 200);
    const bytes = Buffer.from(await viaProxy.arrayBuffer());
    assert.ok(bytes.equals(image!.manifest));
    assert.ok(bytes.equals(Buffer.from(await direct.arrayBuffer())));
    assert.is(viaProxy.headers.get('docker-content-digest'), image!.manifestDigest);
    assert.is(viaProxy.headers.get('docker-content-digest'), direct.headers.get('docker-content-digest'));
    assert.is(viaProxy.headers.get('content-type'), direct.headers.get('content-type'));
    assert.is(viaProxy.headers.get('content-length'), String(image!.manifest.length));

    const head = await fetch(`${proxy.url}${manifestPath}`, { method: 'HEAD', headers: { accept: MANIFEST_ACCEPT } });
    assert.is(head.status, 200);
    assert.is(head.headers.get('docker-content-digest'), image!.manifestDigest);
    assert.is(head.headers.get('content-length'), String(image!.manifest.length));

    const layer = image!.layers[0];
    const blob = await fetch(`${proxy.url}${blobPath(layer.digest)}`);
    assert.is(blob.status, 200);
    assert.is(sha256(Buffer.from(await blob.arrayBuffer())), layer.digest);

    const missing = await fetch(`${proxy.url}/v2/${REPO}/manifests/nope`, { headers: { accept: MANIFEST_ACCEPT } });
    assert.is(missing.status, 404);
    assert.match(await missing.text(), /MANIFEST_UNKNOWN/);
    assert.equal(
      proxy.log.map((e) => [e.method, e.status, e.fault]),
      [
        ['GET', 200, undefined],
        ['HEAD', 200, undefined],
        ['GET', 200, undefined],
        ['GET', 404, undefined],
      ],
    );
  });
});

open('upload sessions: absolute Location URLs of the registry are rewritten to the proxy origin', async ({ registry }) => {
  await withProxy(registry!, async (proxy) => {
    const direct = await fetch(`${registry!.url}/v2/${REPO}/blobs/uploads/`, { method: 'POST', headers: { 'content-length': '0' } });
    assert.is(direct.status, 202);
    assert.ok(
      direct.headers.get('location')!.startsWith(`${registry!.url}/v2/${REPO}/blobs/uploads/`),
      'registry answers with absolute URLs',
    );

    const start = await fetch(`${proxy.url}/v2/${REPO}/blobs/uploads/`, { method: 'POST', headers: { 'content-length': '0' } });
    assert.is(start.status, 202);
    const location = start.headers.get('location')!;
    assert.ok(location.startsWith(`${proxy.url}/v2/${REPO}/blobs/uploads/`), location);
    assert.ok(start.headers.get('docker-upload-uuid'));

    const data = Buffer.from(`monolithic upload through the proxy ${Date.now()}`);
    const digest = sha256(data);
    const put = await fetch(`${location}${location.includes('?') ? '&' : '?'}digest=${encodeURIComponent(digest)}`, {
      method: 'PUT',
      body: data,
      headers: { 'content-type': 'application/octet-stream' },
    });
    assert.is(put.status, 201);
    assert.ok(put.headers.get('location')!.startsWith(`${proxy.url}/v2/${REPO}/blobs/${digest}`), put.headers.get('location')!);
    const back = await fetch(`${registry!.url}${blobPath(digest)}`);
    assert.ok(Buffer.from(await back.arrayBuffer()).equals(data));
  });
});

open('status rule with times:2 answers 503, 503, then passes through (200)', async ({ registry, image }) => {
  await withProxy(registry!, async (proxy) => {
    const handle = proxy.addRule({
      method: 'GET',
      path: /\/manifests\//,
      times: 2,
      fault: { kind: 'status', status: 503, body: 'try later' },
    });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${proxy.url}${manifestPath}`, { headers: { accept: MANIFEST_ACCEPT } });
      statuses.push(res.status);
      const body = Buffer.from(await res.arrayBuffer());
      if (i < 2) assert.is(body.toString(), 'try later');
      else assert.ok(body.equals(image!.manifest));
    }
    assert.equal(statuses, [503, 503, 200]);
    assert.is(handle.fired, 2);
    // method filter: HEAD does not match a GET rule
    proxy.clearRules();
    proxy.addRule({ method: 'GET', path: /\/manifests\//, fault: { kind: 'status', status: 500 } });
    const head = await fetch(`${proxy.url}${manifestPath}`, { method: 'HEAD', headers: { accept: MANIFEST_ACCEPT } });
    assert.is(head.status, 200);
    const get = await fetch(`${proxy.url}${manifestPath}`, { headers: { accept: MANIFEST_ACCEPT } });
    assert.is(get.status, 500);
    await get.arrayBuffer();
  });
});

open('429 with Retry-After (seconds and HTTP date) is delivered as-is', async ({ registry }) => {
  await withProxy(registry!, async (proxy) => {
    const date = new Date(Date.now() + 3000).toUTCString();
    proxy.addRule({
      path: /\/manifests\//,
      times: 1,
      fault: { kind: 'status', status: 429, headers: { 'retry-after': '2' }, body: '{"errors":[{"code":"TOOMANYREQUESTS"}]}' },
    });
    proxy.addRule({
      path: /\/manifests\//,
      times: 1,
      fault: { kind: 'status', status: 429, headers: { 'retry-after': date, 'content-type': 'application/json' } },
    });
    const first = await fetch(`${proxy.url}${manifestPath}`);
    assert.is(first.status, 429);
    assert.is(first.headers.get('retry-after'), '2');
    assert.is(await first.text(), '{"errors":[{"code":"TOOMANYREQUESTS"}]}');
    const second = await fetch(`${proxy.url}${manifestPath}`);
    assert.is(second.status, 429);
    assert.is(second.headers.get('retry-after'), date);
    assert.is(second.headers.get('content-type'), 'application/json');
    assert.is(await second.text(), '');
    const third = await fetch(`${proxy.url}${manifestPath}`, { headers: { accept: MANIFEST_ACCEPT } });
    assert.is(third.status, 200);
    await third.arrayBuffer();
  });
});

open('reset: the connection is destroyed without an answer (fetch fails)', async ({ registry }) => {
  await withProxy(registry!, async (proxy) => {
    proxy.addRule({ path: /\/manifests\//, times: 1, fault: { kind: 'reset' } });
    const error = await rejects(fetch(`${proxy.url}${manifestPath}`));
    assert.instance(error, TypeError);
    assert.ok(['ECONNRESET', 'UND_ERR_SOCKET'].includes(error.cause?.code ?? ''), `cause: ${String(error.cause?.code)}`);
    const after = await fetch(`${proxy.url}${manifestPath}`, { headers: { accept: MANIFEST_ACCEPT } });
    assert.is(after.status, 200);
    await after.arrayBuffer();
    assert.equal(
      proxy.log.map((e) => [e.fault, e.status]),
      [
        ['reset', undefined],
        [undefined, 200],
      ],
    );
  });
});

open('stall: a client timeout aborts; a stall that ends resets the connection', async ({ registry }) => {
  await withProxy(registry!, async (proxy) => {
    proxy.addRule({ path: /\/manifests\//, times: 1, fault: { kind: 'stall', ms: 10_000 } });
    let started = Date.now();
    const timeout = await rejects(fetch(`${proxy.url}${manifestPath}`, { signal: AbortSignal.timeout(300) }));
    let elapsed = Date.now() - started;
    assert.is(timeout.name, 'TimeoutError');
    assert.ok(elapsed >= 250 && elapsed < 3000, `aborted after ${elapsed} ms`);

    proxy.addRule({ path: /\/manifests\//, times: 1, fault: { kind: 'stall', ms: 200 } });
    started = Date.now();
    const reset = await rejects(fetch(`${proxy.url}${manifestPath}`));
    elapsed = Date.now() - started;
    assert.instance(reset, TypeError);
    assert.ok(elapsed >= 150, `reset after ${elapsed} ms`);
    assert.equal(
      proxy.log.map((e) => e.fault),
      ['stall:10000', 'stall:200'],
    );
  });
});

open('truncate: the head keeps the original content-length, the body stops after N bytes', async ({ registry, image }) => {
  await withProxy(registry!, async (proxy) => {
    const layer = image!.layers[1];
    proxy.addRule({ method: 'GET', path: /\/blobs\/sha256:/, times: 1, fault: { kind: 'truncate', bytes: 1000 } });
    const res = await fetch(`${proxy.url}${blobPath(layer.digest)}`);
    assert.is(res.status, 200);
    assert.is(res.headers.get('content-length'), String(layer.size));
    assert.is(res.headers.get('docker-content-digest'), layer.digest);
    const reader = res.body!.getReader();
    const chunks: Buffer[] = [];
    let failed: unknown;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(Buffer.from(value));
      }
    } catch (error) {
      failed = error;
    }
    const received = Buffer.concat(chunks);
    assert.ok(failed !== undefined || received.length < layer.size, 'short body must be noticed');
    assert.is(received.length, 1000);
    assert.ok(received.equals(layer.data.subarray(0, 1000)));

    // arrayBuffer() on a truncated body rejects
    proxy.addRule({ method: 'GET', path: /\/blobs\/sha256:/, times: 1, fault: { kind: 'truncate', bytes: 0 } });
    const empty = await fetch(`${proxy.url}${blobPath(layer.digest)}`);
    assert.is(empty.headers.get('content-length'), String(layer.size));
    await rejects(empty.arrayBuffer());

    // rule exhausted: the next GET is whole
    const whole = await fetch(`${proxy.url}${blobPath(layer.digest)}`);
    assert.is(sha256(Buffer.from(await whole.arrayBuffer())), layer.digest);
    assert.equal(
      proxy.log.map((e) => [e.fault, e.status]),
      [
        ['truncate:1000', 200],
        ['truncate:0', 200],
        [undefined, 200],
      ],
    );
  });
});

open('redirect: 307 to a second host that serves the blob and records Authorization headers', async ({ registry, image }) => {
  await withTarget(registry!.url, async (target) => {
    await withProxy(registry!, async (proxy) => {
      const layer = image!.layers[0];
      proxy.addRule({ method: 'GET', path: /\/blobs\/sha256:/, fault: { kind: 'redirect', to: target.url } });

      const manual = await fetch(`${proxy.url}${blobPath(layer.digest)}`, {
        redirect: 'manual',
        headers: { authorization: 'Bearer registry-secret' },
      });
      assert.is(manual.status, 307);
      assert.is(manual.headers.get('location'), `${target.url}${blobPath(layer.digest)}`);
      assert.is(target.requests, 0);

      // a careless client that re-sends the registry credential to the storage host is caught
      const leaked = await fetch(manual.headers.get('location')!, { headers: { authorization: 'Bearer registry-secret' } });
      assert.is(leaked.status, 200);
      assert.ok(Buffer.from(await leaked.arrayBuffer()).equals(layer.data));
      assert.equal(target.authorizationHeaders, ['Bearer registry-secret']);

      // following the redirect without credentials yields the blob bytes
      const followed = await fetch(`${proxy.url}${blobPath(layer.digest)}`);
      assert.is(followed.status, 200);
      assert.is(followed.url, `${target.url}${blobPath(layer.digest)}`);
      assert.is(sha256(Buffer.from(await followed.arrayBuffer())), layer.digest);

      // range requests reach the registry through the target
      const ranged = await fetch(`${proxy.url}${blobPath(layer.digest)}`, { headers: { range: 'bytes=0-9' } });
      assert.is(ranged.status, 206);
      assert.ok(Buffer.from(await ranged.arrayBuffer()).equals(layer.data.subarray(0, 10)));

      assert.is(target.requests, 3);
      assert.equal(target.paths, [blobPath(layer.digest), blobPath(layer.digest), blobPath(layer.digest)]);
      assert.equal(target.authorizationHeaders, ['Bearer registry-secret']);
      assert.equal(
        proxy.log.map((e) => [e.fault, e.status]),
        [
          ['redirect', 307],
          ['redirect', 307],
          ['redirect', 307],
        ],
      );
    });
  });
});

open('log: every request with its arrival time, method, path+query and the fault that fired', async ({ registry }) => {
  await withProxy(registry!, async (proxy) => {
    proxy.addRule({ method: 'HEAD', path: /\/manifests\//, times: 1, fault: { kind: 'status', status: 502 } });
    proxy.addRule({ path: /\?reset=1$/, fault: { kind: 'reset' } });
    const before = Date.now();
    assert.is((await fetch(`${proxy.url}${manifestPath}`, { method: 'HEAD' })).status, 502);
    await rejects(fetch(`${proxy.url}/v2/?reset=1`));
    const ping = await fetch(`${proxy.url}/v2/?n=2`);
    assert.is(ping.status, 200);
    await ping.arrayBuffer();
    const after = Date.now();
    assert.equal(
      proxy.log.map(({ method, path, fault, status }) => ({ method, path, fault, status })),
      [
        { method: 'HEAD', path: manifestPath, fault: 'status:502', status: 502 },
        { method: 'GET', path: '/v2/?reset=1', fault: 'reset', status: undefined },
        { method: 'GET', path: '/v2/?n=2', fault: undefined, status: 200 },
      ],
    );
    const times = proxy.log.map((e) => e.time);
    assert.ok(
      times.every((t, i) => t >= before && t <= after && (i === 0 || t >= times[i - 1])),
      JSON.stringify(times),
    );
  });
});

open('skopeo copy THROUGH the proxy works with no rules (POST/PATCH/PUT uploads, Location rewrite)', async ({ registry }) => {
  await withProxy(registry!, async (proxy) => {
    const image = makeTestImage({ layers: 3, layerSize: 128 * 1024 });
    const layout = writeOciLayout(image, 'through');
    try {
      await skopeo(undefined, [
        'copy',
        '--dest-tls-verify=false',
        '--preserve-digests',
        `oci:${layout.dir}:through`,
        `docker://${proxy.host}/x/through-proxy:y`,
      ]);
    } finally {
      layout.cleanup();
    }
    assert.is(await skopeoDigest(registry!, 'x/through-proxy:y'), image.manifestDigest);
    const methods = new Set(proxy.log.map((e) => e.method));
    for (const method of ['POST', 'PUT']) assert.ok(methods.has(method), `saw ${[...methods].join(',')}`);
    assert.ok(proxy.log.some((e) => e.method === 'PUT' && /\/manifests\/y$/.test(e.path) && e.status === 201));
    assert.ok(
      proxy.log.every((e) => e.status !== undefined && e.status < 500 && e.fault === undefined),
      JSON.stringify(proxy.log),
    );
    // uploads continued at the proxy (rewritten Location), not at the registry directly
    assert.ok(
      proxy.log.some((e) => /\/blobs\/uploads\/[^?]+\?/.test(e.path) && (e.method === 'PUT' || e.method === 'PATCH')),
      JSON.stringify(proxy.log),
    );

    // and pulling back through the proxy gives the same digest
    const raw = await skopeo(undefined, ['inspect', '--tls-verify=false', '--raw', `docker://${proxy.host}/x/through-proxy:y`]);
    assert.is(sha256(Buffer.from(raw)), image.manifestDigest);
  });
});

open('probability rules with the same seed fire on the same request indices across runs', async ({ registry }) => {
  const run = (seed: number) =>
    withProxy(
      registry!,
      async (proxy) => {
        proxy.addRule({ method: 'GET', path: /^\/v2\/$/, probability: 0.4, fault: { kind: 'status', status: 503 } });
        const fired: number[] = [];
        for (let i = 0; i < 30; i++) {
          const res = await fetch(`${proxy.url}/v2/`);
          await res.arrayBuffer();
          if (res.status === 503) fired.push(i);
          else assert.is(res.status, 200);
        }
        assert.equal(
          proxy.log.flatMap((e, i) => (e.fault ? [i] : [])),
          fired,
        );
        return fired;
      },
      { seed },
    );
  const first = await run(1234);
  const second = await run(1234);
  assert.equal(first, second);
  assert.ok(first.length > 0 && first.length < 30, `fired on ${first.length} of 30`);
  // the pattern is mulberry32(seed)'s: draw i fires when it is below the probability
  const random = mulberry32(1234);
  assert.equal(
    first,
    Array.from({ length: 30 }, (_, i) => [i, random()] as const)
      .filter(([, r]) => r < 0.4)
      .map(([i]) => i),
  );
  assert.not.equal(await run(99), first);
});

open.run();

// ---------------------------------------------------------------------------------------------
const token = suite<Ctx>('redirect target in front of a token-auth registry');

token.before(async (ctx) => {
  ctx.registry = await startRegistry({ mode: 'token' });
  ctx.image = makeTestImage({ layers: 1, layerSize: 4096 });
  await pushWithSkopeo(ctx.registry, ctx.image, REPO, TAG);
});

token.after(async (ctx) => {
  await ctx.registry?.stop();
});

token('the proxy passes the Bearer challenge through; the target uses its own upstream credential', async ({ registry, image }) => {
  const layer = image!.layers[0];
  const basic = Buffer.from(`${registry!.username}:${registry!.password}`).toString('base64');
  const tokenResponse = await fetch(`${registry!.tokenServer!.realm}?service=ci-images-registry&scope=repository:${REPO}:pull`, {
    headers: { authorization: `Basic ${basic}` },
  });
  assert.is(tokenResponse.status, 200);
  const { token: bearer } = (await tokenResponse.json()) as { token: string };

  await withTarget(
    registry!.url,
    async (target) => {
      await withProxy(registry!, async (proxy) => {
        const challenge = await fetch(`${proxy.url}${blobPath(layer.digest)}`);
        assert.is(challenge.status, 401);
        assert.match(challenge.headers.get('www-authenticate') ?? '', /^Bearer realm="http:\/\/127\.0\.0\.1:\d+\/token"/);
        await challenge.arrayBuffer();

        proxy.addRule({ method: 'GET', path: /\/blobs\/sha256:/, fault: { kind: 'redirect', to: target.url } });
        const blob = await fetch(`${proxy.url}${blobPath(layer.digest)}`, { headers: { authorization: `Bearer ${bearer}` } });
        assert.is(blob.status, 200);
        assert.ok(Buffer.from(await blob.arrayBuffer()).equals(layer.data));
        assert.is(target.requests, 1);
      });
    },
    `Bearer ${bearer}`,
  );

  // without its own credential the target cannot read from a token-mode registry
  await withTarget(registry!.url, async (target) => {
    const denied = await fetch(`${target.url}${blobPath(layer.digest)}`, { headers: { authorization: `Bearer ${bearer}` } });
    assert.is(denied.status, 401);
    assert.is(denied.headers.get('www-authenticate'), null);
    await denied.arrayBuffer();
    assert.equal(target.authorizationHeaders, [`Bearer ${bearer}`]);
  });
});

token.run();
