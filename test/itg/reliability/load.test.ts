/**
 * Load: a wait for 50 python versions (100 images over two registry names on one host) keeps at
 * most CHECKS_PER_HOST requests in flight per registry, measured at a proxy in front of a real
 * registry whose manifest answers are held 150 ms (so requests overlap), and still finds them all.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { startFaultProxy, type FaultProxy } from '../../../testing/fault-proxy.ts';
import { makeTestImage, pushSampleImage } from '../../../testing/sample-image.ts';
import { jsonResult, runScript } from '../../helpers/run-script.ts';
import { RegistryClient } from '../../../lib/registry/client.ts';
import { CHECKS_PER_HOST } from '../../../lib/commands/wait/index.ts';

const VERSIONS = Array.from({ length: 50 }, (_, i) => `3.${i + 10}`);

const load = suite<{ registry: RegistryServer; ghcr: FaultProxy; pkg: FaultProxy }>('load: checks in flight per host are bounded');
load.before(async (ctx) => {
  ctx.registry = await startRegistry({ mode: 'open' });
  ctx.ghcr = await startFaultProxy(ctx.registry.url);
  ctx.pkg = await startFaultProxy(ctx.registry.url);
  const client = new RegistryClient({ endpoints: new Map([['ghcr.io', ctx.registry.url]]) });
  const image = makeTestImage({ layers: 1 });
  // Under docker.pkg.github.com's names: round 0 checks ghcr.io first (all missing), then
  // docker.pkg.github.com (all found), so both registries see 50 checks.
  for (const v of VERSIONS)
    await pushSampleImage(client, image, { registry: 'ghcr.io', repository: `apache/airflow/master-python${v}-ci-v2`, tag: '808' });
});
load.after(async (ctx) => {
  await ctx.ghcr?.stop();
  await ctx.pkg?.stop();
  await ctx.registry?.stop();
});

load('50 python versions: every image found, at most CHECKS_PER_HOST requests in flight per registry', async (ctx) => {
  for (const proxy of [ctx.ghcr, ctx.pkg])
    proxy.addRule({ method: 'HEAD', path: /\/manifests\//, fault: { kind: 'delay', ms: 150 }, times: 1000 });
  const run = await runScript('scripts/ci/images/wait-for-all-ci-images.ts', ['--json', '--timeout', '60', '--poll-interval', '0.5'], {
    USE_GITHUB_REGISTRY: 'true',
    GITHUB_REGISTRY_WAIT_FOR_IMAGE: 'true',
    GITHUB_REGISTRY_PULL_IMAGE_TAG: '808',
    CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: VERSIONS.join(' '),
    CI_IMAGES_ENV_FILE: '/dev/null',
    REGISTRY_ENDPOINTS: `ghcr.io=${ctx.ghcr.url},docker.pkg.github.com=${ctx.pkg.url}`,
  });
  assert.is(run.code, 0, run.stderr);
  assert.is(jsonResult(run.stdout).images.length, 50);
  assert.is(jsonResult(run.stdout).githubRegistry, 'docker.pkg.github.com');
  for (const proxy of [ctx.ghcr, ctx.pkg]) {
    assert.ok(proxy.maxInFlight <= CHECKS_PER_HOST, `${proxy.maxInFlight} requests in flight at once`);
    assert.ok(proxy.maxInFlight >= 2, 'checks still run concurrently');
  }
  console.log(
    `[reliability:load] versions=50 images=100 max in flight ghcr.io=${ctx.ghcr.maxInFlight} docker.pkg.github.com=${ctx.pkg.maxInFlight} (bound ${CHECKS_PER_HOST}) ${run.durationMs} ms`,
  );
});

load.run();
