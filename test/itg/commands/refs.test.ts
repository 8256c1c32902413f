/**
 * The commands on plain references (copy, tag, digest, ls) against real registries on loopback
 * (plain http, as docker allows), cross-checked with skopeo: digests, tags, index children, exit
 * codes and `--json` envelopes.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { makeTestImage, pushSampleImage } from '../../../testing/sample-image.ts';
import { skopeo, skopeoDigest } from '../../helpers/images.ts';
import { jsonEnvelope, jsonResult, runScript } from '../../helpers/run-script.ts';
import { RegistryClient, MEDIA_TYPES } from '../../../lib/registry/client.ts';

const S = 'scripts/ci/images';
interface Ctx {
  a: RegistryServer;
  b: RegistryServer;
  locked: RegistryServer;
  client: RegistryClient;
}

/** An index over two platform images in `host/repository:tag`; returns its digest and the children's. */
async function pushIndex(client: RegistryClient, host: string, repository: string, tag: string) {
  const children = [];
  for (const architecture of ['amd64', 'arm64']) {
    const image = makeTestImage({ layers: 2 });
    const digest = await pushSampleImage(client, image, { registry: host, repository, digest: undefined, tag: `${tag}-${architecture}` });
    children.push({ mediaType: image.mediaType, digest, size: image.manifest.length, platform: { os: 'linux', architecture } });
  }
  const body = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests: children }));
  const digest = await client.putManifest({ registry: host, repository, tag }, body, MEDIA_TYPES.ociIndex);
  return { digest, children: children.map((c) => c.digest) };
}

const skopeoTags = async (registry: RegistryServer, repository: string) =>
  (
    JSON.parse(await skopeo(registry, ['list-tags', '--tls-verify=false', `docker://${registry.host}/${repository}`])) as { Tags: string[] }
  ).Tags.sort();

const refs = suite<Ctx>('copy, tag, digest, ls on plain references (real registries, skopeo)');
refs.before(async (ctx) => {
  [ctx.a, ctx.b, ctx.locked] = await Promise.all([startRegistry(), startRegistry(), startRegistry({ mode: 'basic' })]);
  ctx.client = new RegistryClient();
});
refs.after(async (ctx) => {
  await Promise.all([ctx.a?.stop(), ctx.b?.stop(), ctx.locked?.stop()]);
});

refs('digest: the index digest, --platform the child, as skopeo reads them; outputs in --json', async ({ a, client }) => {
  const { digest, children } = await pushIndex(client, a.host, 'acme/widgets/api', 'abc123');
  const run = await runScript(`${S}/image-digest.ts`, [`${a.host}/acme/widgets/api:abc123`], {});
  assert.is(run.code, 0, run.stderr);
  assert.is(run.stdout.trim(), digest);
  assert.is(await skopeoDigest(a, 'acme/widgets/api:abc123'), digest);
  const arm = await runScript(`${S}/image-digest.ts`, ['--json', '--platform', 'linux/arm64', `${a.host}/acme/widgets/api@${digest}`], {});
  const doc = jsonEnvelope(arm.stdout);
  assert.equal([doc.command, doc.ok, doc.exitCode], ['image-digest', true, 0]);
  assert.equal(doc.result.platform, { platform: 'linux/arm64', digest: children[1] });
  assert.is(doc.result.digest, digest);
  const none = await runScript(`${S}/image-digest.ts`, ['--json', '--platform', 'linux/s390x', `${a.host}/acme/widgets/api:abc123`], {});
  assert.is(none.code, 1);
  assert.match(jsonEnvelope(none.stdout).error!.message, /has no linux\/s390x image; it has linux\/amd64, linux\/arm64/);
});

