/**
 * The referrers API path, from a scripted server (testing/hostile-server.ts) answering
 * `/v2/app/referrers/<digest>` as distribution-spec 1.1 says, and lying where a hostile one would:
 * Link pages on another origin or in a loop, digests outside the grammar, thousands of entries,
 * a filter it claims or does not claim to have applied.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { startHostileServer, type Answer, type HostileRequest, type HostileServer } from '../../../testing/hostile-server.ts';
import { sha256 } from '../../../testing/sample-image.ts';
import { RegistryClient, RegistryError } from '../../../lib/registry/index.ts';
import { fallbackTagName } from '../../../lib/oci/referrers.ts';

interface Ctx {
  server: HostileServer;
  other: HostileServer;
}
const SUBJECT = sha256('the image');
const SIG = 'application/vnd.dev.cosign.simplesigning.v1+json';
const SPDX = 'application/spdx+json';
const entry = (name: string, artifactType: string) => ({
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  digest: sha256(name),
  size: 321,
  artifactType,
});
const index = (manifests: unknown[]) =>
  JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests });
const ociIndex = (manifests: unknown[], headers: Record<string, string> = {}): Answer => ({
  status: 200,
  headers: { 'content-type': 'application/vnd.oci.image.index.v1+json', ...headers },
  body: index(manifests),
});
const repo = (ctx: Ctx) => ({ registry: ctx.server.host, repository: 'app' });
const client = () => new RegistryClient({ retry: { attempts: 1, baseDelayMs: 10, maxDelayMs: 20 }, timeoutMs: 3000 });
const paths = (server: HostileServer) => server.requests.map((r) => r.path);

async function failure(promise: Promise<unknown>): Promise<RegistryError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.instance(error, RegistryError, String(error));
  return error as RegistryError;
}

/** Referrers by page (`?page=N`), 404 for everything else (no cosign tags). */
function api(pages: (request: HostileRequest, n: number) => Answer | undefined) {
  return (request: HostileRequest, n: number): Answer =>
    (request.path.startsWith(`/v2/app/referrers/`) ? pages(request, n) : undefined) ?? { status: 404 };
}

const test = suite<Ctx>('referrers: the OCI 1.1 referrers API (a scripted registry)');
test.before(async (ctx) => {
  ctx.server = await startHostileServer();
  ctx.other = await startHostileServer();
});
test.after(async (ctx) => {
  await ctx.server?.stop();
  await ctx.other?.stop();
});
test.before.each((ctx) => {
  ctx.server.reset();
  ctx.other.reset();
});

test('two pages joined by Link on the same origin; found by api; no fallback tag asked for', async (ctx) => {
  ctx.server.script(
    api((r) =>
      r.path.endsWith('?page=2')
        ? ociIndex([entry('sbom', SPDX)])
        : ociIndex([entry('sig', SIG)], { link: `</v2/app/referrers/${SUBJECT}?page=2>; rel="next"` }),
    ),
  );
  const listing = await client().referrers(repo(ctx), SUBJECT);
  assert.is(listing.api, true);
  assert.equal(
    listing.referrers.map((r) => [r.foundBy, r.digest, r.artifactType]),
    [
      ['api', sha256('sig'), SIG],
      ['api', sha256('sbom'), SPDX],
    ],
  );
  assert.not.ok(paths(ctx.server).includes(`/v2/app/manifests/${fallbackTagName(SUBJECT)}`), paths(ctx.server).join(' '));
  assert.ok(paths(ctx.server).includes(`/v2/app/manifests/${fallbackTagName(SUBJECT)}.sig`), 'cosign tags are still looked at');
});

test('artifactType: sent as a query; OCI-Filters-Applied trusted, else the client filters', async (ctx) => {
  const mixed = [entry('sig', SIG), entry('sbom', SPDX)];
  ctx.server.script(api(() => ociIndex(mixed)));
  const unfiltered = await client().referrers(repo(ctx), SUBJECT, { artifactType: SPDX, cosign: false });
  assert.equal(
    unfiltered.referrers.map((r) => r.digest),
    [sha256('sbom')],
    'no OCI-Filters-Applied: filtered here',
  );
  assert.is(ctx.server.requests[0].path, `/v2/app/referrers/${SUBJECT}?artifactType=${encodeURIComponent(SPDX)}`);
  // A registry that applied the filter is believed: an entry it matched (on the artifact's config) is kept even
  // when its descriptor omits artifactType, which filtering here would drop.
  const { artifactType: _, ...untyped } = entry('sbom2', SPDX);
  ctx.server.script(api(() => ociIndex([entry('sbom', SPDX), untyped], { 'oci-filters-applied': 'artifactType' })));
  const filtered = await client().referrers(repo(ctx), SUBJECT, { artifactType: SPDX, cosign: false });
  assert.equal(
    filtered.referrers.map((r) => r.digest),
    [sha256('sbom'), sha256('sbom2')],
  );
  ctx.server.script(api(() => ociIndex([entry('sbom', SPDX), untyped])));
  const unclaimed = await client().referrers(repo(ctx), SUBJECT, { artifactType: SPDX, cosign: false });
  assert.equal(
    unclaimed.referrers.map((r) => r.digest),
    [sha256('sbom')],
    'without the header, only what is seen to match',
  );
});

