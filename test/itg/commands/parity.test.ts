/**
 * Drop-in parity with the bash (issue 13; facts in ../shared/airflow-ci-spec-parity.md), one table
 * row per item, seen from outside: the scripts' `--dry-run --json` plans (names, tags, docker argv)
 * with a stand-in docker that only answers `buildx version` (the classic BuildKit path), and a real
 * git checkout as the build context for the commit tag.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonResult, runScript } from '../../helpers/run-script.ts';

interface Ctx {
  dir: string;
  docker: string;
  /** A git checkout with one commit: the build context. */
  checkout: string;
  head: string;
}

const WAIT = 'scripts/ci/images/wait-for-all-ci-images.ts';
const WAIT_PROD = 'scripts/ci/images/wait-for-all-prod-images.ts';
const PREPARE = 'scripts/ci/images/prepare-ci-image.ts';
const PUSH = 'scripts/ci/images/push-images.ts';
const VERIFY_CI = 'scripts/ci/images/verify-ci-image.ts';
const VERIFY_PROD = 'scripts/ci/images/verify-prod-image.ts';
/** GITHUB_SHA under workflow_run: the default branch's tip, not the commit that was built. */
const DEFAULT_BRANCH_TIP = 'ffffffffffffffffffffffffffffffffffffffff';

const parity = suite<Ctx>('parity with the bash: names, tags, pushes, build arguments');
parity.before((ctx) => {
  ctx.dir = mkdtempSync(join(tmpdir(), 'ci-images-parity-'));
  ctx.docker = join(ctx.dir, 'docker');
  writeFileSync(ctx.docker, '#!/bin/sh\n[ "$1 $2" = "buildx version" ] && exit 1\necho "stand-in docker: $*" >&2\nexit 99\n');
  chmodSync(ctx.docker, 0o755);
  ctx.checkout = join(ctx.dir, 'checkout');
  const git = (...args: string[]) => execFileSync('git', ['-C', ctx.checkout, ...args], { encoding: 'utf8' }).trim();
  execFileSync('git', ['init', '-q', ctx.checkout]);
  writeFileSync(join(ctx.checkout, 'Dockerfile.ci'), 'FROM scratch\n');
  git('add', '.');
  git('-c', 'user.name=ci', '-c', 'user.email=ci@example.invalid', 'commit', '-q', '-m', 'built');
  ctx.head = git('rev-parse', 'HEAD');
});
parity.after((ctx) => rmSync(ctx.dir, { recursive: true, force: true }));

const env = (ctx: Ctx, extra: Record<string, string> = {}) => ({
  DOCKER: ctx.docker,
  DOCKER_HOST: 'unix:///nonexistent/ci-images.sock',
  CI_IMAGES_ENV_FILE: '/dev/null',
  GITHUB_REPOSITORY: 'apache/airflow',
  CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: '3.8',
  PYTHON_MAJOR_MINOR_VERSION: '3.8',
  DOCKER_CONTEXT: ctx.checkout,
  ...extra,
});
const dryRunLines = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('[dry-run] '));

parity('1. DEFAULT_BRANCH is the default of BRANCH_NAME (names of waits, pulls and pushes)', async (ctx) => {
  const wait = await runScript(WAIT, ['--dry-run', '--json'], env(ctx, { DEFAULT_BRANCH: 'v2-0-test' }));
  assert.is(wait.code, 0, wait.stderr);
  assert.equal(jsonResult(wait.stdout).images[0].candidates, [
    'ghcr.io/apache/airflow-v2-0-test-python3.8-ci-v2:latest',
    'docker.pkg.github.com/apache/airflow/v2-0-test-python3.8-ci-v2:latest',
  ]);
  const explicit = await runScript(WAIT, ['--dry-run', '--json'], env(ctx, { DEFAULT_BRANCH: 'v2-0-test', BRANCH_NAME: 'main' }));
  assert.match(jsonResult(explicit.stdout).images[0].candidates[0], /airflow-main-python3\.8-ci-v2:latest$/, 'BRANCH_NAME wins');
  const push = await runScript(PUSH, ['--dry-run', '--json'], env(ctx, { DEFAULT_BRANCH: 'v2-0-test', USE_GITHUB_REGISTRY: 'true' }));
  assert.is(jsonResult(push.stdout).images[0].imageReference, 'docker.pkg.github.com/apache/airflow/v2-0-test-python3.8-ci-v2:latest');
});

