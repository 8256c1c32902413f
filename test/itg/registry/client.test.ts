import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { makeTestImage, sha256, skopeo, skopeoDigest } from '../../helpers/images.ts';
import { pushTestImage } from '../../helpers/client-images.ts';
import { RegistryClient, type RegistryClientOptions } from '../../../lib/registry/client.ts';
import { dockerConfigCredentials } from '../../../lib/registry/credentials.ts';
import { copyImage, retagImage } from '../../../lib/registry/copy.ts';
import { parseReference } from '../../../lib/oci/reference.ts';
import { isNotFound, isRefused, RegistryError } from '../../../lib/registry/errors.ts';

/** The one error type, with the code that used to be a subclass. */
const assertCode = (error: unknown, code: string) => {
  assert.instance(error, RegistryError, String(error));
  assert.is((error as RegistryError).code, code, String(error));
};
const assertRefused = (error: unknown) => {
  assert.ok(isRefused(error), String(error));
  assert.is(exitCodeFor(error), 3);
};
import { exitCodeFor } from '../../../lib/support/errors.ts';
import { buffer } from 'node:stream/consumers';

const ref = (registry: RegistryServer, name: string) => parseReference(`${registry.host}/${name}`);
const clientFor = (registry: RegistryServer, options: Partial<RegistryClientOptions> = {}) =>
  new RegistryClient({
    credentials: (host) =>
      host === registry.host && registry.mode !== 'open' ? { username: registry.username, password: registry.password } : undefined,
    retry: { baseDelayMs: 10, maxDelayMs: 50 },
    ...options,
  });

// ---------------------------------------------------------------------------------------------
const open = suite<{ registry: RegistryServer; second: RegistryServer }>('registry client, open registry');
open.before(async (ctx) => {
  ctx.registry = await startRegistry({ mode: 'open' });
  ctx.second = await startRegistry({ mode: 'open' });
});
open.after(async (ctx) => {
  await ctx.registry?.stop();
  await ctx.second?.stop();
});

open('digest of an image we push equals what skopeo inspect reports; HEAD and GET agree', async ({ registry }) => {
  const client = clientFor(registry);
  const image = makeTestImage({ layers: 3 });
  const pushed = await pushTestImage(client, image, ref(registry, 'apache/airflow-master-python3.8-ci-v2:latest'));
  assert.is(pushed, image.manifestDigest);
  assert.is(await skopeoDigest(registry, 'apache/airflow-master-python3.8-ci-v2:latest'), image.manifestDigest);
  assert.is(await client.manifestDigest(ref(registry, 'apache/airflow-master-python3.8-ci-v2:latest')), image.manifestDigest);
  const manifest = await client.getManifest(ref(registry, 'apache/airflow-master-python3.8-ci-v2:latest'));
  assert.is(manifest.digest, image.manifestDigest);
  assert.is(manifest.mediaType, 'application/vnd.oci.image.manifest.v1+json');
  assert.ok(manifest.body.equals(image.manifest));
  const byDigest = await client.getManifest(ref(registry, `apache/airflow-master-python3.8-ci-v2@${image.manifestDigest}`));
  assert.is(byDigest.digest, image.manifestDigest);
});

open('missing tag and missing repository: exists() is false, GET gives a typed not-found error', async ({ registry }) => {
  const client = clientFor(registry);
  await pushTestImage(client, makeTestImage(), ref(registry, 'apache/present:latest'));
  assert.is(await client.exists(ref(registry, 'apache/present:nope')), false);
  assert.is(await client.exists(ref(registry, 'apache/absent:latest')), false);
  const missingTag = await client.getManifest(ref(registry, 'apache/present:nope')).catch((e) => e);
  assertCode(missingTag, 'MANIFEST_UNKNOWN');
  assert.ok(isNotFound(missingTag));
  const missingRepo = await client.getManifest(ref(registry, 'apache/absent:latest')).catch((e) => e);
  assert.ok(isNotFound(missingRepo), String(missingRepo));
  assert.ok(['MANIFEST_UNKNOWN', 'NAME_UNKNOWN'].includes(String(missingRepo.code)), String(missingRepo.code));
  assert.match(missingRepo.message, /unknown/);
});

open('a blob whose bytes do not match its digest is rejected by the registry', async ({ registry }) => {
  const client = clientFor(registry);
  const data = randomBytes(2048);
  const wrongDigest = sha256(randomBytes(10));
  const error = await client.pushBlob(ref(registry, 'apache/blobs:x'), wrongDigest, data).catch((e) => e);
  assertCode(error, 'DIGEST_INVALID');
  assert.is(await client.blobExists(ref(registry, 'apache/blobs:x'), wrongDigest), false);
});

