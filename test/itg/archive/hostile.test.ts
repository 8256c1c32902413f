/**
 * Hostile archives (issue 26's list) given to load with a real registry as the target: path
 * traversal, absolute names, symlinks and hard links, an entry larger than its descriptor declares,
 * an oversized document, duplicate entries, an index.json pointing outside the layout or at a blob
 * it does not hold, a compression bomb. Each is refused with one ArchiveError line (exit 2) and
 * nothing reaches the registry or lands outside the private temp dir.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { makeTestImage, sha256, type TestImage } from '../../../testing/sample-image.ts';
import { RegistryClient } from '../../../lib/registry/client.ts';
import { loadArchive } from '../../../lib/commands/load.ts';
import { exitCodeFor } from '../../../lib/support/errors.ts';
import { tarOf, type TarEntry } from '../../helpers/archives.ts';

type Entry = TarEntry;

const blobName = (digest: string) => `blobs/sha256/${digest.slice(7)}`;

/** The entries of a valid layout of `image`; `index` replaces index.json's manifests. */
function layoutEntries(image: TestImage, index?: unknown[]): Entry[] {
  const manifests = index ?? [{ mediaType: image.mediaType, digest: image.manifestDigest, size: image.manifest.length }];
  return [
    { name: 'oci-layout', data: Buffer.from('{"imageLayoutVersion":"1.0.0"}') },
    ...[image.config, ...image.layers].map((b) => ({ name: blobName(b.digest), data: b.data })),
    { name: blobName(image.manifestDigest), data: image.manifest },
    { name: 'index.json', data: Buffer.from(JSON.stringify({ schemaVersion: 2, manifests })) },
  ];
}

interface Ctx {
  registry: RegistryServer;
  client: RegistryClient;
  dir: string;
  count: number;
}

const test = suite<Ctx>('hostile archives are refused before anything is pushed (real registry)');
test.before(async (ctx) => {
  ctx.registry = await startRegistry({ mode: 'open' });
  ctx.client = new RegistryClient();
  ctx.dir = mkdtempSync(join(tmpdir(), 'ci-images-hostile-'));
  ctx.count = 0;
});
test.after(async (ctx) => {
  await ctx.registry?.stop();
  if (ctx.dir) rmSync(ctx.dir, { recursive: true, force: true });
});

async function refused(ctx: Ctx, bytes: Buffer, expected: RegExp, options: { maxExpandedBytes?: number } = {}): Promise<void> {
  const file = join(ctx.dir, `case-${++ctx.count}.tar`);
  writeFileSync(file, bytes);
  const repository = `hostile/case-${ctx.count}`;
  const target = { registry: ctx.registry.host, repository, tag: '1' };
  const error = await loadArchive({ file, targets: [target], registry: () => ctx.client, ...options }).then(
    () => undefined,
    (e: Error) => e,
  );
  assert.ok(error, `case ${ctx.count} was not refused`);
  assert.match(error.message, expected);
  assert.not.match(error.message, /\n/);
  assert.is(exitCodeFor(error), 2);
  assert.is(await ctx.client.manifestDigest(target), undefined);
  assert.equal(await ctx.client.listTags(target).catch(() => []), []);
}

const image = makeTestImage({ layers: 1 });

test('path traversal and absolute names', async (ctx) => {
  await refused(
    ctx,
    await tarOf([...layoutEntries(image), { name: '../../escaped', data: Buffer.from('x') }]),
    /"\.\.\/\.\.\/escaped" is refused: .*path traversal/,
  );
  await refused(ctx, await tarOf([{ name: '/tmp/ci-images-absolute', data: Buffer.from('x') }, ...layoutEntries(image)]), /path traversal/);
  await refused(ctx, await tarOf([{ name: 'blobs/sha256/../../../escaped', data: Buffer.from('x') }]), /path traversal/);
  assert.not.ok(existsSync(join(tmpdir(), 'escaped')));
  assert.not.ok(existsSync('/tmp/ci-images-absolute'));
});

