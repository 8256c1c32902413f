/**
 * Build plans that need the buildx plugin, which this machine lacks: prepare's build path in
 * dry-run, with a stand-in docker binary (DockerRunner `binary`) that only answers
 * `docker buildx version`. Nothing else runs; the recorded argv is the plan.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../../lib/config/load.ts';
import { DockerRunner } from '../../../lib/docker/runner.ts';
import { buildImage } from '../../../lib/commands/prepare.ts';
import { ConfigError } from '../../../lib/support/errors.ts';
import { withoutParityArgv } from '../../helpers/parity.ts';

const REPO = 'ghcr.io/apache/airflow-main-python3.8-ci-v2';
const SHA = '0123456789abcdef0123456789abcdef01234567';
const s = suite<{ dir: string; buildx: string; classic: string }>('prepare build plans (dry-run, stand-in docker)');
s.before((ctx) => {
  ctx.dir = mkdtempSync(join(tmpdir(), 'ci-images-plans-'));
  for (const [name, exit] of [
    ['buildx', 0],
    ['classic', 1],
  ] as const) {
    const bin = join(ctx.dir, name);
    writeFileSync(bin, `#!/bin/sh\n[ "$1 $2" = "buildx version" ] && exit ${exit}\necho "stand-in docker: $*" >&2\nexit 99\n`);
    chmodSync(bin, 0o755);
    ctx[name] = bin;
  }
});
s.after((ctx) => rmSync(ctx.dir, { recursive: true, force: true }));

async function plan(binary: string, env: Record<string, string>) {
  const lines: string[] = [];
  const docker = new DockerRunner({ dryRun: true, log: (l) => lines.push(l), binary, dockerHost: 'unix:///nonexistent/ci-images.sock' });
  const config = loadConfig(
    { PYTHON_MAJOR_MINOR_VERSION: '3.8', BRANCH_NAME: 'main', GITHUB_REPOSITORY: 'apache/airflow', GITHUB_REGISTRY: 'ghcr.io', ...env },
    { envFile: false },
  );
  const result = await buildImage(config, docker, {
    image: 'ci',
    python: '3.8',
    dryRun: true,
    timeoutSeconds: 1,
    log: (l) => lines.push(l),
  });
  return { result, commands: docker.commands, lines };
}

s('buildx, two platforms: builder ensured, one buildx build --platform a,b pushing the push tag and the sha, no --load', async (ctx) => {
  const { result, commands } = await plan(ctx.buildx, {
    BUILD_PLATFORM: 'linux/amd64,linux/arm64',
    COMMIT_SHA: SHA,
    USE_GITHUB_REGISTRY: 'true',
  });
  assert.equal(commands.map(withoutParityArgv), [
    ['buildx', 'version'],
    ['buildx', 'inspect', 'airflow_cache'],
    ['buildx', 'create', '--name', 'airflow_cache'],
    [
      'buildx',
      'build',
      '--builder',
      'airflow_cache',
      '--progress=plain',
      '--pull',
      '--platform',
      'linux/amd64,linux/arm64',
      `--cache-from=type=registry,ref=${REPO}:cache`,
      '--build-arg',
      'PYTHON_BASE_IMAGE=python:3.8-slim-buster',
      '--target',
      'main',
      '-f',
      'Dockerfile.ci',
      '-t',
      `${REPO}:latest`,
      '-t',
      `${REPO}:${SHA}`,
      '--push',
      '.',
    ],
  ]);
  assert.equal(result.pushed, [`${REPO}:latest`, `${REPO}:${SHA}`]);
  assert.is(result.cache, undefined, 'nothing built in a dry run');

  // USE_GITHUB_REGISTRY=false: the DockerHub name, as push-images would push it.
  const hub = await plan(ctx.buildx, { BUILD_PLATFORM: 'linux/amd64,linux/arm64', COMMIT_SHA: SHA });
  assert.equal(hub.result.pushed, ['apache/airflow:main-python3.8-ci']);
  assert.equal(hub.commands.at(-1)!.slice(-4), ['-t', 'apache/airflow:main-python3.8-ci', '--push', '.']);
});

s(
  'buildx + PREPARE_BUILDX_CACHE, CI: registry cache exported on the dedicated builder, mode=max (every stage; the original CI used min)',
  async (ctx) => {
    const { commands } = await plan(ctx.buildx, { PREPARE_BUILDX_CACHE: 'true' });
    const build = commands.at(-1)!;
    assert.ok(build.includes(`--cache-to=type=registry,ref=${REPO}:cache,mode=max`), build.join(' '));
    assert.equal(build.slice(0, 4), ['buildx', 'build', '--builder', 'airflow_cache']);
    assert.ok(build.includes('--load'));
  },
);

s('no buildx, two platforms: one BuildKit build and push per platform, then the index (by our client, after the pushes)', async (ctx) => {
  const { commands, lines, result } = await plan(ctx.classic, {
    BUILD_PLATFORM: 'linux/amd64,linux/arm/v7',
    GITHUB_REGISTRY_PUSH_IMAGE_TAG: '99',
    USE_GITHUB_REGISTRY: 'true',
  });
  assert.equal(
    commands.map((c) => [c[0], c.includes('--platform') ? c[c.indexOf('--platform') + 1] : c[1]]),
    [
      ['buildx', 'version'],
      ['build', 'linux/amd64'],
      ['push', `${REPO}:99-linux-amd64`],
      ['build', 'linux/arm/v7'],
      ['push', `${REPO}:99-linux-arm-v7`],
    ],
  );
  assert.ok(commands[1].includes('--progress=plain') && commands[1].includes('BUILDKIT_INLINE_CACHE=1'));
  assert.is(lines.at(-1), `[dry-run] PUT index ${REPO}:99 (linux/amd64, linux/arm/v7: the digests docker push prints)`);
  assert.equal(result.platforms, [
    { platform: 'linux/amd64', digest: undefined },
    { platform: 'linux/arm/v7', digest: undefined },
  ]);
});

s(
  'DOCKER_CACHE=gha: buildx on the dedicated builder with --cache-from/--cache-to type=gha; without buildx exit 2 naming DOCKER_CACHE',
  async (ctx) => {
    const { commands } = await plan(ctx.buildx, { DOCKER_CACHE: 'gha' });
    assert.equal(commands.slice(0, 3), [
      ['buildx', 'version'],
      ['buildx', 'inspect', 'airflow_cache'],
      ['buildx', 'create', '--name', 'airflow_cache'],
    ]);
    assert.equal(
      commands[3].filter((a) => a.startsWith('--cache')),
      ['--cache-from=type=gha,scope=ci-3.8', '--cache-to=type=gha,mode=max,scope=ci-3.8'],
    );

    const error = await plan(ctx.classic, { DOCKER_CACHE: 'gha' }).then(
      () => undefined,
      (e: Error) => e,
    );
    assert.instance(error, ConfigError);
    assert.is((error as ConfigError).variable, 'DOCKER_CACHE');
    assert.match(error!.message, /^DOCKER_CACHE=gha needs the docker buildx plugin/);
  },
);

s.run();
