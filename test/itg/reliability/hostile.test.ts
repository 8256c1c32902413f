/**
 * Hostile servers (issue 12): a registry, token service, blob store or GitHub API that tries to
 * get our credentials elsewhere, smuggles commands into our logs, floods us, loops or trickles,
 * or answers nonsense with a 200. Every answer comes from testing/hostile-server.ts, scripted per
 * request; each case asserts what the other origin received, the error we gave, and time or bytes
 * where that is the point. One line of figures per class at the end.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { startHostileServer, type Answer, type HostileRequest, type HostileServer } from '../../../testing/hostile-server.ts';
import { runScript } from '../../helpers/run-script.ts';
import { auditEnvironment } from '../../helpers/secrets-audit.ts';
import { RegistryClient, MEDIA_TYPES, type RegistryClientOptions } from '../../../lib/registry/client.ts';
import { isRefused, RegistryError } from '../../../lib/registry/errors.ts';
import { parseReference } from '../../../lib/oci/reference.ts';
import { GithubPackagesClient } from '../../../lib/github/packages-api.ts';
import { exitCodeFor } from '../../../lib/support/errors.ts';
import { neutralize } from '../../../lib/support/network-text.ts';
import { buffer } from 'node:stream/consumers';

interface Ctx {
  reg: HostileServer;
  other: HostileServer;
  home: string;
}

const REG = 'registry.test';
const USER = 'hostile-user';
const PASSWORD = 'hostile-password-Qx81';
const BASIC = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;
const TOKEN = 'hostile-test-token-7Hk2';
const REPO = 'apache/airflow-ci';
const CONFIG = Buffer.from('{}');
const MANIFEST = Buffer.from(
  JSON.stringify({
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociManifest,
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha256(CONFIG), size: CONFIG.length },
    layers: [],
  }),
);
const MANIFEST_DIGEST = sha256(MANIFEST);

function sha256(data: Buffer | string): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

const ref = (text = `${REPO}:1`) => parseReference(`${REG}/${text}`);
const json = (value: unknown, extra: Record<string, string> = {}): Answer => ({
  status: 200,
  headers: { 'content-type': 'application/json', ...extra },
  body: JSON.stringify(value),
});
const manifestAnswer = (extra: Record<string, string> = {}): Answer => ({
  status: 200,
  headers: { 'content-type': MEDIA_TYPES.ociManifest, 'docker-content-digest': MANIFEST_DIGEST, ...extra },
  body: MANIFEST,
});

/** The hostile registry's gate: Basic auth on its own origin, then `route`. */
function basicRegistry(route: (request: HostileRequest) => Answer | undefined) {
  return (request: HostileRequest): Answer => {
    if (request.headers.authorization !== BASIC) return { status: 401, headers: { 'www-authenticate': 'Basic realm="hostile"' } };
    return route(request) ?? { status: 404 };
  };
}

/** Bearer auth with the token service at `<registry>/token`, answered by `token`. */
function bearerRegistry(
  server: HostileServer,
  token: (request: HostileRequest) => Answer,
  route: (request: HostileRequest) => Answer | undefined,
) {
  return (request: HostileRequest): Answer => {
    if (request.path.startsWith('/token')) return token(request);
    if (request.headers.authorization !== `Bearer ${TOKEN}`) {
      return { status: 401, headers: { 'www-authenticate': `Bearer realm="${server.url}/token",service="hostile"` } };
    }
    return route(request) ?? { status: 404 };
  };
}

function client(ctx: Ctx, options: Partial<RegistryClientOptions> = {}): RegistryClient {
  return new RegistryClient({
    endpoints: new Map([[REG, ctx.reg.url]]),
    credentials: (host) => (host === REG ? { username: USER, password: PASSWORD } : undefined),
    retry: { attempts: 2, baseDelayMs: 10, maxDelayMs: 20 },
    timeoutMs: 3000,
    ...options,
  });
}

async function failure(promise: Promise<unknown>): Promise<RegistryError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.instance(error, RegistryError, `expected a RegistryError, got ${String(error)}`);
  return error as RegistryError;
}

