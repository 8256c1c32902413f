/**
 * `referrers REF` against a real docker-registry (distribution 2.8: no referrers API, so the
 * fallback tag `sha256-<hex>`), with a cosign-shaped `.sig`, an OCI 1.1 SBOM artifact with
 * `subject`, and a cosign signature of that SBOM; every listed digest cross-checked with skopeo.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { makeTestImage, pushSampleImage, sha256 } from '../../../testing/sample-image.ts';
import { cosignSignature, fallbackIndex, pushArtifact, sbomArtifact, type Artifact } from '../../../testing/supply-chain.ts';
import { skopeo } from '../../helpers/images.ts';
import { jsonEnvelope, jsonResult, runScript } from '../../helpers/run-script.ts';
import { RegistryClient } from '../../../lib/registry/client.ts';
import { cosignTagName, fallbackTagName } from '../../../lib/oci/referrers.ts';

const SCRIPT = 'scripts/ci/images/referrers.ts';
interface Ctx {
  registry: RegistryServer;
  image: string;
  signature: Artifact;
  sbom: Artifact;
  sbomSignature: Artifact;
  bare: string;
}

const test = suite<Ctx>('referrers: a registry without the referrers API (fallback tag, cosign tags)');
test.before(async (ctx) => {
  ctx.registry = await startRegistry({ mode: 'open' });
  const client = new RegistryClient({});
  const repo = { registry: ctx.registry.host, repository: 'team/app' };
  const image = makeTestImage({ layers: 1 });
  ctx.image = await pushSampleImage(client, image, { ...repo, tag: '1.0' });
  ctx.bare = await pushSampleImage(client, makeTestImage({ layers: 1 }), { ...repo, tag: 'bare' });
  ctx.signature = cosignSignature(ctx.image, `${ctx.registry.host}/team/app`);
  await pushArtifact(client, ctx.signature, repo, cosignTagName(ctx.image, 'sig'));
  ctx.sbom = sbomArtifact({ mediaType: image.mediaType, digest: ctx.image, size: image.manifest.length });
  await pushArtifact(client, ctx.sbom, repo);
  await pushArtifact(
    client,
    fallbackIndex([{ artifact: ctx.sbom, artifactType: 'application/spdx+json' }]),
    repo,
    fallbackTagName(ctx.image),
  );
  ctx.sbomSignature = cosignSignature(ctx.sbom.digest, `${ctx.registry.host}/team/app`);
  await pushArtifact(client, ctx.sbomSignature, repo, cosignTagName(ctx.sbom.digest, 'sig'));
});
test.after(async (ctx) => {
  await ctx.registry?.stop();
});

const run = (ctx: Ctx, args: string[]) => runScript(SCRIPT, args, {});

test('a tag: the SBOM from the fallback tag and the signature from the .sig tag, each digest what skopeo reads there', async (ctx) => {
  const result = await run(ctx, [`${ctx.registry.host}/team/app:1.0`, '--json']);
  assert.is(result.code, 0, result.stderr);
  const listing = jsonResult(result.stdout);
  assert.is(listing.digest, ctx.image);
  assert.is(listing.reference, `${ctx.registry.host}/team/app@${ctx.image}`);
  assert.is(listing.api, false, 'distribution 2.8 has no referrers API');
  const found = listing.referrers.map((r: { foundBy: string; digest: string; artifactType: string; tag?: string }) => [
    r.foundBy,
    r.digest,
    r.artifactType,
    r.tag,
  ]);
  assert.equal(found, [
    ['fallback-tag', ctx.sbom.digest, 'application/spdx+json', fallbackTagName(ctx.image)],
    ['cosign-tag', ctx.signature.digest, 'application/vnd.dev.cosign.simplesigning.v1+json', cosignTagName(ctx.image, 'sig')],
  ]);
  assert.equal(listing.kinds, ['sbom', 'signature']);
  for (const referrer of listing.referrers as { digest: string; size: number }[]) {
    const raw = await skopeo(undefined, [
      'inspect',
      '--tls-verify=false',
      '--raw',
      `docker://${ctx.registry.host}/team/app@${referrer.digest}`,
    ]);
    assert.is(sha256(Buffer.from(raw)), referrer.digest);
    assert.is(Buffer.byteLength(raw), referrer.size);
  }
  const sbom = JSON.parse(
    await skopeo(undefined, ['inspect', '--tls-verify=false', '--raw', `docker://${ctx.registry.host}/team/app@${ctx.sbom.digest}`]),
  );
  assert.is(sbom.subject.digest, ctx.image, 'the SBOM names the image as its subject');
});

test('--depth 2: the signature of the SBOM too, under the SBOM; plain lines as a tree', async (ctx) => {
  const result = await run(ctx, [`${ctx.registry.host}/team/app@${ctx.image}`, '--depth', '2']);
  assert.is(result.code, 0, result.stderr);
  const lines = result.stdout.trimEnd().split('\n');
  assert.is(lines[0], `${ctx.registry.host}/team/app@${ctx.image} (3 referrers; no referrers API: fallback tag)`);
  assert.is(
    lines[1],
    `  ${ctx.sbom.digest} sbom application/spdx+json ${ctx.sbom.manifest.length} B (fallback-tag ${fallbackTagName(ctx.image)})`,
  );
  assert.is(
    lines[2],
    `    ${ctx.sbomSignature.digest} signature application/vnd.dev.cosign.simplesigning.v1+json ${ctx.sbomSignature.manifest.length} B (cosign-tag ${cosignTagName(ctx.sbom.digest, 'sig')})`,
  );
  assert.is(
    lines[3],
    `  ${ctx.signature.digest} signature application/vnd.dev.cosign.simplesigning.v1+json ${ctx.signature.manifest.length} B (cosign-tag ${cosignTagName(ctx.image, 'sig')})`,
  );
  assert.is(lines.length, 4);
});

test('--artifact-type filters the fallback index and the cosign tags alike', async (ctx) => {
  const result = await run(ctx, [`${ctx.registry.host}/team/app:1.0`, '--artifact-type', 'application/spdx+json', '--json']);
  assert.is(result.code, 0, result.stderr);
  assert.equal(
    jsonResult(result.stdout).referrers.map((r: { digest: string }) => r.digest),
    [ctx.sbom.digest],
  );
});

test('an image with nothing beside it: an empty list, exit 0', async (ctx) => {
  const result = await run(ctx, [`${ctx.registry.host}/team/app:bare`, '--json']);
  assert.is(result.code, 0, result.stderr);
  const listing = jsonResult(result.stdout);
  assert.is(listing.digest, ctx.bare);
  assert.equal(listing.referrers, []);
});

test('no such image: exit 1 naming it; bad input: exit 2 naming the flag', async (ctx) => {
  const missing = await run(ctx, [`${ctx.registry.host}/team/app:nope`, '--json']);
  assert.is(missing.code, 1);
  assert.match(jsonEnvelope(missing.stdout).error!.message, /team\/app:nope: no such image/);
  const depth = await run(ctx, [`${ctx.registry.host}/team/app:1.0`, '--depth', '99']);
  assert.is(depth.code, 2);
  assert.match(depth.stderr, /--depth="99" is not valid: a number from 1 to 8/);
  const none = await run(ctx, []);
  assert.is(none.code, 2);
  assert.match(none.stderr, /referrers takes one image reference/);
});

test.run();
