import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { makeTestImage, pushSampleImage } from '../../../testing/sample-image.ts';
import { RegistryClient } from '../../../lib/registry/client.ts';
import { parseReference } from '../../../lib/oci/reference.ts';
import { loadConfig } from '../../../lib/config/load.ts';
import {
  LAGGING_EVERY,
  waitForImages,
  waitForRequest,
  waitRequest,
  waitTargets,
  WaitTimeoutError,
} from '../../../lib/commands/wait/index.ts';

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
  const config = loadConfig(
    { REGISTRY_ENDPOINTS: `ghcr.io=${ghcr.url},docker.pkg.github.com=${pkg.url}`, GITHUB_REGISTRY_PULL_IMAGE_TAG: 'lag1' },
    { envFile: false },
  );
  const heads = { ghcr: 0, pkg: 0 };
  const client = new RegistryClient({
    endpoints: config.registryEndpoints,
    onRequest: (e) => {
      if (e.method !== 'HEAD') return;
      if (e.url.startsWith(ghcr.url)) heads.ghcr++;
      if (e.url.startsWith(pkg.url)) heads.pkg++;
    },
  });
  await pushSampleImage(
    client,
    makeTestImage({ layers: 1 }),
    parseReference('docker.pkg.github.com/apache/airflow/master-python3.8-ci-v2:lag1'),
  );
  heads.pkg = 0;
  const targets = waitTargets(config, ['ci'], ['3.7', '3.8']);
  const error = await waitForImages(client, targets, { timeoutMs: 1500, pollIntervalSeconds: 0.1 }).catch((e) => e);
  assert.instance(error, WaitTimeoutError);
  assert.equal(error.missing['docker.pkg.github.com'], ['docker.pkg.github.com/apache/airflow/master-python3.7-ci-v2:lag1']);
  // Round 0 checks both images in both registries; afterwards docker.pkg.github.com checks the one
  // missing image every round, ghcr.io (none found) both images every third round.
  const rounds = heads.pkg - 1;
  assert.ok(rounds >= 6, `only ${rounds} rounds`);
  assert.is(heads.ghcr, 2 * Math.ceil(rounds / LAGGING_EVERY), `ghcr.io HEADs ${heads.ghcr} over ${rounds} rounds`);
});

lib('without a configured registry, both registries are polled every round while neither holds any image', async ({ ghcr, pkg }) => {
  const config = loadConfig(
    { REGISTRY_ENDPOINTS: `ghcr.io=${ghcr.url},docker.pkg.github.com=${pkg.url}`, GITHUB_REGISTRY_PULL_IMAGE_TAG: 'none1' },
    { envFile: false },
  );
  const heads = { ghcr: 0, pkg: 0 };
  const client = new RegistryClient({
    endpoints: config.registryEndpoints,
    onRequest: (e) => {
      if (e.method === 'HEAD') heads[e.url.startsWith(ghcr.url) ? 'ghcr' : 'pkg']++;
    },
  });
  const error = await waitForImages(client, waitTargets(config, ['ci'], ['3.8']), { timeoutMs: 800, pollIntervalSeconds: 0.1 }).catch(
    (e) => e,
  );
  assert.instance(error, WaitTimeoutError);
  assert.ok(heads.ghcr >= 4);
  assert.is(heads.ghcr, heads.pkg);
});