const commitCases: [string, Record<string, string>, string | undefined][] = [
  ['on Actions (GITHUB_SHA set): the checked-out commit of the build context, not GITHUB_SHA', { GITHUB_SHA: DEFAULT_BRANCH_TIP }, 'HEAD'],
  ['COMMIT_SHA set: that commit', { GITHUB_SHA: DEFAULT_BRANCH_TIP, COMMIT_SHA: 'c0ffee1' }, 'c0ffee1'],
  ['outside Actions, no COMMIT_SHA: no commit tag', {}, undefined],
];
for (const [name, vars, expected] of commitCases) {
  parity(`2. the commit tag is the commit that was built: ${name}`, async (ctx) => {
    const run = await runScript(
      PUSH,
      ['--dry-run', '--json'],
      env(ctx, { USE_GITHUB_REGISTRY: 'true', GITHUB_REGISTRY: 'ghcr.io', GITHUB_REGISTRY_PUSH_IMAGE_TAG: '1234', ...vars }),
    );
    assert.is(run.code, 0, run.stderr);
    const tags = jsonResult(run.stdout).images.map((i: { imageReference: string }) => i.imageReference.split(':').pop());
    assert.equal(tags, expected === undefined ? ['1234'] : ['1234', expected === 'HEAD' ? ctx.head : expected]);
    assert.not.ok(run.stdout.includes(DEFAULT_BRANCH_TIP), 'never GITHUB_SHA');
  });
}

parity('2. the build passes the built commit as COMMIT_SHA and the revision label', async (ctx) => {
  const run = await runScript(PREPARE, ['--dry-run'], env(ctx, { GITHUB_SHA: DEFAULT_BRANCH_TIP }));
  assert.is(run.code, 0, run.stderr);
  const build = dryRunLines(run.stdout).find((l) => l.includes(' docker build '))!;
  assert.ok(build.includes(`--build-arg COMMIT_SHA=${ctx.head} `), build);
  assert.ok(build.includes(`--label org.opencontainers.image.revision=${ctx.head} `), build);
});

parity('3. PROD push always pushes the -build image too (push tag only), as the bash did', async (ctx) => {
  const run = await runScript(
    PUSH,
    ['--dry-run', '--json', '--image', 'prod'],
    env(ctx, {
      USE_GITHUB_REGISTRY: 'true',
      GITHUB_REGISTRY: 'ghcr.io',
      GITHUB_REGISTRY_PUSH_IMAGE_TAG: '99',
      COMMIT_SHA: 'abc1234',
    }),
  );
  assert.is(run.code, 0, run.stderr);
  assert.equal(
    jsonResult(run.stdout).images.map((i: { imageReference: string }) => i.imageReference),
    [
      'ghcr.io/apache/airflow-master-python3.8-v2:99',
      'ghcr.io/apache/airflow-master-python3.8-v2:abc1234',
      'ghcr.io/apache/airflow-master-python3.8-build-v2:99',
    ],
  );
});

