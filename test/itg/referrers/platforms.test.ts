/**
 * Platforms are platforms: buildx's attestation manifests (platform unknown/unknown, annotated
 * `vnd.docker.reference.type: attestation-manifest`) inside a real index in a real registry are
 * never taken for a platform by wait --platform or merge-platforms, and merge-platforms keeps each
 * one next to its image (cross-checked with skopeo).
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { makeTestImage, pushSampleImage, sha256 } from '../../../testing/sample-image.ts';
import { buildxIndex, pushArtifact, type Artifact } from '../../../testing/supply-chain.ts';
import { skopeo } from '../../helpers/images.ts';
import { jsonResult, runScript } from '../../helpers/run-script.ts';
import { RegistryClient } from '../../../lib/registry/client.ts';
import { hasPlatform } from '../../../lib/commands/merge-platforms.ts';

const REPO = 'apache/airflow-master-python3.8-ci-v2';
interface Ctx {
  registry: RegistryServer;
  client: RegistryClient;
  index: Artifact;
  attestation: Artifact;
  amd64: string;
  arm64: string;
}

const test = suite<Ctx>('attestation manifests are not platforms (real registry)');
test.before(async (ctx) => {
  ctx.registry = await startRegistry({ mode: 'open' });
  ctx.client = new RegistryClient({ endpoints: new Map([['ghcr.io', ctx.registry.url]]) });
  const repo = { registry: 'ghcr.io', repository: REPO };
  const image = makeTestImage({ layers: 1 });
  ctx.amd64 = await pushSampleImage(ctx.client, image, { ...repo, digest: image.manifestDigest });
  const { index, attestation } = buildxIndex(image);
  ctx.index = index;
  ctx.attestation = attestation;
  await pushArtifact(ctx.client, attestation, repo);
  await pushArtifact(ctx.client, index, repo, '700');
  // a single-platform arm64 image from another runner
  const arm = makeTestImage({ layers: 1 });
  const config = JSON.parse(arm.config.data.toString());
  const armConfig = Buffer.from(JSON.stringify({ ...config, architecture: 'arm64' }));
  const manifest = Buffer.from(
    arm.manifest
      .toString()
      .replace(arm.config.digest, sha256(armConfig))
      .replace(`"size":${arm.config.size}`, `"size":${armConfig.length}`),
  );
  ctx.arm64 = await pushSampleImage(
    ctx.client,
    {
      ...arm,
      manifest,
      manifestDigest: sha256(manifest),
      config: { ...arm.config, data: armConfig, digest: sha256(armConfig), size: armConfig.length },
    },
    { ...repo, tag: 'arm64' },
  );
});
test.after(async (ctx) => {
  await ctx.registry?.stop();
});

const waitEnv = (registry: RegistryServer, tag: string) => ({
  USE_GITHUB_REGISTRY: 'true',
  GITHUB_REGISTRY_WAIT_FOR_IMAGE: 'true',
  GITHUB_REGISTRY_PULL_IMAGE_TAG: tag,
  CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: '3.8',
  CI_IMAGES_ENV_FILE: '/dev/null',
  REGISTRY_ENDPOINTS: `ghcr.io=${registry.url},docker.pkg.github.com=${registry.url}`,
});

test('wait --platform unknown/unknown: exit 2 naming the flag; linux/amd64 found; the library never matches the attestation', async (ctx) => {
  const unknown = await runScript(
    'scripts/ci/images/wait-for-all-ci-images.ts',
    ['--platform', 'unknown/unknown', '--timeout', '2'],
    waitEnv(ctx.registry, '700'),
  );
  assert.is(unknown.code, 2, unknown.stderr);
  assert.match(unknown.stderr, /--platform="unknown\/unknown" is not valid: unknown\/unknown is where buildx puts attestation manifests/);
  const amd64 = await runScript(
    'scripts/ci/images/wait-for-all-ci-images.ts',
    ['--json', '--platform', 'linux/amd64', '--timeout', '10'],
    waitEnv(ctx.registry, '700'),
  );
  assert.is(amd64.code, 0, amd64.stderr);
  assert.is(jsonResult(amd64.stdout).images[0].digest, ctx.index.digest);
  const ref = { registry: 'ghcr.io', repository: REPO, tag: '700' };
  assert.not.ok(await hasPlatform(ctx.client, ref, { os: 'unknown', architecture: 'unknown' }));
  assert.ok(await hasPlatform(ctx.client, ref, { os: 'linux', architecture: 'amd64' }));
});

test('merge-platforms: the buildx index and an arm64 image; the attestation manifest rides along, not as a platform', async (ctx) => {
  const target = `ghcr.io/${REPO}:merged`;
  const run = await runScript(
    'scripts/ci/images/merge-platforms.ts',
    ['--json', '--target', target, ctx.index.digest, ctx.arm64],
    waitEnv(ctx.registry, 'x'),
  );
  assert.is(run.code, 0, run.stderr);
  const result = jsonResult(run.stdout);
  assert.equal(
    result.manifests.map((m: { platform: string; digest: string }) => [m.platform, m.digest]),
    [
      ['linux/amd64', ctx.amd64],
      ['linux/arm64', ctx.arm64],
    ],
  );
  assert.equal(
    result.attestations.map((a: { digest: string }) => a.digest),
    [ctx.attestation.digest],
  );
  const raw = await skopeo(undefined, ['inspect', '--tls-verify=false', '--raw', `docker://${ctx.registry.host}/${REPO}:merged`]);
  assert.is(sha256(Buffer.from(raw)), result.imageDigest);
  const pushed = JSON.parse(raw) as {
    manifests: { digest: string; platform: Record<string, string>; annotations?: Record<string, string> }[];
  };
  assert.equal(
    pushed.manifests.map((m) => m.digest),
    [ctx.amd64, ctx.arm64, ctx.attestation.digest],
  );
  assert.equal(pushed.manifests[2].platform, { architecture: 'unknown', os: 'unknown' });
  assert.equal(pushed.manifests[2].annotations, {
    'vnd.docker.reference.digest': ctx.amd64,
    'vnd.docker.reference.type': 'attestation-manifest',
  });
  const attestation = await skopeo(undefined, [
    'inspect',
    '--tls-verify=false',
    '--raw',
    `docker://${ctx.registry.host}/${REPO}@${ctx.attestation.digest}`,
  ]);
  assert.is(sha256(Buffer.from(attestation)), ctx.attestation.digest);
});

test('merge-platforms given the attestation manifest itself: exit 1, it is not the image of a platform', async (ctx) => {
  const run = await runScript(
    'scripts/ci/images/merge-platforms.ts',
    ['--target', `ghcr.io/${REPO}:bad`, ctx.attestation.digest, ctx.arm64],
    waitEnv(ctx.registry, 'x'),
  );
  assert.is(run.code, 1, run.stderr);
  assert.match(run.stderr, /an attestation manifest \(unknown\/unknown\), not the image of a platform/);
});

test.run();