refs('digest: missing image exit 1, bad reference exit 2, refused credentials exit 3', async ({ a, locked }) => {
  const missing = await runScript(`${S}/image-digest.ts`, ['--json', `${a.host}/acme/nothing:1`], {});
  assert.is(missing.code, 1, missing.stderr);
  assert.equal(jsonEnvelope(missing.stdout).error!.message, `${a.host}/acme/nothing:1 does not exist (no such tag or digest in ${a.host})`);
  const bad = await runScript(`${S}/image-digest.ts`, ['--json', 'Acme/Widgets'], {});
  assert.is(bad.code, 2);
  assert.match(jsonEnvelope(bad.stdout).error!.message, /^REF "Acme\/Widgets" is not valid: /);
  const two = await runScript(`${S}/image-digest.ts`, ['alpine', 'busybox'], {});
  assert.is(two.code, 2);
  assert.match(two.stderr, /^error: one REF only, got 2/m);
  const refused = await runScript(`${S}/image-digest.ts`, ['--json', `${locked.host}/acme/widgets/api:1`], {});
  assert.is(refused.code, 3, refused.stderr);
  assert.is(jsonEnvelope(refused.stdout).exitCode, 3);
});

refs('copy: an index with every child to another registry and within one (mounted), digest unchanged', async ({ a, b, client }) => {
  const { digest, children } = await pushIndex(client, a.host, 'acme/widgets/worker', 'v1');
  const src = `${a.host}/acme/widgets/worker:v1`;
  const run = await runScript(
    `${S}/copy-image.ts`,
    ['--json', src, `${b.host}/mirror/worker`, `${a.host}/acme/widgets/worker-copy:stable`],
    {},
  );
  assert.is(run.code, 0, run.stderr);
  const result = jsonResult(run.stdout);
  assert.equal(
    result.copies.map((c: { reference: string; digest: string }) => [c.reference, c.digest]),
    [
      [`${b.host}/mirror/worker:v1`, digest],
      [`${a.host}/acme/widgets/worker-copy:stable`, digest],
    ],
  );
  assert.is(result.copies[0].blobs.streamed, 6);
  assert.is(result.copies[1].blobs.mounted, 6);
  assert.is(result.copies[1].blobs.streamed, 0);
  assert.is(await skopeoDigest(b, 'mirror/worker:v1'), digest);
  assert.is(await skopeoDigest(a, 'acme/widgets/worker-copy:stable'), digest);
  for (const child of children) {
    const raw = await skopeo(b, ['inspect', '--tls-verify=false', '--raw', `docker://${b.host}/mirror/worker@${child}`]);
    assert.ok(JSON.parse(raw).layers.length === 2, child);
    // The whole image, layers included: skopeo pulls every blob of the child from the copy.
    await skopeo(b, ['inspect', '--tls-verify=false', `docker://${b.host}/mirror/worker@${child}`]);
  }
});

refs(
  'copy: by digest only stays untagged; --dry-run writes nothing; DST with a digest or equal to SRC is exit 2',
  async ({ a, b, client }) => {
    const image = makeTestImage({ layers: 1 });
    const digest = await pushSampleImage(client, image, { registry: a.host, repository: 'acme/one', tag: 'x' });
    const dry = await runScript(`${S}/copy-image.ts`, ['--dry-run', `${a.host}/acme/one:x`, `${b.host}/acme/one`], {});
    assert.is(dry.code, 0, dry.stderr);
    assert.match(dry.stdout, new RegExp(`\\[dry-run\\] copy ${a.host}/acme/one:x@${digest} -> ${b.host}/acme/one:x`));
    const afterDry = await runScript(`${S}/image-digest.ts`, [`${b.host}/acme/one:x`], {});
    assert.is(afterDry.code, 1, 'nothing written by the dry run');
    const byDigest = await runScript(`${S}/copy-image.ts`, ['--json', `${a.host}/acme/one@${digest}`, `${b.host}/acme/one`], {});
    assert.is(byDigest.code, 0, byDigest.stderr);
    assert.is(jsonResult(byDigest.stdout).copies[0].reference, `${b.host}/acme/one@${digest}`);
    assert.is(await skopeoDigest(b, `acme/one@${digest}`), digest);
    // No tag was written: the registry lists none for the repository (distribution answers 404).
    const listed = await skopeoTags(b, 'acme/one').catch((error: Error) => error);
    assert.ok(listed instanceof Error ? /404/.test(listed.message) : listed.length === 0, String(listed));
    for (const args of [
      [`${a.host}/acme/one:x`, `${b.host}/acme/one@${digest}`],
      [`${a.host}/acme/one:x`, `${a.host}/acme/one:x`],
      [`${a.host}/acme/one:x`],
    ]) {
      const run = await runScript(`${S}/copy-image.ts`, ['--json', ...args], {});
      assert.is(run.code, 2, args.join(' '));
      assert.match(jsonEnvelope(run.stdout).error!.message, /^DST /);
    }
  },
);

