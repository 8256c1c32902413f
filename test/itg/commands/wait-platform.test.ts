/**
 * `--platform` on the wait scripts: a multi-platform image whose index lacks the wanted platform is
 * "not yet"; once the index holds it, the wait ends. Real registry, real OCI index.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { makeTestImage, pushSampleImage } from '../../../testing/sample-image.ts';
import { jsonEnvelope, jsonResult, runScript } from '../../helpers/run-script.ts';
import { RegistryClient, MEDIA_TYPES } from '../../../lib/registry/client.ts';

const SCRIPT = 'scripts/ci/images/wait-for-all-ci-images.ts';
const REPO = 'apache/airflow-master-python3.8-ci-v2';

const platform = suite<{ registry: RegistryServer; client: RegistryClient }>('wait --platform (real registry)');
platform.before(async (ctx) => {
  ctx.registry = await startRegistry({ mode: 'open' });
  ctx.client = new RegistryClient({ endpoints: new Map([['ghcr.io', ctx.registry.url]]) });
});
platform.after(async (ctx) => {
  await ctx.registry?.stop();
});

async function pushIndex(client: RegistryClient, tag: string, archs: string[]): Promise<string> {
  const manifests = [];
  for (const arch of archs) {
    const img = makeTestImage({ layers: 1 });
    const digest = await pushSampleImage(client, img, { registry: 'ghcr.io', repository: REPO, digest: undefined, tag: `${tag}-${arch}` });
    manifests.push({ mediaType: img.mediaType, digest, size: img.manifest.length, platform: { os: 'linux', architecture: arch } });
  }
  const body = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests }));
  return client.putManifest({ registry: 'ghcr.io', repository: REPO, tag }, body, MEDIA_TYPES.ociIndex);
}

const env = (registry: RegistryServer, tag: string) => ({
  USE_GITHUB_REGISTRY: 'true',
  GITHUB_REGISTRY_WAIT_FOR_IMAGE: 'true',
  GITHUB_REGISTRY_PULL_IMAGE_TAG: tag,
  CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: '3.8',
  CI_IMAGES_ENV_FILE: '/dev/null',
  REGISTRY_ENDPOINTS: `ghcr.io=${registry.url},docker.pkg.github.com=${registry.url}`,
});

platform(
  'an index without linux/arm64 is not yet (timeout); with it, found; without --platform, any image counts',
  async ({ registry, client }) => {
    await pushIndex(client, '500', ['amd64']);
    const missing = await runScript(
      SCRIPT,
      ['--json', '--platform', 'linux/arm64', '--timeout', '2', '--poll-interval', '0.3'],
      env(registry, '500'),
    );
    assert.is(missing.code, 1, missing.stderr);
    const doc = jsonEnvelope(missing.stdout);
    assert.is(doc.error?.type, 'WaitTimeoutError');
    assert.match(missing.stderr, /waiting .*: sha256:[a-f0-9]{64} has no linux\/arm64 image yet/);
    const any = await runScript(SCRIPT, ['--json', '--timeout', '10'], env(registry, '500'));
    assert.is(any.code, 0, any.stderr);

    const both = await pushIndex(client, '501', ['amd64', 'arm64']);
    const found = await runScript(
      SCRIPT,
      ['--json', '--platform', 'linux/arm64/v8', '--timeout', '10', '--poll-interval', '0.3'],
      env(registry, '501'),
    );
    assert.is(found.code, 0, found.stderr);
    assert.is(jsonResult(found.stdout).images[0].digest, both);
  },
);

platform('--platform that is not os/arch: exit 2 naming the flag', async ({ registry }) => {
  const run = await runScript(SCRIPT, ['--platform', 'arm64'], env(registry, '1'));
  assert.is(run.code, 2);
  assert.match(run.stderr, /^error: --platform="arm64" is not valid: expected os\/arch/m);
});

platform.run();