/** No CR, LF or other control character, and no `::` that could start a workflow command. */
function assertInert(text: string, label: string): void {
  assert.not.match(text, /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/, `${label}: control characters in ${JSON.stringify(text)}`);
  assert.not.ok(text.includes('::'), `${label}: "::" in ${JSON.stringify(text)}`);
}

// ---- figures ------------------------------------------------------------------------------------

const CLASSES = ['credentials', 'text', 'size', 'time', 'digest', 'token'] as const;
type Class = (typeof CLASSES)[number];
const figures = new Map<Class, { tried: number; held: number }>(CLASSES.map((c) => [c, { tried: 0, held: 0 }]));
let started = Date.now();

/** One hostile case: counted as tried, and as held when its assertions pass. */
async function hostile(cls: Class, body: () => Promise<void>): Promise<void> {
  const f = figures.get(cls)!;
  f.tried++;
  await body();
  f.held++;
}

const test = suite<Ctx>('reliability: hostile servers cannot steal credentials, inject commands, flood, loop or lie');
test.before(async (ctx) => {
  started = Date.now();
  ctx.reg = await startHostileServer();
  ctx.other = await startHostileServer();
  ctx.home = mkdtempSync(join(tmpdir(), 'ci-images-hostile-'));
});
test.after(async (ctx) => {
  await ctx.reg?.stop();
  await ctx.other?.stop();
  if (ctx.home) rmSync(ctx.home, { recursive: true, force: true });
});
test.before.each((ctx) => {
  ctx.reg.reset();
  ctx.other.reset();
});

// ---- 1. credentials only to the registry's own origin --------------------------------------------

test('credentials: tags/list Link to another origin is refused, and nothing is sent there', async (ctx) => {
  await hostile('credentials', async () => {
    ctx.reg.script(
      basicRegistry((r) =>
        r.path.includes('/tags/list')
          ? json({ name: REPO, tags: ['a'] }, { link: `<${ctx.other.url}/v2/${REPO}/tags/list?n=100&last=a>; rel="next"` })
          : undefined,
      ),
    );
    const error = await failure(client(ctx).listTags(ref(REPO)));
    assert.match(error.message, /next page is on another origin/);
    assert.ok(error.message.includes(ctx.other.url), error.message);
    assert.is(ctx.other.requests.length, 0);
  });
  await hostile('credentials', async () => {
    ctx.reg.reset();
    // an https registry whose Link goes to plain http on the same host: another origin, refused
    const https = new RegistryClient({ endpoints: new Map([[REG, 'https://127.0.0.1:1']]), retry: { attempts: 1 } });
    assert.is(https.auth.isRegistryOrigin(REG, 'http://127.0.0.1:1/v2/x/tags/list'), false);
    assert.is(https.auth.isRegistryOrigin(REG, 'https://127.0.0.1:1/v2/x/tags/list?n=1'), true);
  });
});

test('credentials: an upload Location on another origin gets the bytes without our credentials', async (ctx) => {
  await hostile('credentials', async () => {
    const data = Buffer.from('layer bytes');
    ctx.reg.script(
      basicRegistry((r) =>
        r.method === 'POST' && r.path.includes('/blobs/uploads/')
          ? { status: 202, headers: { location: `${ctx.other.url}/upload/session-1?state=abc` } }
          : undefined,
      ),
    );
    ctx.other.script((r) => (r.method === 'PUT' ? { status: 201 } : { status: 400 }));
    await client(ctx).pushBlob(ref(REPO), sha256(data), data);
    assert.is(ctx.other.requests.length, 1);
    const put = ctx.other.requests[0];
    assert.is(put.method, 'PUT');
    assert.ok(put.body.equals(data));
    assert.is(put.headers.authorization, undefined, 'no Authorization to the upload origin');
    assert.ok(
      ctx.reg.requests.some((r) => r.headers.authorization === BASIC),
      'the registry itself got the credentials',
    );
  });
});

