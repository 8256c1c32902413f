/**
 * save-image and load-image against a real registry, cross-checked with skopeo: an index of two
 * platforms goes registry → file → registry with every digest equal (plain and gzip), skopeo reads
 * the file as oci-archive: (inspect and copy), and a truncated or corrupted file is refused with one
 * line while nothing reaches the registry.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { makeTestImage, pushSampleImage, sha256 } from '../../../testing/sample-image.ts';
import { skopeo } from '../../helpers/images.ts';
import { jsonEnvelope, jsonResult, runScript } from '../../helpers/run-script.ts';
import { MEDIA_TYPES, RegistryClient } from '../../../lib/registry/client.ts';

interface Ctx {
  registry: RegistryServer;
  client: RegistryClient;
  dir: string;
  index: { digest: string; children: string[] };
}

const SAVE = 'scripts/ci/images/save-image.ts';
const LOAD = 'scripts/ci/images/load-image.ts';
const test = suite<Ctx>('save-image / load-image round trips (real registry, skopeo)');

test.before(async (ctx) => {
  ctx.registry = await startRegistry({ mode: 'open' });
  ctx.client = new RegistryClient();
  ctx.dir = mkdtempSync(join(tmpdir(), 'ci-images-archive-'));
  const host = ctx.registry.host;
  const children = [];
  for (const arch of ['amd64', 'arm64']) {
    const image = makeTestImage({ layers: 2, layerSize: 200_000 });
    const digest = await pushSampleImage(ctx.client, image, {
      registry: host,
      repository: 'src/app',
      digest: undefined,
      tag: `only-${arch}`,
    });
    children.push({ mediaType: image.mediaType, digest, size: image.manifest.length, platform: { os: 'linux', architecture: arch } });
  }
  const body = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests: children }));
  const digest = await ctx.client.putManifest({ registry: host, repository: 'src/app', tag: 'multi' }, body, MEDIA_TYPES.ociIndex);
  ctx.index = { digest, children: children.map((c) => c.digest) };
});
test.after(async (ctx) => {
  await ctx.registry?.stop();
  if (ctx.dir) rmSync(ctx.dir, { recursive: true, force: true });
});

for (const compress of ['none', 'gzip']) {
  test(`an index of two platforms: registry → file (${compress}) → registry keeps every digest; skopeo reads the file`, async (ctx) => {
    const { host } = ctx.registry;
    const file = join(ctx.dir, `multi-${compress}.tar`);
    const saved = await runScript(SAVE, [`${host}/src/app:multi`, '--output', file, '--compress', compress, '--json'], {});
    assert.is(saved.code, 0, saved.stderr);
    const result = jsonResult(saved.stdout);
    assert.is(result.images[0].digest, ctx.index.digest);
    assert.is(result.images[0].children, 2);
    assert.is(result.file.fileDigest, sha256(readFileSync(file)));
    assert.is(readFileSync(file)[0] === 0x1f, compress === 'gzip');
    if (compress === 'none') {
      const raw = await skopeo(undefined, ['inspect', '--raw', `oci-archive:${file}`]);
      assert.is(sha256(Buffer.from(raw)), ctx.index.digest);
      await skopeo(undefined, [
        'copy',
        '--all',
        '--preserve-digests',
        '--dest-tls-verify=false',
        `oci-archive:${file}`,
        `docker://${host}/by-skopeo/app:multi`,
      ]);
      assert.is(await ctx.client.manifestDigest({ registry: host, repository: 'by-skopeo/app', tag: 'multi' }), ctx.index.digest);
    }
    const target = `${host}/copied-${compress}/app:multi`;
    const loaded = await runScript(LOAD, [file, '--to', target, '--json'], {});
    assert.is(loaded.code, 0, loaded.stderr);
    assert.is(jsonResult(loaded.stdout).images[0].reference, target);
    assert.is(await ctx.client.manifestDigest({ registry: host, repository: `copied-${compress}/app`, tag: 'multi' }), ctx.index.digest);
    for (const child of ctx.index.children) {
      assert.is(await ctx.client.manifestDigest({ registry: host, repository: `copied-${compress}/app`, digest: child }), child);
    }
  });
}

test('save --dry-run writes nothing; load --dry-run verifies and pushes nothing', async (ctx) => {
  const { host } = ctx.registry;
  const file = join(ctx.dir, 'dry.tar');
  const dry = await runScript(SAVE, [`${host}/src/app:multi`, '--output', file, '--dry-run'], {});
  assert.is(dry.code, 0, dry.stderr);
  assert.match(dry.stdout, /would write 1 image/);
  assert.throws(() => readFileSync(file));
  const real = join(ctx.dir, 'multi-none.tar');
  const load = await runScript(LOAD, [real, '--to', `${host}/dry/app:1`, '--dry-run', '--json'], {});
  assert.is(load.code, 0, load.stderr);
  assert.is(await ctx.client.manifestDigest({ registry: host, repository: 'dry/app', tag: '1' }), undefined);
});

test('a corrupted blob and a truncated file are refused in one line (exit 2) and nothing is pushed', async (ctx) => {
  const { host } = ctx.registry;
  const good = readFileSync(join(ctx.dir, 'multi-none.tar'));
  const corrupted = Buffer.from(good);
  // Inside the first blob (after the 512-byte header of oci-layout, its data block and the blob's header).
  corrupted[512 * 3 + 100] ^= 0xff;
  const truncated = good.subarray(0, Math.floor(good.length / 2));
  for (const [name, bytes, expected] of [
    ['corrupted', corrupted, /content digest is sha256:/],
    ['truncated', truncated, /not a complete image archive|does not hold/],
  ] as const) {
    const file = join(ctx.dir, `${name}.tar`);
    writeFileSync(file, bytes);
    const run = await runScript(LOAD, [file, '--to', `${host}/${name}/app:1`, '--json'], {});
    assert.is(run.code, 2, run.stderr);
    const envelope = jsonEnvelope(run.stdout);
    assert.match(envelope.error!.message, expected);
    assert.is(
      run.stderr
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('error:')).length,
      1,
      run.stderr,
    );
    assert.is(await ctx.client.manifestDigest({ registry: host, repository: `${name}/app`, tag: '1' }), undefined);
    assert.equal(await ctx.client.listTags({ registry: host, repository: `${name}/app` }).catch(() => []), []);
  }
});

test('--to given a different number of times than the file has images: exit 2 naming --to', async (ctx) => {
  const run = await runScript(
    LOAD,
    [join(ctx.dir, 'multi-none.tar'), '--to', `${ctx.registry.host}/a/b:1`, '--to', `${ctx.registry.host}/a/c:1`],
    {},
  );
  assert.is(run.code, 2);
  assert.match(run.stderr, /--to is given 2 time\(s\) but .* holds 1 image/);
});

test.run();
