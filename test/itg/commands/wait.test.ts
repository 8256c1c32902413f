import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { makeTestImage, pushSampleImage } from '../../../testing/sample-image.ts';
import { RegistryClient } from '../../../lib/registry/client.ts';
import { parseReference } from '../../../lib/oci/reference.ts';
import { loadConfig } from '../../../lib/config/load.ts';
import { LAGGING_EVERY, waitForImages, waitTargets, WaitTimeoutError } from '../../../lib/commands/wait.ts';

const lib = suite<{ ghcr: RegistryServer; pkg: RegistryServer }>('wait library (in process, real registries)');
lib.before(async (ctx) => {
  ctx.ghcr = await startRegistry();
  ctx.pkg = await startRegistry();
});
lib.after(async (ctx) => {
  await ctx.ghcr?.stop();
  await ctx.pkg?.stop();
});

lib('a registry holding none of the images while the other holds some is polled every third round', async ({ ghcr, pkg }) => {
  const config = loadConfig({ REGISTRY_ENDPOINTS: `ghcr.io=${ghcr.url},docker.pkg.github.com=${pkg.url}`, GITHUB_REGISTRY_PULL_IMAGE_TAG: 'lag1' }, { envFile: false });
  const heads = { ghcr: 0, pkg: 0 };
  const client = new RegistryClient({
    endpoints: config.registryEndpoints,
    onRequest: (e) => {
      if (e.method !== 'HEAD') return;
      if (e.url.startsWith(ghcr.url)) heads.ghcr++;
      if (e.url.startsWith(pkg.url)) heads.pkg++;
    },
  });
  await pushSampleImage(client, makeTestImage({ layers: 1 }), parseReference('docker.pkg.github.com/apache/airflow/master-python3.8-ci-v2:lag1'));
  heads.pkg = 0;
  const targets = waitTargets(config, ['ci'], ['3.7', '3.8']);
  const error = await waitForImages(client, targets, { timeoutMs: 1500, pollIntervalMs: 100 }).catch((e) => e);
  assert.instance(error, WaitTimeoutError);
  assert.equal(error.missing['docker.pkg.github.com'], ['docker.pkg.github.com/apache/airflow/master-python3.7-ci-v2:lag1']);
  // Round 0 checks both images in both registries; afterwards docker.pkg.github.com checks the one
  // missing image every round, ghcr.io (none found) both images every third round.
  const rounds = heads.pkg - 1;
  assert.ok(rounds >= 6, `only ${rounds} rounds`);
  assert.is(heads.ghcr, 2 * Math.ceil(rounds / LAGGING_EVERY), `ghcr.io HEADs ${heads.ghcr} over ${rounds} rounds`);
});

lib('both registries are polled every round while neither holds any image', async ({ ghcr, pkg }) => {
  const config = loadConfig({ REGISTRY_ENDPOINTS: `ghcr.io=${ghcr.url},docker.pkg.github.com=${pkg.url}`, GITHUB_REGISTRY_PULL_IMAGE_TAG: 'none1' }, { envFile: false });
  const heads = { ghcr: 0, pkg: 0 };
  const client = new RegistryClient({
    endpoints: config.registryEndpoints,
    onRequest: (e) => {
      if (e.method === 'HEAD') heads[e.url.startsWith(ghcr.url) ? 'ghcr' : 'pkg']++;
    },
  });
  const error = await waitForImages(client, waitTargets(config, ['ci'], ['3.8']), { timeoutMs: 800, pollIntervalMs: 100 }).catch((e) => e);
  assert.instance(error, WaitTimeoutError);
  assert.ok(heads.ghcr >= 4);
  assert.is(heads.ghcr, heads.pkg);
});

lib.run();