parity('4. DOCKER_CACHE for PROD is pulled, whatever DOCKER_CACHE says; CI follows it', async (ctx) => {
  for (const [image, cache, flag] of [
    ['prod', 'disabled', '--cache-from'],
    ['prod', 'local', '--cache-from'],
    ['ci', 'disabled', '--no-cache'],
    ['ci', 'local', undefined],
  ] as const) {
    const run = await runScript(PREPARE, ['--dry-run', '--image', image], env(ctx, { DOCKER_CACHE: cache }));
    const build = dryRunLines(run.stdout).find((l) => l.includes(' docker build '))!;
    if (flag) assert.ok(build.includes(` ${flag} `), `${image} ${cache}: ${build}`);
    else assert.not.match(build, /--cache-from|--no-cache/, `${image} ${cache}`);
  }
});

parity('5. IMAGE_TAG: one more local tag for the prepared image', async (ctx) => {
  const run = await runScript(PREPARE, ['--dry-run'], env(ctx, { IMAGE_TAG: 'apache/airflow:my-tag' }));
  assert.is(run.code, 0, run.stderr);
  assert.ok(dryRunLines(run.stdout).includes('[dry-run] docker tag apache/airflow:master-python3.8-ci apache/airflow:my-tag'), run.stdout);
});

/** The build arguments of the #20664 build, in its order (parity addendum §5). */
const CI_ARGS = [
  'PYTHON_BASE_IMAGE',
  'AIRFLOW_BRANCH',
  'AIRFLOW_EXTRAS',
  'AIRFLOW_PRE_CACHED_PIP_PACKAGES',
  'ADDITIONAL_AIRFLOW_EXTRAS',
  'ADDITIONAL_PYTHON_DEPS',
  'ADDITIONAL_DEV_APT_COMMAND',
  'ADDITIONAL_DEV_APT_DEPS',
  'ADDITIONAL_DEV_APT_ENV',
  'ADDITIONAL_RUNTIME_APT_COMMAND',
  'ADDITIONAL_RUNTIME_APT_DEPS',
  'ADDITIONAL_RUNTIME_APT_ENV',
  'UPGRADE_TO_NEWER_DEPENDENCIES',
  'CONSTRAINTS_GITHUB_REPOSITORY',
  'AIRFLOW_CONSTRAINTS_REFERENCE',
  'AIRFLOW_CONSTRAINTS',
  'AIRFLOW_IMAGE_REPOSITORY',
  'AIRFLOW_IMAGE_DATE_CREATED',
  'BUILD_ID',
  'COMMIT_SHA',
];