test('credentials: a manifest redirect to another origin is followed without Authorization', async (ctx) => {
  await hostile('credentials', async () => {
    ctx.reg.script(
      basicRegistry((r) => (r.path.includes('/manifests/') ? { status: 307, headers: { location: `${ctx.other.url}/m/1` } } : undefined)),
    );
    ctx.other.script(() => manifestAnswer());
    const manifest = await client(ctx).getManifest(ref());
    assert.is(manifest.digest, MANIFEST_DIGEST);
    assert.ok(ctx.other.requests.length >= 1);
    assert.ok(
      ctx.other.requests.every((r) => r.headers.authorization === undefined),
      'no Authorization at the redirect target',
    );
  });
});

test('credentials: a redirect target answering 401 with its own realm is not listened to', async (ctx) => {
  const realmPaths = () => ctx.other.requests.filter((r) => r.path.startsWith('/token'));
  ctx.other.script((r) =>
    r.path.startsWith('/token')
      ? json({ token: 'stolen' })
      : { status: 401, headers: { 'www-authenticate': `Bearer realm="${ctx.other.url}/token",service="evil"` } },
  );
  // warm client: the registry's Basic challenge is known, then the redirect target challenges
  await hostile('credentials', async () => {
    ctx.reg.script(
      basicRegistry((r) =>
        r.path.includes('/manifests/1') ? { status: 307, headers: { location: `${ctx.other.url}/elsewhere` } } : manifestAnswer(),
      ),
    );
    const c = client(ctx);
    assert.ok(await c.blobExists(ref(), sha256('x')).catch(() => true)); // learns the Basic challenge
    const error = await failure(c.manifestDigest(ref()));
    assert.match(error.message, /not the registry's origin/);
    assert.is(exitCodeFor(error), 1);
    assert.is(realmPaths().length, 0, 'no token request to the foreign realm');
    assert.ok(ctx.other.requests.every((r) => r.headers.authorization === undefined));
    assert.is(c.auth.cached(REG, [`repository:${REPO}:pull`]), BASIC, "the cached challenge is still the registry's own");
  });
  // cold client: the very first answer is a redirect to the challenger
  await hostile('credentials', async () => {
    ctx.reg.reset();
    ctx.reg.script(() => ({ status: 307, headers: { location: `${ctx.other.url}/elsewhere` } }));
    const c = client(ctx);
    await failure(c.manifestDigest(ref()));
    assert.is(c.auth.hasChallenge(REG), false);
    assert.is(realmPaths().length, 0);
    assert.ok(ctx.other.requests.every((r) => r.headers.authorization === undefined));
  });
});

test('credentials: GitHub packages API redirects and foreign Links carry no token anywhere', async (ctx) => {
  const api = (c = ctx) => new GithubPackagesClient({ apiUrl: c.reg.url, token: TOKEN, retry: { attempts: 1 } });
  await hostile('credentials', async () => {
    ctx.reg.script(() => ({ status: 302, headers: { location: `${ctx.other.url}/orgs/apache/packages/container/x/versions` } }));
    const error = await api()
      .listVersions('apache', 'x')
      .then(
        () => new Error('listed'),
        (e: Error) => e,
      );
    assert.match(error.message, /redirected to .*not following it/);
    assert.is(ctx.other.requests.length, 0);
  });
  await hostile('credentials', async () => {
    ctx.reg.reset();
    ctx.reg.script(() => json([], { link: `<${ctx.other.url}/orgs/apache/packages/container/x/versions?page=2>; rel="next"` }));
    const error = await api()
      .listVersions('apache', 'x')
      .then(
        () => new Error('listed'),
        (e: Error) => e,
      );
    assert.match(error.message, /another origin/);
    assert.is(ctx.other.requests.length, 0);
  });
});

// ---- 2. network data is data ---------------------------------------------------------------------

const INJECTION = 'nope\r\n::set-output name=githubRegistry::evil.example\n::error::pwned\u2028\u0007' + 'x'.repeat(5000);

test('text: registry error codes and messages with CR/LF and :: cannot break a log line', async (ctx) => {
  for (const status of [400, 403, 500]) {
    await hostile('text', async () => {
      ctx.reg.reset();
      ctx.reg.script(
        basicRegistry(() => ({
          status,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ errors: [{ code: '::error::CODE\nX', message: INJECTION }] }),
        })),
      );
      const error = await failure(client(ctx).getManifest(ref()));
      assertInert(error.message, `HTTP ${status}`);
      assert.ok(error.message.length < 1000, `message of ${error.message.length} characters`);
      assert.ok(error.message.includes('nope\\r\\n'), error.message);
    });
  }
});

