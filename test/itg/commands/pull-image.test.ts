/**
 * pull-image --run-id: a CI run's image found in whichever GitHub registry holds it (real registry
 * lookups), then `docker pull` + `docker tag` (a stand-in docker records them; the real daemon path
 * of pull and tag is covered by prepare's waiting-mode tests); a missing run id fails in seconds.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { makeTestImage, pushSampleImage } from '../../../testing/sample-image.ts';
import { jsonResult, runScript } from '../../helpers/run-script.ts';
import { parseOutputFile } from '../../../lib/github/actions.ts';
import { RegistryClient } from '../../../lib/registry/client.ts';

const SCRIPT = 'scripts/ci/images/pull-image.ts';
interface Ctx {
  ghcr: RegistryServer;
  pkg: RegistryServer;
  dir: string;
  docker: string;
  calls: string;
}

const pull = suite<Ctx>('pull-image --run-id (real registries, stand-in docker)');
pull.before(async (ctx) => {
  ctx.ghcr = await startRegistry({ mode: 'open' });
  ctx.pkg = await startRegistry({ mode: 'open' });
  ctx.dir = mkdtempSync(join(tmpdir(), 'ci-images-pull-'));
  ctx.calls = join(ctx.dir, 'calls');
  ctx.docker = join(ctx.dir, 'docker');
  writeFileSync(ctx.docker, `#!/bin/sh\necho "$*" >> ${ctx.calls}\nexit 0\n`);
  chmodSync(ctx.docker, 0o755);
  const client = new RegistryClient({ endpoints: new Map([['docker.pkg.github.com', ctx.pkg.url]]) });
  await pushSampleImage(client, makeTestImage({ layers: 1 }), {
    registry: 'docker.pkg.github.com',
    repository: 'apache/airflow/master-python3.8-ci-v2',
    tag: '123456789',
  });
});
pull.after(async (ctx) => {
  await ctx.ghcr?.stop();
  await ctx.pkg?.stop();
  if (ctx.dir) rmSync(ctx.dir, { recursive: true, force: true });
});

const env = (ctx: Ctx, extra: Record<string, string> = {}) => ({
  DOCKER: ctx.docker,
  CI_IMAGES_ENV_FILE: '/dev/null',
  PYTHON_MAJOR_MINOR_VERSION: '3.8',
  REGISTRY_ENDPOINTS: `ghcr.io=${ctx.ghcr.url},docker.pkg.github.com=${ctx.pkg.url}`,
  ...extra,
});

pull('the run is in docker.pkg.github.com only: found there, pulled, tagged with the local name; localImage output', async (ctx) => {
  const output = join(ctx.dir, 'output');
  writeFileSync(output, '');
  const run = await runScript(SCRIPT, ['--run-id', '123456789', '--json'], env(ctx, { GITHUB_OUTPUT: output }));
  assert.is(run.code, 0, run.stderr);
  const result = jsonResult(run.stdout);
  assert.is(result.registry, 'docker.pkg.github.com');
  assert.equal(
    result.images.map((i: { localImage: string; source: string }) => [i.localImage, i.source]),
    [['apache/airflow:master-python3.8-ci', 'docker.pkg.github.com/apache/airflow/master-python3.8-ci-v2:123456789']],
  );
  assert.match(result.images[0].digest, /^sha256:[a-f0-9]{64}$/);
  const calls = readFileSync(ctx.calls, 'utf8').trim().split('\n');
  assert.equal(calls, [
    `pull ${ctx.pkg.host}/apache/airflow/master-python3.8-ci-v2:123456789`,
    `tag ${ctx.pkg.host}/apache/airflow/master-python3.8-ci-v2:123456789 apache/airflow:master-python3.8-ci`,
  ]);
  assert.is(parseOutputFile(readFileSync(output, 'utf8')).get('localImage'), 'apache/airflow:master-python3.8-ci');
});

pull('a run id with no image anywhere: exit 1 in seconds, naming what was looked for; nothing pulled', async (ctx) => {
  rmSync(ctx.calls, { force: true });
  const run = await runScript(SCRIPT, ['--run-id', '999', '--image', 'prod'], env(ctx));
  assert.is(run.code, 1, run.stderr);
  assert.ok(run.durationMs < 15_000, `took ${run.durationMs} ms`);
  assert.match(
    run.stderr,
    /^error: run 999: no image in ghcr\.io or docker\.pkg\.github\.com \(looked for ghcr\.io\/apache\/airflow-master-python3\.8-v2:999, docker\.pkg\.github\.com\/apache\/airflow\/master-python3\.8-v2:999\)/m,
  );
  assert.throws(() => readFileSync(ctx.calls, 'utf8'), /ENOENT/, 'docker never ran');
});

pull('--run-id is required and must be digits: exit 2 naming it', async (ctx) => {
  for (const args of [[], ['--run-id', 'latest']]) {
    const run = await runScript(SCRIPT, args, env(ctx));
    assert.is(run.code, 2, run.stderr);
    assert.match(run.stderr, /^error: --run-id/m);
  }
});

pull.run();
