/**
 * Prune and multi-arch images: a kept tag that is an image index keeps every manifest it lists,
 * in the plan and in the re-check just before deleting; `latest` stays pullable. Against a real
 * registry, cross-checked with skopeo.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { makeTestImage, pushSampleImage, type TestImage } from '../../../testing/sample-image.ts';
import { skopeo } from '../../helpers/images.ts';
import { jsonResult, runScript } from '../../helpers/run-script.ts';
import { RegistryClient, MEDIA_TYPES } from '../../../lib/registry/client.ts';
import { executePlan, planPrune, registryDeleter } from '../../../lib/commands/prune/index.ts';

const HOST = 'docker.pkg.github.com';
const REPO = 'apache/airflow/master-python3.8-ci-v2';
const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();

interface Ctx {
  registry: RegistryServer;
  client: RegistryClient;
}

/** Two platform images pushed by digest and tagged with old run ids, and an index over them. */
async function pushMultiArch(client: RegistryClient, runIds: [string, string], indexTags: string[], days: number) {
  const platforms: [TestImage, string][] = [
    [makeTestImage({ created: daysAgo(days), layers: 1 }), 'amd64'],
    [makeTestImage({ created: daysAgo(days), layers: 1 }), 'arm64'],
  ];
  const children = [];
  for (const [i, [img, arch]] of platforms.entries()) {
    const digest = await pushSampleImage(client, img, { registry: HOST, repository: REPO, tag: runIds[i] });
    children.push({ mediaType: img.mediaType, digest, size: img.manifest.length, platform: { os: 'linux', architecture: arch } });
  }
  const index = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests: children }));
  let indexDigest = '';
  for (const tag of indexTags)
    indexDigest = await client.putManifest({ registry: HOST, repository: REPO, tag }, index, MEDIA_TYPES.ociIndex);
  return { children: children.map((c) => c.digest), indexDigest };
}

const prune = suite<Ctx>('prune keeps the manifests a kept index lists (real registry)');
prune.before(async (ctx) => {
  ctx.registry = await startRegistry({ mode: 'open' });
  ctx.client = new RegistryClient({ endpoints: new Map([[HOST, ctx.registry.url]]) });
});
prune.after(async (ctx) => {
  await ctx.registry?.stop();
});

prune(
  'latest is an index over two old run-id images: the plan keeps both children, --yes deletes neither, latest stays pullable',
  async ({ registry, client }) => {
    const { children, indexDigest } = await pushMultiArch(client, ['201', '202'], ['latest'], 30);
    // An old single-arch image nobody lists: the control, it goes.
    const lone = await pushSampleImage(client, makeTestImage({ created: daysAgo(30), layers: 1 }), {
      registry: HOST,
      repository: REPO,
      tag: '203',
    });
    const env = {
      GITHUB_REPOSITORY: 'apache/airflow',
      CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: '3.8',
      REGISTRY_ENDPOINTS: `${HOST}=${registry.url}`,
    };
    const dry = await runScript('scripts/ci/images/prune-images.ts', ['--keep', '0', '--older-than', '1d', '--json'], env);
    assert.is(dry.code, 0, dry.stderr);
    const plan = jsonResult(dry.stdout).repositories.find((r: { repository: string }) => r.repository === REPO);
    assert.equal(
      plan.deletions.map((d: { digest: string }) => d.digest),
      [lone],
    );
    for (const tag of ['201', '202']) {
      const kept = plan.kept.find((k: { tag: string }) => k.tag === tag);
      assert.match(kept.reason, /listed by or shares its digest with kept tag\(s\) latest \(index\)/);
    }
    const run = await runScript('scripts/ci/images/prune-images.ts', ['--yes', '--keep', '0', '--older-than', '1d'], env);
    assert.is(run.code, 0, run.stderr);
    assert.is(
      await client.manifestDigest({ registry: HOST, repository: REPO, tag: '203' }),
      undefined,
      'the unlisted old image is deleted',
    );
    const raw = JSON.parse(await skopeo(registry, ['inspect', '--raw', '--tls-verify=false', `docker://${registry.host}/${REPO}:latest`]));
    assert.equal(
      raw.manifests.map((m: { digest: string }) => m.digest),
      children,
    );
    for (const child of children) {
      // skopeo resolves each platform of latest: the children are still there.
      await skopeo(registry, ['inspect', '--raw', '--tls-verify=false', `docker://${registry.host}/${REPO}@${child}`]);
    }
    assert.is(await client.manifestDigest({ registry: HOST, repository: REPO, tag: 'latest' }), indexDigest);
  },
);

prune('re-check before deleting: an index tagged after the plan protects the digests it lists', async ({ client }) => {
  const { children } = await pushMultiArch(client, ['301', '302'], [], 30);
  const repos = [{ image: `${HOST}/${REPO}`, registry: HOST as 'docker.pkg.github.com', repository: REPO }];
  const plan = await planPrune(client, repos, { keep: 0, olderThanSeconds: 86_400 });
  const planned = plan.repositories[0].deletions.map((d) => d.digest);
  for (const child of children) assert.ok(planned.includes(child), 'no index lists them yet: planned');
  // Meanwhile a release job tags an index over them.
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociIndex,
      manifests: children.map((digest, i) => ({
        mediaType: MEDIA_TYPES.ociManifest,
        digest,
        size: 1,
        platform: { os: 'linux', architecture: ['amd64', 'arm64'][i] },
      })),
    }),
  );
  await client.putManifest({ registry: HOST, repository: REPO, tag: 'release-1' }, index, MEDIA_TYPES.ociIndex);
  const result = await executePlan(plan, client, registryDeleter(client));
  assert.is(result.failed, 0);
  for (const child of children) {
    const deletion = plan.repositories[0].deletions.find((d) => d.digest === child)!;
    assert.is(deletion.status, 'skipped');
    assert.match(deletion.detail!, /listed by the index tag release-1 points to/);
    assert.ok(await client.manifestDigest({ registry: HOST, repository: REPO, digest: child }), 'still there');
  }
});

prune.run();