test('text: the wait script prints a refusal with an injected body as one inert line', async (ctx) => {
  await hostile('text', async () => {
    // HEAD refused (405), so the wait GETs the manifest and the 403 carries the injected body
    ctx.reg.script((r) =>
      r.method === 'HEAD'
        ? { status: 405 }
        : {
            status: 403,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ errors: [{ code: 'DENIED', message: INJECTION }] }),
          },
    );
    const output = join(ctx.home, 'github-output');
    writeFileSync(output, '');
    const run = await runScript(
      'scripts/ci/images/wait-for-all-ci-images.ts',
      [],
      {
        ...auditEnvironment(ctx.home, ctx.reg.url, '30'),
        GITHUB_ACTIONS: 'true',
        GITHUB_OUTPUT: output,
      },
      { timeoutMs: 30_000 },
    );
    assert.is(run.code, 3, run.stderr);
    for (const line of `${run.stdout}\n${run.stderr}`.split('\n')) {
      assert.not.match(line, /^\s*::(set-output|error::pwned)/, `a workflow command from the network: ${line}`);
    }
    assert.match(run.stderr, /nope\\r\\n:\u200b:set-output/);
    assert.not.ok(readFileSync(output, 'utf8').includes('evil.example'));
  });
});

test('text: tags/list names that are not tags are dropped and reported', async (ctx) => {
  await hostile('text', async () => {
    const bad = ['::set-output name=x::y', 'a\nb', '../../etc', '-rf', '.hidden', 'x'.repeat(129), '', 42, null];
    ctx.reg.script(basicRegistry(() => json({ name: REPO, tags: ['1.0', 'latest', ...bad, 'cache'] })));
    let dropped: readonly string[] = [];
    const tags = await client(ctx).listTags(ref(REPO), 100, { onDropped: (names) => (dropped = names) });
    assert.equal(tags, ['1.0', 'latest', 'cache']);
    assert.is(dropped.length, bad.length);
    for (const name of dropped) assertInert(name, 'dropped tag');
  });
});

test('text: GitHub API error messages are neutralized too', async (ctx) => {
  await hostile('text', async () => {
    ctx.reg.script(() => ({ status: 422, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: INJECTION }) }));
    const api = new GithubPackagesClient({ apiUrl: ctx.reg.url, token: TOKEN, retry: { attempts: 1 } });
    const error = await api.listVersions('apache', 'x').then(
      () => new Error('listed'),
      (e: Error) => e,
    );
    assertInert(error.message, 'GitHub error');
    assert.match(error.message, /HTTP 422: nope/);
  });
  await hostile('text', async () => {
    assert.is(neutralize('a::b:::c'), 'a:\u200b:b:\u200b:\u200b:c');
    assert.is(neutralize('y'.repeat(50), 10), `${'y'.repeat(10)}…`);
  });
});

// ---- 3. size caps on every buffered body ---------------------------------------------------------

test('size: a manifest announcing 5 MiB is refused before a byte of it is read', async (ctx) => {
  await hostile('size', async () => {
    ctx.reg.script(
      basicRegistry(() => ({
        status: 200,
        headers: { 'content-type': MEDIA_TYPES.ociManifest, 'content-length': String(5 * 1024 * 1024) },
        hold: true,
      })),
    );
    const t0 = Date.now();
    const error = await failure(client(ctx).getManifest(ref()));
    assert.match(error.message, /larger than 4 MiB \(5 MiB announced\)/);
    assert.ok(error.message.includes(`${ctx.reg.url}/v2/${REPO}/manifests/1`), error.message);
    assert.ok(Date.now() - t0 < 2000, `took ${Date.now() - t0} ms`);
  });
});