open('a stored blob corrupted on disk is detected while streaming', async ({ registry }) => {
  const client = clientFor(registry);
  const data = randomBytes(64 * 1024);
  const digest = sha256(data);
  await client.pushBlob(ref(registry, 'apache/corrupt:x'), digest, data);
  const path = join(registry.storageDir, 'docker/registry/v2/blobs/sha256', digest.slice(7, 9), digest.slice(7), 'data');
  const bytes = readFileSync(path);
  bytes[100] ^= 0xff;
  writeFileSync(path, bytes);
  const stream = await client.fetchBlob(ref(registry, 'apache/corrupt:x'), digest, data.length);
  const error = await buffer(stream).catch((e) => e);
  assertCode(error, 'DIGEST_INVALID');
});

open('chunked and monolithic uploads land the same bytes; streamed download verifies', async ({ registry }) => {
  const client = clientFor(registry);
  const data = randomBytes(300 * 1024);
  const digest = sha256(data);
  await client.pushBlob(ref(registry, 'apache/chunked:x'), digest, data, { chunkSize: 64 * 1024 });
  const stream = await client.fetchBlob(ref(registry, 'apache/chunked:x'), digest, data.length);
  assert.ok(Buffer.from(await buffer(stream)).equals(data));
  const missing = await client.fetchBlob(ref(registry, 'apache/chunked:x'), sha256('nothing')).catch((e) => e);
  assertCode(missing, 'BLOB_UNKNOWN');
});

open('tags list follows pagination; delete by digest removes the manifest', async ({ registry }) => {
  const client = clientFor(registry);
  const image = makeTestImage();
  const tags = ['a1', 'b2', 'c3', 'd4', 'e5'];
  for (const tag of tags) await pushTestImage(client, image, ref(registry, `apache/tags:${tag}`));
  // distribution 2.8 answers the whole list in one page (tag pagination came in v3): see the stub test below.
  const listed = await client.listTags(ref(registry, 'apache/tags'), 2);
  assert.equal([...listed].sort(), tags);
  await client.deleteManifest(ref(registry, `apache/tags@${image.manifestDigest}`));
  assert.is(await client.exists(ref(registry, 'apache/tags:a1')), false);
  const tagError = await client.deleteManifest(ref(registry, 'apache/tags:a1')).catch((e) => e);
  assert.match(tagError.message, /needs a digest/);
});

open('copy of a multi-layer image to another repository (mounted) and to a second registry (streamed)', async ({ registry, second }) => {
  const client = clientFor(registry);
  const image = makeTestImage({ layers: 4, layerSize: 200 * 1024 });
  const source = ref(registry, 'apache/airflow-main-python3.9-ci-v2:123');
  await pushTestImage(client, image, source);

  const sameRegistry = await copyImage(client, source, ref(registry, 'mirror/airflow-ci:latest'));
  assert.is(sameRegistry.digest, image.manifestDigest);
  assert.is(sameRegistry.blobs.mounted, 5);
  assert.is(await skopeoDigest(registry, 'mirror/airflow-ci:latest'), image.manifestDigest);

  const otherRegistry = await copyImage(client, source, ref(second, 'apache/airflow-ci:latest'));
  assert.is(otherRegistry.digest, image.manifestDigest);
  assert.is(otherRegistry.blobs.streamed, 5);
  assert.is(otherRegistry.bytesStreamed, image.config.size + image.layers.reduce((n, l) => n + l.size, 0));
  assert.is(await skopeoDigest(second, 'apache/airflow-ci:latest'), image.manifestDigest);
  const inspected = JSON.parse(await skopeo(second, ['inspect', '--tls-verify=false', `docker://${second.host}/apache/airflow-ci:latest`]));
  assert.is(inspected.Layers.length, 4);

  const again = await copyImage(client, source, ref(second, 'apache/airflow-ci:again'));
  assert.is(again.blobs.skipped, 5, 'blobs already there are not copied again');

  const retagged = await retagImage(client, source, 'latest');
  assert.is(retagged, image.manifestDigest);
  assert.is(await skopeoDigest(registry, 'apache/airflow-main-python3.9-ci-v2:latest'), image.manifestDigest);
});

