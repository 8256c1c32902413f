/**
 * Every command has an overall deadline: commands that do not wait by design (prune here) stop at
 * `--timeout` with exit 1 and one line, whatever is still in flight (a registry holding its
 * answers through a proxy, as a stuck one would), instead of running until the job's timeout.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { startFaultProxy, type FaultProxy } from '../../../testing/fault-proxy.ts';
import { jsonEnvelope, runScript } from '../../helpers/run-script.ts';

const deadline = suite<{ registry: RegistryServer; proxy: FaultProxy }>('overall deadline of a command (--timeout)');
deadline.before(async (ctx) => {
  ctx.registry = await startRegistry({ mode: 'open' });
  ctx.proxy = await startFaultProxy(ctx.registry.url);
});
deadline.after(async (ctx) => {
  await ctx.proxy?.stop();
  await ctx.registry?.stop();
});

deadline('prune whose registry holds every answer 20 s: exit 1 after --timeout 2, one line, one envelope', async ({ proxy }) => {
  proxy.addRule({ path: /\/tags\/list/, fault: { kind: 'delay', ms: 20_000 }, times: 100 });
  const run = await runScript('scripts/ci/images/prune-images.ts', ['--json', '--timeout', '2'], {
    CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: '3.8',
    CI_IMAGES_ENV_FILE: '/dev/null',
    REGISTRY_ENDPOINTS: `docker.pkg.github.com=${proxy.url}`,
    REGISTRY_REQUEST_TIMEOUT: '60',
  });
  assert.is(run.code, 1, run.stderr);
  assert.ok(run.durationMs < 15_000, `took ${run.durationMs} ms`);
  assert.match(run.stderr, /^error: prune-images did not finish within 2 s \(--timeout\); stopped$/m);
  const doc = jsonEnvelope(run.stdout);
  assert.is(doc.error?.type, 'TimeoutError');
  assert.is(doc.exitCode, 1);
});

deadline('--timeout is validated like the other timeouts: exit 2 naming it', async ({ proxy }) => {
  const run = await runScript('scripts/ci/images/push-images.ts', ['--promote', '1', '--timeout', '99999999999'], {
    CI_IMAGES_ENV_FILE: '/dev/null',
    REGISTRY_ENDPOINTS: `docker.pkg.github.com=${proxy.url}`,
  });
  assert.is(run.code, 2, run.stderr);
  assert.match(run.stderr, /^error: --timeout="99999999999" is not valid/m);
});

deadline.run();