test('size: an endless manifest without Content-Length is cut at 4 MiB; the URL in the error has no query', async (ctx) => {
  await hostile('size', async () => {
    ctx.reg.script(basicRegistry(() => ({ status: 307, headers: { location: `${ctx.other.url}/blob?X-Signature=SIGNED-SECRET` } })));
    ctx.other.script(() => ({
      status: 200,
      headers: { 'content-type': MEDIA_TYPES.ociManifest },
      stream: { total: 256 * 1024 * 1024, chunk: 64 * 1024 },
    }));
    const heap = process.memoryUsage().heapUsed;
    const error = await failure(client(ctx).getManifest(ref()));
    assert.match(error.message, /larger than 4 MiB \(at least 4(\.\d)? MiB sent\)/);
    assert.not.ok(error.message.includes('SIGNED-SECRET'), error.message);
    assert.ok(ctx.other.bytesSent() < 64 * 1024 * 1024, `the server got to send ${ctx.other.bytesSent()} bytes`);
    assert.ok(process.memoryUsage().heapUsed - heap < 64 * 1024 * 1024);
  });
});

test('size: a 32 MiB error body is read to 64 KiB and the message stays short', async (ctx) => {
  await hostile('size', async () => {
    ctx.reg.script(
      basicRegistry(() => ({
        status: 400,
        headers: { 'content-type': 'application/json' },
        stream: { total: 32 * 1024 * 1024, chunk: 64 * 1024 },
      })),
    );
    const error = await failure(client(ctx).getManifest(ref()));
    assert.match(error.message, /HTTP 400/);
    assert.ok(error.message.length < 500);
    assert.ok(ctx.reg.bytesSent() < 32 * 1024 * 1024, `sent ${ctx.reg.bytesSent()}`);
  });
});

test('size: token answers over 1 MiB and tags pages over 4 MiB are refused', async (ctx) => {
  await hostile('size', async () => {
    ctx.reg.script(
      bearerRegistry(
        ctx.reg,
        () => ({ status: 200, headers: { 'content-type': 'application/json' }, stream: { total: 2 * 1024 * 1024, chunk: 64 * 1024 } }),
        () => manifestAnswer(),
      ),
    );
    const error = await failure(client(ctx).manifestDigest(ref()));
    assert.match(error.message, /token for registry\.test: the answer from .*\/token is larger than 1 MiB/);
    assert.not.match(error.message, /scope=/);
  });
  await hostile('size', async () => {
    ctx.reg.reset();
    ctx.reg.script(
      basicRegistry(() => ({
        status: 200,
        headers: { 'content-type': 'application/json' },
        stream: { total: 16 * 1024 * 1024, chunk: 64 * 1024 },
      })),
    );
    const error = await failure(client(ctx).listTags(ref(REPO)));
    assert.match(error.message, /GET tags .* larger than 4 MiB/);
  });
  await hostile('size', async () => {
    ctx.reg.reset();
    ctx.reg.script(() => ({
      status: 200,
      headers: { 'content-type': 'application/json' },
      stream: { total: 32 * 1024 * 1024, chunk: 64 * 1024 },
    }));
    const api = new GithubPackagesClient({ apiUrl: ctx.reg.url, token: TOKEN, retry: { attempts: 1 } });
    const error = await api.listVersions('apache', 'x').then(
      () => new Error('listed'),
      (e: Error) => e,
    );
    assert.match(error.message, /larger than 8 MiB/);
    assert.not.match(error.message, /per_page/);
  });
});