test('a 404 means no API: the fallback tag is read instead', async (ctx) => {
  const fallback = index([entry('sbom', SPDX)]);
  ctx.server.script((r) =>
    r.path === `/v2/app/manifests/${fallbackTagName(SUBJECT)}`
      ? { status: 200, headers: { 'content-type': 'application/vnd.oci.image.index.v1+json' }, body: fallback }
      : { status: 404 },
  );
  const listing = await client().referrers(repo(ctx), SUBJECT);
  assert.is(listing.api, false);
  assert.equal(
    listing.referrers.map((r) => [r.foundBy, r.digest, r.tag]),
    [['fallback-tag', sha256('sbom'), fallbackTagName(SUBJECT)]],
  );
});

test('a Link to another origin is refused, and that origin never hears of it', async (ctx) => {
  ctx.server.script(
    api(() => ociIndex([entry('sig', SIG)], { link: `<${ctx.other.url}/v2/app/referrers/${SUBJECT}?page=2>; rel="next"` })),
  );
  const error = await failure(client().referrers(repo(ctx), SUBJECT));
  assert.is(error.code, 'LINK_REFUSED');
  assert.is(ctx.other.requests.length, 0);
});

test('a Link back to a page already read is a loop: stopped', async (ctx) => {
  ctx.server.script(
    api((r) =>
      ociIndex([entry('sig', SIG)], {
        link: `</v2/app/referrers/${SUBJECT}?page=${r.path.endsWith('?page=2') ? 1 : 2}>; rel="next"`,
      }),
    ),
  );
  // page 1 is the URL without a query; page=1 is a new URL, then page=2 again is the loop
  const error = await failure(client().referrers(repo(ctx), SUBJECT));
  assert.is(error.code, 'PAGINATION_LOOP');
  assert.ok(ctx.server.requests.length <= 4, paths(ctx.server).join(' '));
});

test('endless distinct pages: stopped at the page cap', async (ctx) => {
  ctx.server.script(api((_, n) => ociIndex([], { link: `</v2/app/referrers/${SUBJECT}?page=${n + 1}>; rel="next"` })));
  const error = await failure(client().referrers(repo(ctx), SUBJECT, { maxPages: 5 }));
  assert.is(error.code, 'TOO_MANY_PAGES');
  assert.is(ctx.server.requests.filter((r) => r.path.includes('/referrers/')).length, 5);
});

test('digests outside the grammar are dropped, never put in a URL (depth 2 follows only the good one)', async (ctx) => {
  const smuggled = { ...entry('x', SIG), digest: `${sha256('x')}/../../../other/manifests/latest` };
  const blake = { ...entry('y', SIG), digest: `blake3:${'0'.repeat(64)}` };
  ctx.server.script(api((r) => (r.path.includes(SUBJECT) ? ociIndex([smuggled, blake, entry('good', SIG)]) : ociIndex([]))));
  const listing = await client().referrers(repo(ctx), SUBJECT, { depth: 2, cosign: false });
  assert.equal(
    listing.referrers.map((r) => r.digest),
    [sha256('good')],
  );
  assert.is(listing.dropped.length, 2);
  assert.match(listing.dropped[0], /api entry 0: digest .* is not a digest/);
  assert.match(listing.dropped[1], /api entry 1: digest algorithm .* is not supported/);
  assert.ok(
    paths(ctx.server).every((p) => !p.includes('..') && !p.includes('other') && !p.includes('blake3')),
    paths(ctx.server).join(' '),
  );
  assert.ok(paths(ctx.server).includes(`/v2/app/referrers/${sha256('good')}`), 'the good one is followed at depth 2');
});

test('a cycle (A refers to B, B to A) ends; thousands of entries are refused, not cut short', async (ctx) => {
  const a = entry('a', SIG);
  ctx.server.script(api((r) => (r.path.includes(SUBJECT) ? ociIndex([a]) : ociIndex([{ ...a, digest: SUBJECT }, a]))));
  const listing = await client().referrers(repo(ctx), SUBJECT, { depth: 8, cosign: false });
  assert.equal(
    listing.referrers.map((r) => r.digest),
    [sha256('a')],
  );
  assert.is(ctx.server.requests.length, 2);
  ctx.server.script(api(() => ociIndex(Array.from({ length: 1500 }, (_, i) => entry(`n${i}`, SIG)))));
  const error = await failure(client().referrers(repo(ctx), SUBJECT, { cosign: false }));
  assert.is(error.code, 'TOO_MANY_REFERRERS');
});

test('an answer that is not an index is an error, not "no referrers"', async (ctx) => {
  ctx.server.script(api(() => ({ status: 200, headers: { 'content-type': 'text/html' }, body: '<html>portal</html>' })));
  const error = await failure(client().referrers(repo(ctx), SUBJECT));
  assert.is(error.code, 'REFERRERS_INVALID');
});

test.run();