parity('6. build arguments: the #20664 set with its defaults, then BUILD_ARGS; OCI labels', async (ctx) => {
  const run = await runScript(
    PREPARE,
    ['--dry-run'],
    env(ctx, {
      BRANCH_NAME: 'main',
      DEFAULT_CONSTRAINTS_BRANCH: 'constraints-main',
      CI: 'true',
      GITHUB_RUN_ID: '4711',
      BUILD_ARGS: 'EXTRA=1',
    }),
  );
  assert.is(run.code, 0, run.stderr);
  const build = dryRunLines(run.stdout).find((l) => l.includes(' docker build '))!;
  const args = [...build.matchAll(/--build-arg (\w+)=(\S*)/g)]
    .map((m) => [m[1], m[2]] as const)
    .filter(([k]) => k !== 'BUILDKIT_INLINE_CACHE');
  assert.equal(
    args.map(([k]) => k),
    [...CI_ARGS, 'EXTRA'],
  );
  const value = Object.fromEntries(args);
  assert.is(value.PYTHON_BASE_IMAGE, 'python:3.8-slim-buster');
  assert.is(value.AIRFLOW_BRANCH, 'main');
  assert.is(value.AIRFLOW_EXTRAS, 'devel_ci');
  assert.is(value.AIRFLOW_CONSTRAINTS_REFERENCE, 'constraints-main');
  assert.is(value.AIRFLOW_IMAGE_REPOSITORY, 'https://github.com/apache/airflow');
  assert.is(value.BUILD_ID, '4711', 'CI_BUILD_ID = GITHUB_RUN_ID on CI');
  assert.is(value.COMMIT_SHA, ctx.head);
  assert.match(value.AIRFLOW_IMAGE_DATE_CREATED, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  assert.match(
    build,
    /--label org\.opencontainers\.image\.source=https:\/\/github\.com\/apache\/airflow --label org\.opencontainers\.image\.revision=\w{40} --label org\.opencontainers\.image\.created=\S+Z /,
  );
  const prod = await runScript(PREPARE, ['--dry-run', '--image', 'prod'], env(ctx));
  const prodArgs = [
    ...dryRunLines(prod.stdout)
      .find((l) => l.includes(' docker build '))!
      .matchAll(/--build-arg (\w+)=/g),
  ].map((m) => m[1]);
  for (const key of [
    'INSTALL_PROVIDERS_FROM_SOURCES',
    'INSTALL_FROM_PYPI',
    'INSTALL_FROM_DOCKER_CONTEXT_FILES',
    'INSTALL_MYSQL_CLIENT',
    'AIRFLOW_INSTALLATION_METHOD',
  ]) {
    assert.ok(prodArgs.includes(key), `PROD passes ${key}`);
  }
});

parity(
  '7. verify: pull at the pull tag, tag locally, pip check (PROD: providers with COLUMNS=180, imports, pip check) in docker run --entrypoint /bin/bash',
  async (ctx) => {
    const pull = { USE_GITHUB_REGISTRY: 'true', GITHUB_REGISTRY: 'ghcr.io', GITHUB_REGISTRY_PULL_IMAGE_TAG: '4242' };
    const ci = await runScript(VERIFY_CI, ['--dry-run'], env(ctx, pull));
    assert.is(ci.code, 0, ci.stderr);
    // --network none is ours: a verify needs no network.
    assert.equal(dryRunLines(ci.stdout), [
      '[dry-run] docker pull ghcr.io/apache/airflow-master-python3.8-ci-v2:4242',
      '[dry-run] docker tag ghcr.io/apache/airflow-master-python3.8-ci-v2:4242 apache/airflow:master-python3.8-ci',
      "[dry-run] docker run --rm --network none --entrypoint /bin/bash apache/airflow:master-python3.8-ci -c 'pip check'",
    ]);
    writeFileSync(join(ctx.dir, 'providers.txt'), 'amazon\napache.hive\n');
    writeFileSync(join(ctx.dir, 'imports.txt'), 'gevent, eventlet, greenlet\n');
    const prod = await runScript(
      VERIFY_PROD,
      ['--dry-run', '--json'],
      env(ctx, {
        ...pull,
        VERIFY_PROVIDERS_FILE: join(ctx.dir, 'providers.txt'),
        VERIFY_IMPORTS_FILE: join(ctx.dir, 'imports.txt'),
      }),
    );
    const plan = dryRunLines(prod.stderr);
    assert.is(plan[0], '[dry-run] docker pull ghcr.io/apache/airflow-master-python3.8-v2:4242');
    assert.ok(
      plan.includes(
        "[dry-run] docker run --rm --network none -e COLUMNS=180 --entrypoint /bin/bash apache/airflow:master-python3.8 -c 'airflow providers list --output table'",
      ),
      plan.join('\n'),
    );
    assert.equal(
      jsonResult(prod.stdout).checks.map((c: { command: string }) => c.command),
      [
        'airflow version',
        'python --version',
        'airflow providers list --output table',
        "python -c 'import gevent, eventlet, greenlet'",
        'pip check',
      ],
    );
  },
);

parity('9. FORCE_AIRFLOW_PROD_BASE_TAG names the PROD wait target (a deliberate difference: the bash wait ignored it)', async (ctx) => {
  const run = await runScript(WAIT_PROD, ['--dry-run', '--json'], env(ctx, { FORCE_AIRFLOW_PROD_BASE_TAG: '2-0-1' }));
  assert.is(jsonResult(run.stdout).images[0].candidates[0], 'ghcr.io/apache/airflow-2-0-1-v2:latest');
});

parity.run();