test('size: the answer to a streamed upload is read to 64 KiB, however long it is', async (ctx) => {
  await hostile('size', async () => {
    const data = Buffer.alloc(256 * 1024, 7);
    ctx.reg.script(
      basicRegistry((r) => {
        if (r.method === 'POST') return { status: 202, headers: { location: `/v2/${REPO}/blobs/uploads/s1` } };
        if (r.method === 'PUT') return { status: 201, stream: { total: 256 * 1024 * 1024, chunk: 64 * 1024 } };
        return undefined;
      }),
    );
    const t0 = Date.now();
    await client(ctx).pushBlob(ref(REPO), sha256(data), () => new Blob([data]).stream(), { size: data.length });
    const put = ctx.reg.requests.find((r) => r.method === 'PUT');
    assert.ok(put?.body.equals(data), 'the bytes arrived');
    assert.ok(ctx.reg.bytesSent() < 64 * 1024 * 1024, `the server got to send ${ctx.reg.bytesSent()} bytes`);
    assert.ok(Date.now() - t0 < 10_000, `took ${Date.now() - t0} ms`);
  });
});

// ---- 4. time bounds ------------------------------------------------------------------------------

test('time: a tags/list Link loop is detected; endless pages stop at the page cap', async (ctx) => {
  await hostile('time', async () => {
    ctx.reg.script(
      basicRegistry((r) => {
        const page = r.path.includes('last=b') ? 2 : 1;
        const next = page === 1 ? `/v2/${REPO}/tags/list?n=100&last=b` : `/v2/${REPO}/tags/list?n=100`;
        return json({ name: REPO, tags: [`t${page}`] }, { link: `<${next}>; rel="next"` });
      }),
    );
    const error = await failure(client(ctx).listTags(ref(REPO)));
    assert.match(error.message, /pagination loop/);
    assert.is(ctx.reg.requests.filter((r) => r.headers.authorization === BASIC).length, 2);
  });
  await hostile('time', async () => {
    ctx.reg.reset();
    ctx.reg.script(
      basicRegistry((r) =>
        json({ name: REPO, tags: ['t'] }, { link: `</v2/${REPO}/tags/list?n=100&last=${r.time}-${Math.random()}>; rel="next"` }),
      ),
    );
    const error = await failure(client(ctx).listTags(ref(REPO), 100, { maxPages: 25 }));
    assert.match(error.message, /more than 25 pages/);
    assert.is(ctx.reg.requests.filter((r) => r.headers.authorization === BASIC).length, 25);
  });
});

test('time: a blob trickling a byte at a time is abandoned by the throughput floor, not the idle timeout', async (ctx) => {
  await hostile('time', async () => {
    const digest = sha256('never');
    ctx.reg.script(
      basicRegistry(() => ({
        status: 200,
        headers: { 'content-type': 'application/octet-stream', 'content-length': '100000' },
        trickle: { bytes: 1, everyMs: 50 },
      })),
    );
    const c = client(ctx, { timeoutMs: 2000, minBytesPerSecond: 200, throughputWindowMs: 600 });
    const t0 = Date.now();
    const stream = await c.fetchBlob(ref(), digest, 100_000);
    const error = await buffer(stream).then(
      () => undefined,
      (e: unknown) => e,
    );
    const elapsed = Date.now() - t0;
    assert.instance(error, RegistryError, String(error));
    assert.match((error as Error).message, /too slow/);
    assert.ok((error as RegistryError).temporary, 'a stalled transfer is worth another attempt');
    assert.ok(elapsed < 4000, `took ${elapsed} ms`);
  });
});

test('time: Retry-After: 999999 fails fast with a message instead of sleeping', async (ctx) => {
  for (const where of ['registry', 'token service'] as const) {
    await hostile('time', async () => {
      ctx.reg.reset();
      const busy: Answer = { status: 429, headers: { 'retry-after': '999999' } };
      ctx.reg.script(
        where === 'registry'
          ? basicRegistry(() => busy)
          : bearerRegistry(
              ctx.reg,
              () => busy,
              () => manifestAnswer(),
            ),
      );
      const t0 = Date.now();
      const error = await failure(client(ctx, { retry: { attempts: 5, baseDelayMs: 10, maxDelayMs: 20 } }).manifestDigest(ref()));
      assert.match(error.message, /asks to wait 999999 s .*not waiting/);
      assert.ok(Date.now() - t0 < 5000, `took ${Date.now() - t0} ms`);
    });
  }
});

