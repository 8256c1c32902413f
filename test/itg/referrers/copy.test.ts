/**
 * copyImage carries what belongs to the image between two real docker-registry instances (no
 * referrers API on either: the fallback-tag path): the cosign `.sig` tag, the SBOM listed in the
 * fallback tag and the SBOM's own signature, each with its blobs; the target's fallback index is
 * merged with another client's entry already there. Every carried manifest read back with skopeo.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { makeTestImage, pushSampleImage, sha256 } from '../../../testing/sample-image.ts';
import { cosignSignature, fallbackIndex, pushArtifact, sbomArtifact, type Artifact } from '../../../testing/supply-chain.ts';
import { skopeo } from '../../helpers/images.ts';
import { jsonResult, runScript } from '../../helpers/run-script.ts';
import { RegistryClient } from '../../../lib/registry/client.ts';
import { copyImage } from '../../../lib/registry/copy.ts';
import { cosignTagName, fallbackTagName } from '../../../lib/oci/referrers.ts';

interface Ctx {
  source: RegistryServer;
  target: RegistryServer;
  client: RegistryClient;
  image: string;
  sig: Artifact;
  sbom: Artifact;
  sbomSig: Artifact;
  other: Artifact;
}

const test = suite<Ctx>('copy carries referrers (two real registries, fallback tags)');
test.before(async (ctx) => {
  ctx.source = await startRegistry({ mode: 'open' });
  ctx.target = await startRegistry({ mode: 'open' });
  ctx.client = new RegistryClient({});
  const repo = { registry: ctx.source.host, repository: 'team/app' };
  const image = makeTestImage({ layers: 2 });
  ctx.image = await pushSampleImage(ctx.client, image, { ...repo, tag: '1.0' });
  await pushSampleImage(ctx.client, makeTestImage({ layers: 1 }), { ...repo, tag: 'unsigned' });
  ctx.sig = cosignSignature(ctx.image, `${ctx.source.host}/team/app`);
  await pushArtifact(ctx.client, ctx.sig, repo, cosignTagName(ctx.image, 'sig'));
  const subject = { mediaType: image.mediaType, digest: ctx.image, size: image.manifest.length };
  ctx.sbom = sbomArtifact(subject);
  await pushArtifact(ctx.client, ctx.sbom, repo);
  await pushArtifact(
    ctx.client,
    fallbackIndex([{ artifact: ctx.sbom, artifactType: 'application/spdx+json' }]),
    repo,
    fallbackTagName(ctx.image),
  );
  ctx.sbomSig = cosignSignature(ctx.sbom.digest, `${ctx.source.host}/team/app`);
  await pushArtifact(ctx.client, ctx.sbomSig, repo, cosignTagName(ctx.sbom.digest, 'sig'));
  // Another client already attached something to the same image at the target: it must survive.
  const targetRepo = { registry: ctx.target.host, repository: 'mirror/app' };
  ctx.other = sbomArtifact(subject);
  await pushArtifact(ctx.client, ctx.other, targetRepo);
  await pushArtifact(
    ctx.client,
    fallbackIndex([{ artifact: ctx.other, artifactType: 'application/spdx+json' }]),
    targetRepo,
    fallbackTagName(ctx.image),
  );
});
test.after(async (ctx) => {
  await ctx.source?.stop();
  await ctx.target?.stop();
});

const raw = async (registry: RegistryServer, reference: string) =>
  skopeo(undefined, ['inspect', '--tls-verify=false', '--raw', `docker://${registry.host}/${reference}`]);

test('the image arrives signed: .sig tag, SBOM and its signature by digest, fallback index merged', async (ctx) => {
  const result = await copyImage(
    ctx.client,
    { registry: ctx.source.host, repository: 'team/app', tag: '1.0' },
    { registry: ctx.target.host, repository: 'mirror/app', tag: '1.0' },
  );
  assert.is(result.digest, ctx.image);
  assert.equal(
    result.referrers.referrers.map((r) => [r.foundBy, r.digest]),
    [
      ['fallback-tag', ctx.sbom.digest],
      ['cosign-tag', ctx.sig.digest],
      ['cosign-tag', ctx.sbomSig.digest],
    ],
  );
  assert.equal(result.referrers.fallbackTags, [fallbackTagName(ctx.image)]);
  for (const a of [ctx.sig, ctx.sbom, ctx.sbomSig])
    assert.is(sha256(Buffer.from(await raw(ctx.target, `mirror/app@${a.digest}`))), a.digest);
  assert.is(sha256(Buffer.from(await raw(ctx.target, `mirror/app:${cosignTagName(ctx.image, 'sig')}`))), ctx.sig.digest);
  assert.is(sha256(Buffer.from(await raw(ctx.target, `mirror/app:${cosignTagName(ctx.sbom.digest, 'sig')}`))), ctx.sbomSig.digest);
  const fallback = JSON.parse(await raw(ctx.target, `mirror/app:${fallbackTagName(ctx.image)}`)) as {
    manifests: { digest: string; artifactType?: string }[];
  };
  assert.equal(
    fallback.manifests.map((m) => [m.digest, m.artifactType]),
    [
      [ctx.other.digest, 'application/spdx+json'],
      [ctx.sbom.digest, 'application/spdx+json'],
    ],
  );
  // every blob of every referrer is there (skopeo copies the signature out of the target)
  const layer = JSON.parse(await raw(ctx.target, `mirror/app@${ctx.sig.digest}`)).layers[0].digest;
  assert.ok(await ctx.client.blobExists({ registry: ctx.target.host, repository: 'mirror/app' }, layer));
  const listing = await ctx.client.referrers({ registry: ctx.target.host, repository: 'mirror/app' }, ctx.image, { depth: 2 });
  assert.equal(
    listing.referrers.map((r) => r.digest).sort(),
    [ctx.other.digest, ctx.sbom.digest, ctx.sig.digest, ctx.sbomSig.digest].sort(),
  );
});

test('copied again: nothing new, the fallback index is not rewritten', async (ctx) => {
  const before = await raw(ctx.target, `mirror/app:${fallbackTagName(ctx.image)}`);
  const result = await copyImage(
    ctx.client,
    { registry: ctx.source.host, repository: 'team/app', tag: '1.0' },
    { registry: ctx.target.host, repository: 'mirror/app', tag: '1.0' },
  );
  assert.equal(result.referrers.fallbackTags, []);
  assert.is(result.blobs.streamed, 0);
  assert.is(await raw(ctx.target, `mirror/app:${fallbackTagName(ctx.image)}`), before);
});

test('referrers: false copies the image alone; an image with none copies as before', async (ctx) => {
  const alone = await copyImage(
    ctx.client,
    { registry: ctx.source.host, repository: 'team/app', tag: '1.0' },
    { registry: ctx.target.host, repository: 'bare/app', tag: '1.0' },
    { referrers: false },
  );
  assert.equal(alone.referrers.referrers, []);
  const tags = JSON.parse(await skopeo(undefined, ['list-tags', '--tls-verify=false', `docker://${ctx.target.host}/bare/app`])).Tags;
  assert.equal(tags, ['1.0']);
  const unsigned = await copyImage(
    ctx.client,
    { registry: ctx.source.host, repository: 'team/app', tag: 'unsigned' },
    { registry: ctx.target.host, repository: 'plain/app', tag: 'unsigned' },
  );
  assert.equal(unsigned.referrers, { referrers: [], fallbackTags: [] });
});

test('push-images --copy-to: the copy arrives signed; the summary and --json say what was carried', async (ctx) => {
  const ghcrRepo = 'apache/airflow-master-python3.8-ci-v2';
  const pkgRepo = 'apache/airflow/master-python3.8-ci-v2';
  const ghcr = { registry: 'ghcr.io', repository: ghcrRepo };
  const client = new RegistryClient({ endpoints: new Map([['ghcr.io', ctx.source.url]]) });
  const image = makeTestImage({ layers: 1 });
  const digest = await pushSampleImage(client, image, { ...ghcr, tag: '4242' });
  const sig = cosignSignature(digest, `ghcr.io/${ghcrRepo}`);
  await pushArtifact(client, sig, ghcr, cosignTagName(digest, 'sig'));
  const vars = {
    GITHUB_REGISTRY: 'ghcr.io',
    GITHUB_REGISTRY_PUSH_IMAGE_TAG: '4242',
    PYTHON_MAJOR_MINOR_VERSION: '3.8',
    AIRFLOW_LOGIN_TO_GITHUB_REGISTRY: 'false',
    REGISTRY_ENDPOINTS: `ghcr.io=${ctx.source.url},docker.pkg.github.com=${ctx.target.url}`,
  };
  const run = await runScript('scripts/ci/images/push-images.ts', ['--copy-to', 'docker.pkg.github.com', '--json'], vars);
  assert.is(run.code, 0, run.stderr);
  assert.equal(jsonResult(run.stdout).images, [
    {
      kind: 'ci',
      imageReference: `docker.pkg.github.com/${pkgRepo}:4242`,
      imageDigest: digest,
      referrers: [
        { digest: sig.digest, artifactType: 'application/vnd.dev.cosign.simplesigning.v1+json', kind: 'signature', foundBy: 'cosign-tag' },
      ],
    },
  ]);
  assert.match(run.stderr, /; 1 referrer\(s\): signature/);
  assert.is(sha256(Buffer.from(await raw(ctx.target, `${pkgRepo}:${cosignTagName(digest, 'sig')}`))), sig.digest);
});

test.run();