lib(
  'the configured registry is polled every round, the other in round 0 and every third round while it holds nothing',
  async ({ ghcr, pkg }) => {
    const config = loadConfig(
      {
        REGISTRY_ENDPOINTS: `ghcr.io=${ghcr.url},docker.pkg.github.com=${pkg.url}`,
        GITHUB_REGISTRY: 'ghcr.io',
        GITHUB_REGISTRY_PULL_IMAGE_TAG: 'cfg1',
      },
      { envFile: false },
    );
    const heads = { ghcr: 0, pkg: 0 };
    const client = new RegistryClient({
      endpoints: config.registryEndpoints,
      onRequest: (e) => {
        if (e.method === 'HEAD') heads[e.url.startsWith(ghcr.url) ? 'ghcr' : 'pkg']++;
      },
    });
    const request = waitRequest(config, 'ci', { timeoutSeconds: 1.2, pollIntervalSeconds: 0.1 });
    assert.is(request.configuredRegistry, 'ghcr.io');
    const targets = waitTargets(config, ['ci'], ['3.7', '3.8']);
    const error = await waitForRequest(client, { ...request, targets: () => targets }).catch((e) => e);
    assert.instance(error, WaitTimeoutError);
    const rounds = heads.ghcr / targets.length;
    assert.ok(Number.isInteger(rounds) && rounds >= 6, `ghcr.io HEADs ${heads.ghcr}`);
    assert.is(
      heads.pkg,
      targets.length * Math.ceil(rounds / LAGGING_EVERY),
      `docker.pkg.github.com HEADs ${heads.pkg} over ${rounds} rounds`,
    );
    // Steady state: 1 + 1/3 requests per image and round instead of 2.
    assert.ok((heads.ghcr + heads.pkg) / (rounds * targets.length) <= 1 + 1 / LAGGING_EVERY + 1 / rounds);
  },
);

lib('an image pushed to the other registry is found within three rounds', async ({ ghcr, pkg }) => {
  const config = loadConfig(
    {
      REGISTRY_ENDPOINTS: `ghcr.io=${ghcr.url},docker.pkg.github.com=${pkg.url}`,
      GITHUB_REGISTRY: 'ghcr.io',
      GITHUB_REGISTRY_PULL_IMAGE_TAG: 'cfg2',
    },
    { envFile: false },
  );
  let pkgRounds = 0;
  let ghcrHeads = 0;
  let pushed: Promise<unknown> | undefined;
  const client = new RegistryClient({ endpoints: config.registryEndpoints });
  const observed = new RegistryClient({
    endpoints: config.registryEndpoints,
    onRequest: (e) => {
      if (e.method !== 'HEAD') return;
      if (e.url.startsWith(pkg.url)) pkgRounds++;
      // Right after the first round (ghcr.io and docker.pkg.github.com checked once), the image lands.
      else if (++ghcrHeads === 1) {
        pushed = pushSampleImage(
          client,
          makeTestImage({ layers: 1 }),
          parseReference('docker.pkg.github.com/apache/airflow/master-python3.8-ci-v2:cfg2'),
        );
      }
    },
  });
  const result = await waitForImages(observed, waitTargets(config, ['ci'], ['3.8']), {
    timeoutMs: 20_000,
    pollIntervalSeconds: 0.3,
    configuredRegistry: 'ghcr.io',
  });
  await pushed;
  assert.is(result.registry, 'docker.pkg.github.com');
  // Checked in round 0 (before the push landed, or already finding it) and found in round 3 at the
  // latest: ghcr.io was checked in rounds 0 to 3 at most.
  assert.ok(pkgRounds <= 2, `docker.pkg.github.com checked ${pkgRounds} times`);
  assert.ok(ghcrHeads <= LAGGING_EVERY + 1, `found after ${ghcrHeads} rounds`);
});

lib('images already in ghcr.io: found in round 0 without asking docker.pkg.github.com (N requests, not 2N)', async ({ ghcr, pkg }) => {
  const config = loadConfig(
    { REGISTRY_ENDPOINTS: `ghcr.io=${ghcr.url},docker.pkg.github.com=${pkg.url}`, GITHUB_REGISTRY_PULL_IMAGE_TAG: 'r0' },
    { envFile: false },
  );
  const heads = { ghcr: 0, pkg: 0 };
  const client = new RegistryClient({
    endpoints: config.registryEndpoints,
    onRequest: (e) => {
      if (e.method === 'HEAD') heads[e.url.startsWith(ghcr.url) ? 'ghcr' : 'pkg']++;
    },
  });
  const pusher = new RegistryClient({ endpoints: config.registryEndpoints });
  for (const python of ['3.7', '3.8']) {
    await pushSampleImage(pusher, makeTestImage({ layers: 1 }), parseReference(`ghcr.io/apache/airflow-master-python${python}-ci-v2:r0`));
  }
  const result = await waitForImages(client, waitTargets(config, ['ci'], ['3.7', '3.8']), { timeoutMs: 10_000, pollIntervalSeconds: 0.1 });
  assert.is(result.registry, 'ghcr.io');
  assert.equal(heads, { ghcr: 2, pkg: 0 });
});

lib.run();