refs('copy HOST (one bare host) keeps its meaning: push-images --copy-to HOST, the push-tag image', async () => {
  const run = await runScript(`${S}/copy-image.ts`, ['ghcr.io', '--dry-run', '--json'], {
    CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: '3.8',
    PYTHON_MAJOR_MINOR_VERSION: '3.8',
  });
  assert.is(run.code, 0, run.stderr);
  const doc = jsonEnvelope(run.stdout);
  assert.equal([doc.command, doc.result.mode, doc.result.registry], ['push-images', 'copy', 'ghcr.io']);
  assert.is(doc.result.images[0].imageReference, 'ghcr.io/apache/airflow-master-python3.8-ci-v2:latest');
  // One word that is no host is not that form: a copy without DST (exit 2).
  const word = await runScript(`${S}/copy-image.ts`, ['alpine'], {});
  assert.is(word.code, 2);
  assert.match(word.stderr, /^error: DST is required/m);
});

refs('tag: new tags in the same repository, one manifest PUT each; --dry-run writes none', async ({ a, client }) => {
  const image = makeTestImage({ layers: 1 });
  const digest = await pushSampleImage(client, image, { registry: a.host, repository: 'acme/widgets/api', tag: 'sha-1' });
  const dry = await runScript(`${S}/tag-image.ts`, ['--dry-run', `${a.host}/acme/widgets/api:sha-1`, 'latest'], {});
  assert.is(dry.code, 0, dry.stderr);
  assert.match(dry.stdout, /\[dry-run\] PUT manifest .*:latest/);
  assert.not.ok((await skopeoTags(a, 'acme/widgets/api')).includes('latest'));
  const run = await runScript(`${S}/tag-image.ts`, ['--json', `${a.host}/acme/widgets/api:sha-1`, 'latest', '1.0'], {});
  assert.is(run.code, 0, run.stderr);
  assert.equal(
    jsonResult(run.stdout).tagged.map((t: { digest: string }) => t.digest),
    [digest, digest],
  );
  for (const tag of ['latest', '1.0']) assert.is(await skopeoDigest(a, `acme/widgets/api:${tag}`), digest);
  const bad = await runScript(`${S}/tag-image.ts`, [`${a.host}/acme/widgets/api:sha-1`, '-x'], {});
  assert.is(bad.code, 2);
  const none = await runScript(`${S}/tag-image.ts`, [`${a.host}/acme/widgets/api:sha-1`], {});
  assert.is(none.code, 2);
  assert.match(none.stderr, /^error: TAG is required/m);
});

refs('ls: every tag over several pages, as skopeo lists them; a missing repository is exit 1', async ({ b, client }) => {
  const image = makeTestImage({ layers: 1 });
  const repository = 'acme/many';
  await pushSampleImage(client, image, { registry: b.host, repository, tag: 't0' });
  const manifest = await client.getManifest({ registry: b.host, repository, tag: 't0' });
  // 130 tags: two pages of tags/list at 100 a page; without following Link: rel="next" only 100 would be listed.
  for (let i = 1; i < 130; i++) await client.putManifest({ registry: b.host, repository, tag: `t${i}` }, manifest.body, manifest.mediaType);
  const run = await runScript(`${S}/list-tags.ts`, [`${b.host}/${repository}`], {});
  assert.is(run.code, 0, run.stderr);
  const tags = run.stdout.trim().split('\n');
  assert.is(tags.length, 130);
  assert.equal([...tags].sort(), await skopeoTags(b, repository));
  const json = await runScript(`${S}/list-tags.ts`, ['--json', `${b.host}/${repository}`], {});
  assert.is(jsonResult(json.stdout).tags.length, 130);
  const missing = await runScript(`${S}/list-tags.ts`, ['--json', `${b.host}/acme/none`], {});
  assert.is(missing.code, 1);
  assert.match(jsonEnvelope(missing.stdout).error!.message, /acme\/none does not exist/);
  const tagged = await runScript(`${S}/list-tags.ts`, [`${b.host}/${repository}:t1`], {});
  assert.is(tagged.code, 2);
});

refs.run();
