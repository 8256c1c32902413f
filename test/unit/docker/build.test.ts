import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildArgv, ghaScope, type BuildPlan } from '../../../lib/docker/build.ts';
import { ConfigError } from '../../../lib/support/errors.ts';

const CACHE = 'ghcr.io/apache/airflow-main-python3.8-ci-v2:cache';
const PUSH = ['ghcr.io/apache/airflow-main-python3.8-ci-v2:latest', 'ghcr.io/apache/airflow-main-python3.8-ci-v2:0123abc'];

function plan(overrides: Partial<BuildPlan> = {}): BuildPlan {
  return {
    kind: 'ci',
    python: '3.8',
    localImage: 'apache/airflow:main-python3.8-ci',
    cacheRef: CACHE,
    dockerCache: 'pulled',
    prepareBuildxCache: true,
    buildx: true,
    builder: 'airflow_cache',
    dockerfile: 'Dockerfile.ci',
    context: '.',
    target: 'main',
    buildArgs: [],
    ...overrides,
  };
}

function refused(p: BuildPlan, variable: string, message: RegExp): void {
  try {
    buildArgv(p);
    assert.unreachable('expected a ConfigError');
  } catch (error) {
    assert.instance(error, ConfigError);
    assert.is((error as ConfigError).variable, variable);
    assert.match((error as Error).message, message);
    assert.not.match((error as Error).message, /\n/);
  }
}

test('buildx, two platforms, push: -t each registry reference, --push, no --load, no local name; cache exported on the dedicated builder', () => {
  assert.equal(buildArgv(plan({ kind: 'prod', platform: 'linux/amd64,linux/arm64', push: PUSH })).argv, [
    'buildx',
    'build',
    '--builder',
    'airflow_cache',
    '--progress=plain',
    '--pull',
    '--platform',
    'linux/amd64,linux/arm64',
    `--cache-from=type=registry,ref=${CACHE}`,
    `--cache-to=type=registry,ref=${CACHE},mode=max`,
    '--build-arg',
    'PYTHON_BASE_IMAGE=python:3.8-slim-buster',
    '--target',
    'main',
    '-f',
    'Dockerfile.ci',
    '-t',
    PUSH[0],
    '-t',
    PUSH[1],
    '--push',
    '.',
  ]);
});

test('several platforms cannot be loaded, nor built by the classic builder in one go: BUILD_PLATFORM, exit 2', () => {
  refused(plan({ platform: 'linux/amd64,linux/arm64' }), 'BUILD_PLATFORM', /several platforms need docker buildx with a push target/);
  refused(
    plan({ platform: 'linux/amd64,linux/arm64', buildx: false, prepareBuildxCache: false, push: PUSH }),
    'BUILD_PLATFORM',
    /BUILD_PLATFORM=linux\/amd64,linux\/arm64/,
  );
});

test('classic BuildKit, one platform: --progress=plain (the cache figures are read from it), --platform, inline cache', () => {
  assert.equal(
    buildArgv(plan({ buildx: false, prepareBuildxCache: false, platform: 'linux/arm64', localImage: `${PUSH[0]}-linux-arm64` })),
    {
      argv: [
        'build',
        '--progress=plain',
        '--pull',
        '--platform',
        'linux/arm64',
        '--cache-from',
        CACHE,
        '--build-arg',
        'BUILDKIT_INLINE_CACHE=1',
        '--build-arg',
        'PYTHON_BASE_IMAGE=python:3.8-slim-buster',
        '--target',
        'main',
        '-f',
        'Dockerfile.ci',
        '-t',
        `${PUSH[0]}-linux-arm64`,
        '.',
      ],
      env: { DOCKER_BUILDKIT: '1' },
    },
  );
});

test('DOCKER_CACHE=gha with buildx: cache from and to the GitHub Actions cache (mode=max), scoped per image and python; no registry cache', () => {
  assert.is(ghaScope({ kind: 'prod', python: '3.9' }), 'prod-3.9');
  for (const prepareBuildxCache of [false, true]) {
    const { argv, env } = buildArgv(plan({ dockerCache: 'gha', prepareBuildxCache }));
    assert.equal(
      argv.filter((a) => a.startsWith('--cache') || a === '--no-cache'),
      ['--cache-from=type=gha,scope=ci-3.8', '--cache-to=type=gha,mode=max,scope=ci-3.8'],
    );
    assert.equal(env, {});
    assert.not.ok(
      argv.some((a) => /token|ACTIONS_/i.test(a)),
      'buildx reads ACTIONS_RUNTIME_TOKEN from its environment',
    );
  }
});

test('DOCKER_CACHE=gha without buildx: exit 2 naming DOCKER_CACHE', () => {
  refused(
    plan({ dockerCache: 'gha', buildx: false, prepareBuildxCache: false }),
    'DOCKER_CACHE',
    /^DOCKER_CACHE=gha needs the docker buildx plugin/,
  );
});

test.run();
