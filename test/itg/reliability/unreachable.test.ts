/**
 * Waits end on every permanent failure, not only 401: a registry endpoint that refuses connections
 * (a closed port on loopback) or does not resolve stops the wait after UNREACHABLE_ROUNDS rounds
 * with exit 1 and a line naming the host and port, instead of polling until the deadline (an hour
 * by default). A registry that answers keeps the wait going.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { freePort } from '../../../testing/processes.ts';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { jsonEnvelope, runScript } from '../../helpers/run-script.ts';

const SCRIPT = 'scripts/ci/images/wait-for-all-ci-images.ts';
const base = {
  USE_GITHUB_REGISTRY: 'true',
  GITHUB_REGISTRY_WAIT_FOR_IMAGE: 'true',
  GITHUB_REGISTRY_PULL_IMAGE_TAG: '77',
  CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: '3.8 3.9',
  CI_IMAGES_ENV_FILE: '/dev/null',
};

const unreachable = suite<{ registry: RegistryServer }>('waits stop when every registry is unreachable');
unreachable.before(async (ctx) => {
  ctx.registry = await startRegistry({ mode: 'open' });
});
unreachable.after(async (ctx) => {
  await ctx.registry?.stop();
});

unreachable('both registries on a closed port: exit 1 in seconds, naming host and port (deadline 600 s)', async () => {
  const closed = await freePort(); // nothing listens there: connections are refused
  const run = await runScript(SCRIPT, ['--json', '--timeout', '600', '--poll-interval', '0.2'], {
    ...base,
    REGISTRY_ENDPOINTS: `ghcr.io=http://127.0.0.1:${closed},docker.pkg.github.com=http://127.0.0.1:${closed}`,
  });
  assert.is(run.code, 1, run.stderr);
  assert.ok(run.durationMs < 60_000, `took ${run.durationMs} ms`);
  const doc = jsonEnvelope(run.stdout);
  assert.is(doc.error?.type, 'UnreachableError');
  assert.match(doc.error!.message, new RegExp(`ghcr\\.io \\(http://127\\.0\\.0\\.1:${closed}\\) unreachable for 3 rounds: .*ECONNREFUSED`));
  assert.match(doc.error!.message, new RegExp(`docker\\.pkg\\.github\\.com \\(http://127\\.0\\.0\\.1:${closed}\\) unreachable`));
  assert.match(run.stderr, /^error: stopped waiting: /m);
});

unreachable('a name that does not resolve counts as unreachable too', async () => {
  const run = await runScript(SCRIPT, ['--timeout', '600', '--poll-interval', '0.2'], {
    ...base,
    REGISTRY_ENDPOINTS: 'ghcr.io=http://no-such-host.invalid:5000,docker.pkg.github.com=http://no-such-host.invalid:5000',
  });
  assert.is(run.code, 1, run.stderr);
  assert.match(
    run.stderr,
    /^error: stopped waiting: ghcr\.io \(http:\/\/no-such-host\.invalid:5000\) unreachable for 3 rounds: .*(ENOTFOUND|EAI_AGAIN)/m,
  );
});

unreachable(
  'one registry unreachable, the other answering: the wait goes on until its deadline (exit 1, timed out)',
  async ({ registry }) => {
    const closed = await freePort();
    const run = await runScript(SCRIPT, ['--json', '--timeout', '3', '--poll-interval', '0.2'], {
      ...base,
      REGISTRY_ENDPOINTS: `ghcr.io=http://127.0.0.1:${closed},docker.pkg.github.com=${registry.url}`,
    });
    assert.is(run.code, 1, run.stderr);
    assert.is(jsonEnvelope(run.stdout).error?.type, 'WaitTimeoutError');
    assert.ok(run.durationMs >= 3000, `ended after ${run.durationMs} ms, before the deadline`);
  },
);

unreachable.run();