// ---- 5. a HEAD digest that is no digest is not "found" --------------------------------------------

test('digest: HEAD with a bogus Docker-Content-Digest falls back to GET and verifies', async (ctx) => {
  for (const bogus of [
    'sha256:not-a-digest',
    `sha256:${'a'.repeat(63)}`,
    `md5:${'a'.repeat(32)}`,
    `SHA256:${'A'.repeat(64)}`,
    'sha256:'.padEnd(71, 'g'),
  ]) {
    await hostile('digest', async () => {
      ctx.reg.reset();
      ctx.reg.script(
        basicRegistry((r) =>
          r.method === 'HEAD'
            ? { status: 200, headers: { 'docker-content-digest': bogus } }
            : manifestAnswer({ 'docker-content-digest': bogus }),
        ),
      );
      assert.is(await client(ctx).manifestDigest(ref()), MANIFEST_DIGEST, bogus);
      assert.ok(
        ctx.reg.requests.some((r) => r.method === 'GET'),
        `${bogus}: verified by GET`,
      );
    });
  }
  await hostile('digest', async () => {
    ctx.reg.reset();
    ctx.reg.script(
      basicRegistry((r): Answer =>
        r.method === 'HEAD'
          ? { status: 200, headers: { 'docker-content-digest': 'sha256:zzz' } }
          : { status: 200, headers: { 'content-type': 'text/html' }, body: '<html>Welcome to the hotel wifi</html>' },
      ),
    );
    const error = await failure(client(ctx).manifestDigest(ref()));
    assert.is(error.code, 'MANIFEST_INVALID');
  });
  await hostile('digest', async () => {
    ctx.reg.reset();
    const sha512 = `sha512:${'b'.repeat(128)}`;
    ctx.reg.script(basicRegistry(() => ({ status: 200, headers: { 'docker-content-digest': sha512 } })));
    assert.is(await client(ctx).manifestDigest(ref()), sha512, 'a valid sha512 digest counts');
  });
});

// ---- 6. a token service answering nonsense ----------------------------------------------------------

test('token: HTML, truncated JSON or no token from the token service give a clear error', async (ctx) => {
  const cases: [string, Answer, RegExp, number][] = [
    [
      'html',
      { status: 200, headers: { 'content-type': 'text/html' }, body: '<html><body>Sign in</body></html>' },
      /token service of registry\.test \(.*\/token\) answered HTTP 200 with text\/html, not a JSON token/,
      1,
    ],
    ['truncated JSON', { status: 200, headers: { 'content-type': 'application/json' }, body: '{"token": "abc' }, /not a JSON token/, 1],
    ['no token', json({ expires_in: 300 }), /sent no token/, 3],
    ['null', json(null), /sent no token/, 3],
  ];
  for (const [label, answer, message, exitCode] of cases) {
    await hostile('token', async () => {
      ctx.reg.reset();
      ctx.reg.script(
        bearerRegistry(
          ctx.reg,
          () => answer,
          () => manifestAnswer(),
        ),
      );
      const error = await failure(client(ctx).manifestDigest(ref()));
      assert.not.instance(error, SyntaxError);
      assert.match(error.message, message, `${label}: ${error.message}`);
      assert.match(error.message, /HEAD manifest|token for|token service/);
      assert.is(exitCodeFor(error), exitCode, `${label}: exit code`);
      assert.is(isRefused(error), exitCode === 3);
      assertInert(error.message, label);
    });
  }
});

test('figures', () => {
  const per = CLASSES.map((c) => `${c}=${figures.get(c)!.held}/${figures.get(c)!.tried}`).join(' ');
  const tried = [...figures.values()].reduce((n, f) => n + f.tried, 0);
  const held = [...figures.values()].reduce((n, f) => n + f.held, 0);
  console.log(`[reliability:hostile] cases=${tried} held=${held} (${per}); ${((Date.now() - started) / 1000).toFixed(1)}s`);
  assert.is(held, tried);
});

test.run();