open('copy of a multi-platform index keeps the index digest', async ({ registry, second }) => {
  const client = clientFor(registry);
  const amd = makeTestImage({ layers: 1 });
  const arm = makeTestImage({ layers: 2 });
  const source = ref(registry, 'apache/multi:1');
  await pushTestImage(client, amd, { ...source, tag: undefined, digest: amd.manifestDigest });
  await pushTestImage(client, arm, { ...source, tag: undefined, digest: arm.manifestDigest });
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        {
          mediaType: amd.mediaType,
          digest: amd.manifestDigest,
          size: amd.manifest.length,
          platform: { os: 'linux', architecture: 'amd64' },
        },
        {
          mediaType: arm.mediaType,
          digest: arm.manifestDigest,
          size: arm.manifest.length,
          platform: { os: 'linux', architecture: 'arm64' },
        },
      ],
    }),
  );
  await client.putManifest(source, index, 'application/vnd.oci.image.index.v1+json');
  const copied = await copyImage(client, source, ref(second, 'apache/multi:1'));
  assert.is(copied.digest, sha256(index));
  assert.is(await skopeoDigest(second, 'apache/multi:1'), sha256(index));
  assert.is(await client.exists(ref(second, `apache/multi@${arm.manifestDigest}`)), true);
});

open(
  'tags pagination: Link rel="next" is followed (a stub server with the spec\'s Link header; distribution 2.8 does not paginate tags)',
  async () => {
    const { createServer } = await import('node:http');
    const pages: Record<string, { tags: string[]; next?: string }> = {
      '/v2/a/tags/list?n=2': { tags: ['t1', 't2'], next: '/v2/a/tags/list?n=2&last=t2' },
      '/v2/a/tags/list?n=2&last=t2': { tags: ['t3', 't4'], next: '/v2/a/tags/list?n=2&last=t4' },
      '/v2/a/tags/list?n=2&last=t4': { tags: ['t5'] },
    };
    const server = createServer((req, res) => {
      const page = pages[req.url ?? ''];
      if (!page) return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/json', ...(page.next ? { link: `<${page.next}>; rel="next"` } : {}) });
      res.end(JSON.stringify({ name: 'a', tags: page.tags }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const port = (server.address() as { port: number }).port;
      const client = new RegistryClient();
      assert.equal(await client.listTags(parseReference(`127.0.0.1:${port}/a`), 2), ['t1', 't2', 't3', 't4', 't5']);
      assert.is(client.requestCount, 3);
    } finally {
      server.close();
    }
  },
);

// ---------------------------------------------------------------------------------------------
const basic = suite<{ registry: RegistryServer }>('registry client, basic auth');
basic.before(async (ctx) => {
  ctx.registry = await startRegistry({ mode: 'basic' });
});
basic.after(async (ctx) => ctx.registry?.stop());

basic('with credentials: push and read; digest matches skopeo', async ({ registry }) => {
  const client = clientFor(registry);
  const image = makeTestImage();
  await pushTestImage(client, image, ref(registry, 'apache/basic:latest'));
  assert.is(await client.manifestDigest(ref(registry, 'apache/basic:latest')), image.manifestDigest);
  assert.is(await skopeoDigest(registry, 'apache/basic:latest'), image.manifestDigest);
});

basic('wrong password: unauthorized, quickly and once, exit code 3', async ({ registry }) => {
  const client = clientFor(registry, { credentials: () => ({ username: registry.username, password: 'wrong-password-123' }) });
  const started = Date.now();
  const error = await client.exists(ref(registry, 'apache/basic:latest')).catch((e) => e);
  assertRefused(error);
  assert.is(client.requestCount, 2, 'one challenge, one attempt with the credentials, no retries');
  assert.ok(Date.now() - started < 2000);
  assert.not.match(error.message, /wrong-password/);
});

basic('no credentials at all: unauthorized with a message saying so', async ({ registry }) => {
  const client = clientFor(registry, { credentials: () => undefined });
  const error = await client.exists(ref(registry, 'apache/basic:latest')).catch((e) => e);
  assertRefused(error);
  assert.match(error.message, /none are configured/);
});

basic('credentials from a docker config.json auths entry', async ({ registry }) => {
  const dir = mkdtempSync(join(tmpdir(), 'ci-images-dockercfg-'));
  try {
    const auth = Buffer.from(`${registry.username}:${registry.password}`).toString('base64');
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ auths: { [`http://${registry.host}`]: { auth } } }));
    const client = new RegistryClient({ credentials: dockerConfigCredentials(join(dir, 'config.json')) });
    await pushTestImage(clientFor(registry), makeTestImage(), ref(registry, 'apache/cfg:latest'));
    assert.is(await client.exists(ref(registry, 'apache/cfg:latest')), true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// ---------------------------------------------------------------------------------------------
const token = suite<{ registry: RegistryServer }>('registry client, token auth');
token.before(async (ctx) => {
  ctx.registry = await startRegistry({ mode: 'token', anonymousPull: true });
});
token.after(async (ctx) => ctx.registry?.stop());

token('push and read with a token; digest matches skopeo', async ({ registry }) => {
  const client = clientFor(registry);
  const image = makeTestImage({ layers: 2 });
  await pushTestImage(client, image, ref(registry, 'apache/airflow-master-python3.6-ci-v2:latest'));
  assert.is(await skopeoDigest(registry, 'apache/airflow-master-python3.6-ci-v2:latest'), image.manifestDigest);
});

token('existence check: 3 requests cold (challenge, token, HEAD), 1 with the cached token', async ({ registry }) => {
  const client = clientFor(registry);
  const tokenRequestsBefore = registry.tokenServer!.requests.length;
  assert.is(await client.exists(ref(registry, 'apache/airflow-master-python3.6-ci-v2:latest')), true);
  assert.is(client.requestCount, 3);
  assert.is(await client.exists(ref(registry, 'apache/airflow-master-python3.6-ci-v2:latest')), true);
  assert.is(await client.exists(ref(registry, 'apache/airflow-master-python3.6-ci-v2:nope')), false);
  assert.is(client.requestCount, 5);
  assert.is(registry.tokenServer!.requests.length - tokenRequestsBefore, 1, 'one token, reused');
  const last = registry.tokenServer!.requests.at(-1)!;
  assert.equal(last.scope, ['repository:apache/airflow-master-python3.6-ci-v2:pull']);
});

token('authorize: one challenge and one token for many repositories, then one request per check', async ({ registry }) => {
  const client = clientFor(registry);
  const repositories = ['apache/many-a', 'apache/many-b', 'apache/many-c', 'apache/many-d'];
  const tokensBefore = registry.tokenServer!.requests.length;
  await client.authorize(registry.host, repositories);
  assert.is(client.requestCount, 2, 'GET /v2/ for the challenge, one token');
  assert.is(registry.tokenServer!.requests.length - tokensBefore, 1);
  assert.equal(registry.tokenServer!.requests.at(-1)!.scope.sort(), repositories.map((r) => `repository:${r}:pull`).sort());
  for (const repository of repositories) assert.is(await client.exists(ref(registry, `${repository}:latest`)), false);
  assert.is(client.requestCount, 2 + repositories.length, 'no further challenge or token');
  await client.authorize(registry.host, repositories);
  assert.is(client.requestCount, 2 + repositories.length, 'nothing to do when every scope has a token');
});

token('anonymous pull gets an anonymous token (public images)', async ({ registry }) => {
  const client = clientFor(registry, { credentials: () => undefined });
  assert.is(await client.exists(ref(registry, 'apache/airflow-master-python3.6-ci-v2:latest')), true);
  assert.is(registry.tokenServer!.requests.at(-1)!.user, undefined);
  const push = await client
    .putManifest(ref(registry, 'apache/anon:latest'), Buffer.from('{}'), 'application/vnd.oci.image.manifest.v1+json')
    .catch((e) => e);
  assertRefused(push);
});

token('wrong password: the token service refuses once, unauthorized, exit 3', async ({ registry }) => {
  const client = clientFor(registry, { credentials: () => ({ username: registry.username, password: 'not-the-password' }) });
  const before = registry.tokenServer!.requests.length;
  const started = Date.now();
  const error = await client.exists(ref(registry, 'apache/airflow-master-python3.6-ci-v2:latest')).catch((e) => e);
  assertRefused(error);
  assert.is(registry.tokenServer!.requests.length - before, 1);
  assert.ok(Date.now() - started < 2000);
  assert.not.match(error.message, /not-the-password/);
});

token('copy within the token registry mounts with a two-scope token', async ({ registry }) => {
  const client = clientFor(registry);
  const result = await copyImage(
    client,
    ref(registry, 'apache/airflow-master-python3.6-ci-v2:latest'),
    ref(registry, 'apache/copy-target:latest'),
  );
  assert.is(result.blobs.mounted, 3);
  const scopes = registry.tokenServer!.requests.map((r) => r.scope.join(' '));
  assert.ok(
    scopes.some(
      (s) => s.includes('repository:apache/copy-target:pull,push') && s.includes('repository:apache/airflow-master-python3.6-ci-v2:pull'),
    ),
  );
});

open.run();
basic.run();
token.run();