test('symlinks and hard links', async (ctx) => {
  const [layer] = image.layers;
  const withoutLayer = layoutEntries(image).filter((e) => e.name !== blobName(layer.digest));
  await refused(
    ctx,
    await tarOf([...withoutLayer, { name: blobName(layer.digest), type: 'symlink', linkname: '/etc/passwd' }]),
    /a symlink entry/,
  );
  await refused(
    ctx,
    await tarOf([...withoutLayer, { name: blobName(layer.digest), type: 'link', linkname: 'oci-layout' }]),
    /a link entry/,
  );
  // docker's own layer links, but pointing out of the archive.
  await refused(
    ctx,
    await tarOf([{ name: `${'a'.repeat(64)}/layer.tar`, type: 'symlink', linkname: '../../../etc/passwd' }]),
    /only to another layer\.tar/,
  );
});

test('an entry larger than its descriptor declares, and an oversized document', async (ctx) => {
  const [layer] = image.layers;
  const bigger = Buffer.concat([layer.data, Buffer.from('trailing')]);
  const lying = makeTestImage({ layers: 0 });
  const manifest = Buffer.from(
    JSON.stringify({
      ...JSON.parse(image.manifest.toString()),
      layers: [{ mediaType: layer.mediaType, digest: sha256(bigger), size: layer.size }],
    }),
  );
  const entries: Entry[] = [
    { name: 'oci-layout', data: Buffer.from('{"imageLayoutVersion":"1.0.0"}') },
    { name: blobName(image.config.digest), data: image.config.data },
    { name: blobName(sha256(bigger)), data: bigger },
    { name: blobName(sha256(manifest)), data: manifest },
    {
      name: 'index.json',
      data: Buffer.from(
        JSON.stringify({ schemaVersion: 2, manifests: [{ mediaType: lying.mediaType, digest: sha256(manifest), size: manifest.length }] }),
      ),
    },
  ];
  await refused(
    ctx,
    await tarOf(entries),
    new RegExp(`blob ${sha256(bigger)} is ${bigger.length} bytes, its descriptor declares ${layer.size}`),
  );
  await refused(
    ctx,
    await tarOf([{ name: 'index.json', data: Buffer.alloc(5 << 20, 0x20) }]),
    /"index\.json" is refused: larger than 4194304 bytes/,
  );
});

test('duplicate entries', async (ctx) => {
  const entries = layoutEntries(image);
  await refused(ctx, await tarOf([...entries, entries[entries.length - 1]]), /"index\.json" is refused: it appears twice/);
});

test('an index.json pointing outside the layout, or at a blob the archive does not hold', async (ctx) => {
  const outside = [{ mediaType: image.mediaType, digest: 'sha256:../../../etc/passwd', size: 10 }];
  await refused(ctx, await tarOf(layoutEntries(image, outside)), /index\.json manifests\[0\] is refused: digest .* is not a digest/);
  const missing = [{ mediaType: image.mediaType, digest: sha256('not in the archive'), size: 18 }];
  await refused(ctx, await tarOf(layoutEntries(image, missing)), /does not hold/);
  // A corrupted blob: its bytes are not what its name says.
  const corrupted = layoutEntries(image).map((e) =>
    e.name === blobName(image.layers[0].digest) ? { ...e, data: Buffer.from('other bytes') } : e,
  );
  await refused(ctx, await tarOf(corrupted), /its content digest is sha256:/);
});

test('a compression bomb: the expanded size is capped', async (ctx) => {
  const bomb = gzipSync(
    await tarOf([...layoutEntries(image), { name: blobName(sha256(Buffer.alloc(8 << 20))), data: Buffer.alloc(8 << 20) }]),
  );
  assert.ok(bomb.length < 100_000);
  await refused(ctx, bomb, /expands to more than 1048576 bytes: refused/, { maxExpandedBytes: 1 << 20 });
});

test('an empty file and a file that is not a tar', async (ctx) => {
  await refused(ctx, Buffer.alloc(0), /holds no entries|not a complete image archive/);
  await refused(ctx, Buffer.from('<html>captive portal</html>'.repeat(40)), /not a complete image archive/);
});

test.run();
