import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseOutputFile } from '../../../lib/github/actions.ts';
import { loadConfig } from '../../../lib/config/load.ts';
import { dockerReference } from '../../../lib/hosts.ts';
import { DOCKER_UNAVAILABLE, dockerAvailable, startDockerd, type Dockerd } from '../../../testing/dockerd.ts';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { skopeo, skopeoDigest } from '../../helpers/images.ts';
import { withoutParity } from '../../helpers/parity.ts';
import { jsonResult, runScript, type ScriptRun } from '../../helpers/run-script.ts';

const execFileP = promisify(execFile);
const PREPARE = 'scripts/ci/images/prepare-ci-image.ts';
const PUSH = 'scripts/ci/images/push-images.ts';
const NO_DAEMON = 'unix:///nonexistent/ci-images/docker.sock';
const FIXTURE_DOCKERFILE = 'testing/fixtures/scratch/Dockerfile';
const FIXTURE_CONTEXT = 'testing/fixtures/scratch';

const lines = (text: string) => text.split('\n').filter(Boolean);
const oneLine = (run: ScriptRun) => assert.is(run.stderr.trim().split('\n').length, 1, run.stderr);

/**
 * A `docker` on PATH that answers `docker buildx version` (when `buildx` is true) and records and
 * fails every other call: a dry-run must leave the record empty.
 */
function dockerShim(dir: string, name: string, buildx: boolean): { path: string; calls(): string[] } {
  const bin = join(dir, name);
  const record = join(dir, `${name}.calls`);
  execFileSync('mkdir', ['-p', bin]);
  writeFileSync(record, '');
  writeFileSync(
    join(bin, 'docker'),
    [
      '#!/bin/sh',
      `if [ "$1" = buildx ] && [ "$2" = version ]; then ${buildx ? 'echo "github.com/docker/buildx v0.20.0 (test shim)"; exit 0' : 'echo "docker: unknown command: docker buildx" >&2; exit 1'}; fi`,
      `printf '%s\\n' "$*" >> '${record}'`,
      'echo "test shim: docker must not run here" >&2',
      'exit 1',
      '',
    ].join('\n'),
  );
  chmodSync(join(bin, 'docker'), 0o755);
  return { path: `${bin}:${process.env.PATH}`, calls: () => lines(readFileSync(record, 'utf8')) };
}

/** A TCP listener standing in for both registries: any connection means "network was used". */
async function countingServer(): Promise<{ server: Server; port: number; connections: () => number }> {
  let count = 0;
  const server = createServer((socket) => {
    count++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { server, port: typeof address === 'object' && address ? address.port : 0, connections: () => count };
}

// ---------------------------------------------------------------------------------------------
interface DryCtx {
  dir: string;
  buildx: ReturnType<typeof dockerShim>;
  classic: ReturnType<typeof dockerShim>;
  net: Awaited<ReturnType<typeof countingServer>>;
  host: string;
}

const dry = suite<DryCtx>('prepare-ci-image / push-images: --dry-run plans and bad input (no docker, no network)');
dry.before(async (ctx) => {
  ctx.dir = mkdtempSync(join(tmpdir(), 'ci-images-shim-'));
  ctx.buildx = dockerShim(ctx.dir, 'buildx', true);
  ctx.classic = dockerShim(ctx.dir, 'classic', false);
  ctx.net = await countingServer();
  ctx.host = `127.0.0.1:${ctx.net.port}`;
});
dry.after(async (ctx) => {
  await new Promise((resolve) => ctx.net?.server.close(resolve));
  if (ctx.dir) rmSync(ctx.dir, { recursive: true, force: true });
});

function dryEnv(ctx: DryCtx, shim: ReturnType<typeof dockerShim>, extra: Record<string, string> = {}) {
  return {
    PATH: shim.path,
    DOCKER_HOST: NO_DAEMON,
    PYTHON_MAJOR_MINOR_VERSION: '3.8',
    REGISTRY_ENDPOINTS: `ghcr.io=http://${ctx.host},docker.pkg.github.com=http://${ctx.host}`,
    ...extra,
  };
}

function assertNothingRan(ctx: DryCtx) {
  assert.equal(ctx.buildx.calls(), [], 'docker was called beyond `buildx version`');
  assert.equal(ctx.classic.calls(), [], 'docker was called beyond `buildx version`');
  assert.is(ctx.net.connections(), 0, 'a registry was contacted');
}

dry(
  'build, PROD, buildx + PREPARE_BUILDX_CACHE: builder ensured, cache from/to (mode=max) on the docker-side host, platform, args',
  async (ctx) => {
    const token = 'ghcr-DRY-token-5501';
    const run = await runScript(
      PREPARE,
      ['--image', 'prod', '--dry-run'],
      dryEnv(ctx, ctx.buildx, {
        GITHUB_REGISTRY: 'ghcr.io',
        PREPARE_BUILDX_CACHE: 'true',
        BUILD_PLATFORM: 'linux/arm64',
        BUILD_ARGS: 'AIRFLOW_EXTRAS=devel INSTALL_FROM_PYPI=false',
        CONTAINER_REGISTRY_TOKEN: token,
        GITHUB_USERNAME: 'bot',
      }),
    );
    assert.is(run.code, 0, run.stderr);
    // One named platform (a per-runner build): that platform's own cache.
    const cache = `${ctx.host}/apache/airflow-master-python3.8-v2:cache-linux-arm64`;
    assert.equal(lines(run.stdout).map(withoutParity), [
      '== Building the PROD image for python 3.8',
      'docker buildx version',
      `[dry-run] docker login --username bot --password-stdin ${ctx.host}`,
      '[dry-run] docker buildx inspect airflow_cache || docker buildx create --name airflow_cache',
      '[dry-run] docker buildx build --builder airflow_cache --progress=plain --pull --platform linux/arm64 ' +
        `--cache-from=type=registry,ref=${cache} --cache-to=type=registry,ref=${cache},mode=max ` +
        '--build-arg PYTHON_BASE_IMAGE=python:3.8-slim-buster --build-arg AIRFLOW_EXTRAS=devel --build-arg INSTALL_FROM_PYPI=false ' +
        '--target main -f Dockerfile -t apache/airflow:master-python3.8 --load .',
      `Would prepare apache/airflow:master-python3.8: built with docker buildx (builder airflow_cache), cache ${cache} (DOCKER_CACHE=pulled)`,
      `[dry-run] docker logout ${ctx.host}`,
    ]);
    assert.not.ok(run.stdout.includes(token) || run.stderr.includes(token), 'token printed');
    assertNothingRan(ctx);
  },
);

dry(
  'build, CI, buildx without PREPARE_BUILDX_CACHE: builder default, no builder creation, no --cache-to; config picks Dockerfile/context/target',
  async (ctx) => {
    const run = await runScript(
      PREPARE,
      ['--dry-run', '--python', '3.9'],
      dryEnv(ctx, ctx.buildx, {
        DOCKER_CACHE: 'disabled',
        DOCKERFILE_CI: 'docker/ci.Dockerfile',
        DOCKER_CONTEXT: 'docker',
        BUILD_TARGET: 'ci',
        DOCKERHUB_USER: 'acme',
        DOCKERHUB_REPO: 'tool',
      }),
    );
    assert.is(run.code, 0, run.stderr);
    assert.equal(
      lines(run.stdout)
        .filter((l) => /^(\[dry-run\] )?docker /.test(l))
        .map(withoutParity),
      [
        'docker buildx version',
        '[dry-run] docker buildx build --builder default --progress=plain --pull --no-cache ' +
          '--build-arg PYTHON_BASE_IMAGE=python:3.9-slim-buster --target ci -f docker/ci.Dockerfile -t acme/tool:master-python3.9-ci --load docker',
      ],
    );
    assertNothingRan(ctx);
  },
);

dry(
  'build without buildx: DOCKER_BUILDKIT=1 docker build with --cache-from and inline cache; DOCKER_CACHE=local has no cache flag',
  async (ctx) => {
    const pulled = await runScript(
      PREPARE,
      ['--dry-run'],
      dryEnv(ctx, ctx.classic, { USE_GITHUB_REGISTRY: 'true', GITHUB_REGISTRY: 'docker.pkg.github.com' }),
    );
    assert.is(pulled.code, 0, pulled.stderr);
    assert.equal(lines(pulled.stdout).slice(1, -1).map(withoutParity), [
      'docker buildx version',
      'No GITHUB_TOKEN set: not logging in to docker.pkg.github.com',
      `[dry-run] DOCKER_BUILDKIT=1 docker build --progress=plain --pull --cache-from ${ctx.host}/apache/airflow/master-python3.8-ci-v2:cache ` +
        '--build-arg BUILDKIT_INLINE_CACHE=1 --build-arg PYTHON_BASE_IMAGE=python:3.8-slim-buster --target main -f Dockerfile.ci ' +
        '-t apache/airflow:master-python3.8-ci .',
    ]);
    const local = await runScript(PREPARE, ['--dry-run'], dryEnv(ctx, ctx.classic, { DOCKER_CACHE: 'local' }));
    assert.is(local.code, 0, local.stderr);
    assert.ok(
      lines(local.stdout)
        .map(withoutParity)
        .includes(
          '[dry-run] DOCKER_BUILDKIT=1 docker build --progress=plain --pull --build-arg BUILDKIT_INLINE_CACHE=1 --build-arg PYTHON_BASE_IMAGE=python:3.8-slim-buster ' +
            '--target main -f Dockerfile.ci -t apache/airflow:master-python3.8-ci .',
        ),
      local.stdout,
    );
    // PROD on CI: the bash forces DOCKER_CACHE=pulled (parity addendum §4), whatever DOCKER_CACHE says.
    const prod = await runScript(PREPARE, ['--dry-run', '--image', 'prod'], dryEnv(ctx, ctx.classic, { DOCKER_CACHE: 'disabled' }));
    assert.is(prod.code, 0, prod.stderr);
    assert.match(prod.stdout, /docker build --progress=plain --pull --cache-from \S+\/apache\/airflow\/master-python3\.8-v2:cache /);
    assert.not.match(prod.stdout, /--no-cache/);
    assertNothingRan(ctx);
  },
);

dry(
  'PREPARE_BUILDX_CACHE=true without buildx: classic build with inline cache, then the image pushed as :cache (no error)',
  async (ctx) => {
    const run = await runScript(PREPARE, ['--dry-run'], dryEnv(ctx, ctx.classic, { PREPARE_BUILDX_CACHE: 'true' }));
    assert.is(run.code, 0, run.stderr);
    // GITHUB_REGISTRY's default, docker.pkg.github.com: its naming, on the docker-side host.
    const cache = `${ctx.host}/apache/airflow/master-python3.8-ci-v2:cache`;
    const planned = lines(run.stdout).filter((l) => l.startsWith('[dry-run] '));
    const build = planned.find((l) => l.includes(' build '))!;
    assert.match(build, /^\[dry-run\] DOCKER_BUILDKIT=1 docker build .*--build-arg BUILDKIT_INLINE_CACHE=1 /);
    assert.ok(build.includes(` --cache-from ${cache} `), build);
    assert.ok(planned.includes(`[dry-run] docker tag apache/airflow:master-python3.8-ci ${cache}`), planned.join('\n'));
    assert.ok(planned.includes(`[dry-run] docker push ${cache}`), planned.join('\n'));
    assertNothingRan(ctx);
  },
);

dry('waiting mode, PROD + -build: login, bounded waits, pulls and tags to the local names only, in order', async (ctx) => {
  const run = await runScript(
    PREPARE,
    ['--dry-run', '--image', 'prod', '--timeout', '600'],
    dryEnv(ctx, ctx.buildx, {
      USE_GITHUB_REGISTRY: 'true',
      GITHUB_REGISTRY_WAIT_FOR_IMAGE: 'true',
      GITHUB_REGISTRY: 'docker.pkg.github.com',
      GITHUB_REGISTRY_PULL_IMAGE_TAG: '123456789',
      WAIT_FOR_PROD_BUILD_IMAGE: 'true',
      GITHUB_TOKEN: 'ghp_DRYtoken0000',
      WAIT_FOR_IMAGE_POLL_INTERVAL: '2',
    }),
  );
  assert.is(run.code, 0, run.stderr);
  const prod = `${ctx.host}/apache/airflow/master-python3.8-v2:123456789`;
  const build = `${ctx.host}/apache/airflow/master-python3.8-build-v2:123456789`;
  assert.equal(lines(run.stdout), [
    '== Pulling the PROD image for python 3.8',
    `[dry-run] docker login --username apache --password-stdin ${ctx.host}`,
    '[dry-run] wait up to 600s (poll every 2s) for docker.pkg.github.com/apache/airflow/master-python3.8-v2:123456789',
    '[dry-run] wait up to 600s (poll every 2s) for docker.pkg.github.com/apache/airflow/master-python3.8-build-v2:123456789',
    `[dry-run] docker pull ${prod}`,
    `[dry-run] docker tag ${prod} apache/airflow:master-python3.8`,
    `[dry-run] docker pull ${build}`,
    `[dry-run] docker tag ${build} apache/airflow:master-python3.8-build`,
    'Would prepare apache/airflow:master-python3.8: pulled from docker.pkg.github.com docker.pkg.github.com/apache/airflow/master-python3.8-v2:123456789',
    'Would prepare apache/airflow:master-python3.8-build: pulled from docker.pkg.github.com docker.pkg.github.com/apache/airflow/master-python3.8-build-v2:123456789',
    // Our login is undone at the end, as docker/login-action's post step does.
    `[dry-run] docker logout ${ctx.host}`,
  ]);
  assert.not.ok(run.stdout.includes('ghp_DRYtoken0000'));
  assertNothingRan(ctx);
});

dry(
  'push-images: tag+push the push tag and the commit tag (COMMIT_SHA; not for -build), docker-side names; DockerHub mode pushes the local names',
  async (ctx) => {
    const run = await runScript(
      PUSH,
      ['--dry-run', '--image', 'prod'],
      dryEnv(ctx, ctx.buildx, {
        USE_GITHUB_REGISTRY: 'true',
        GITHUB_REGISTRY: 'ghcr.io',
        GITHUB_REGISTRY_PUSH_IMAGE_TAG: '987',
        COMMIT_SHA: 'abc123',
        WAIT_FOR_PROD_BUILD_IMAGE: 'true',
      }),
    );
    assert.is(run.code, 0, run.stderr);
    const repo = `${ctx.host}/apache/airflow-master-python3.8`;
    assert.equal(
      lines(run.stdout).filter((l) => l.startsWith('[dry-run]')),
      [
        `[dry-run] docker tag apache/airflow:master-python3.8 ${repo}-v2:987`,
        `[dry-run] docker push ${repo}-v2:987`,
        `[dry-run] docker tag apache/airflow:master-python3.8 ${repo}-v2:abc123`,
        `[dry-run] docker push ${repo}-v2:abc123`,
        `[dry-run] docker tag apache/airflow:master-python3.8-build ${repo}-build-v2:987`,
        `[dry-run] docker push ${repo}-build-v2:987`,
      ],
    );
    assert.match(run.stdout, /^Would push ghcr\.io\/apache\/airflow-master-python3\.8-v2:987$/m, 'the report names the public reference');

    const noSha = await runScript(
      PUSH,
      ['--dry-run', '--json'],
      dryEnv(ctx, ctx.buildx, { USE_GITHUB_REGISTRY: 'true', GITHUB_REGISTRY_PUSH_IMAGE_TAG: '987' }),
    );
    assert.is(noSha.code, 0, noSha.stderr);
    assert.equal(jsonResult(noSha.stdout), {
      dryRun: true,
      mode: 'push',
      registry: 'docker.pkg.github.com',
      images: [{ kind: 'ci', imageReference: 'docker.pkg.github.com/apache/airflow/master-python3.8-ci-v2:987' }],
    });
    assert.equal(
      lines(noSha.stderr).filter((l) => l.startsWith('[dry-run]')),
      [
        `[dry-run] docker tag apache/airflow:master-python3.8-ci ${ctx.host}/apache/airflow/master-python3.8-ci-v2:987`,
        `[dry-run] docker push ${ctx.host}/apache/airflow/master-python3.8-ci-v2:987`,
      ],
      'without COMMIT_SHA or GITHUB_SHA no commit tag',
    );

    const hub = await runScript(PUSH, ['--dry-run'], dryEnv(ctx, ctx.buildx, { GITHUB_SHA: 'abc123' }));
    assert.is(hub.code, 0, hub.stderr);
    assert.equal(
      lines(hub.stdout).filter((l) => l.startsWith('[dry-run]')),
      ['[dry-run] docker push apache/airflow:master-python3.8-ci'],
    );
    assertNothingRan(ctx);
  },
);

dry('push-images --promote and --copy-to: registry writes only, in order, no docker', async (ctx) => {
  const promote = await runScript(
    PUSH,
    ['--dry-run', '--promote', '123'],
    dryEnv(ctx, ctx.buildx, { GITHUB_REGISTRY: 'ghcr.io', COMMIT_SHA: 'abc123' }),
  );
  assert.is(promote.code, 0, promote.stderr);
  assert.equal(
    lines(promote.stdout).filter((l) => l.startsWith('[dry-run]')),
    [
      '[dry-run] PUT manifest ghcr.io/apache/airflow-master-python3.8-ci-v2:latest (from :123)',
      '[dry-run] PUT manifest ghcr.io/apache/airflow-master-python3.8-ci-v2:abc123 (from :123)',
    ],
  );
  const copy = await runScript(
    PUSH,
    ['--dry-run', '--copy-to', 'docker.pkg.github.com', '--image', 'prod'],
    dryEnv(ctx, ctx.buildx, {
      GITHUB_REGISTRY: 'ghcr.io',
      GITHUB_REGISTRY_PUSH_IMAGE_TAG: '55',
      COMMIT_SHA: 'abc123',
    }),
  );
  assert.is(copy.code, 0, copy.stderr);
  assert.equal(
    lines(copy.stdout).filter((l) => l.startsWith('[dry-run]')),
    [
      '[dry-run] copy ghcr.io/apache/airflow-master-python3.8-v2:55 -> docker.pkg.github.com/apache/airflow/master-python3.8-v2:55 (blobs mounted or streamed, referrers carried, manifest PUT last)',
      '[dry-run] PUT manifest docker.pkg.github.com/apache/airflow/master-python3.8-v2:abc123 (from :55)',
      // The -build image goes with PROD (push tag only), as the bash push did.
      '[dry-run] copy ghcr.io/apache/airflow-master-python3.8-build-v2:55 -> docker.pkg.github.com/apache/airflow/master-python3.8-build-v2:55 (blobs mounted or streamed, referrers carried, manifest PUT last)',
    ],
  );
  const other = await runScript(PUSH, ['--dry-run', '--copy-to', 'Registry.Example.com:5000'], dryEnv(ctx, ctx.buildx, {}));
  assert.is(other.code, 0, other.stderr);
  assert.match(
    other.stdout,
    /^\[dry-run\] copy docker\.pkg\.github\.com\/apache\/airflow\/master-python3\.8-ci-v2:latest -> registry\.example\.com:5000\/apache\/airflow\/master-python3\.8-ci-v2:latest /m,
  );
  assertNothingRan(ctx);
});

const badInput: [string, string, string[], Record<string, string>, RegExp][] = [
  ['--image not ci/prod', PREPARE, ['--image', 'base'], {}, /--image="base" is not valid: expected ci or prod/],
  ['--image not ci/prod', PUSH, ['--image', 'CI'], {}, /--image="CI" is not valid/],
  ['--python not N.N', PREPARE, ['--python', '3'], {}, /--python="3" is not valid/],
  ['--python not N.N', PUSH, ['--python', 'three'], {}, /--python="three" is not valid/],
  ['--timeout not seconds', PREPARE, ['--timeout', 'soon'], {}, /--timeout="soon" is not valid/],
  ['unknown flag', PREPARE, ['--push'], {}, /--push/],
  ['unknown flag', PUSH, ['--force'], {}, /--force/],
  ['--promote not a tag', PUSH, ['--promote', '.latest'], {}, /--promote=".latest" is not valid: expected a docker tag/],
  ['--copy-to not a host', PUSH, ['--copy-to', 'ghcr.io/apache'], {}, /--copy-to="ghcr.io\/apache" is not valid: expected a registry host/],
  ['--promote with --copy-to', PUSH, ['--promote', '1', '--copy-to', 'ghcr.io'], {}, /mutually exclusive/],
  [
    '--copy-to the source registry',
    PUSH,
    ['--copy-to', 'ghcr.io', '--dry-run'],
    { GITHUB_REGISTRY: 'ghcr.io' },
    /is GITHUB_REGISTRY itself/,
  ],
  ['bad GITHUB_REGISTRY', PUSH, [], { GITHUB_REGISTRY: 'quay.io' }, /GITHUB_REGISTRY="quay.io" is not valid/],
  [
    'endpoint with a path',
    PUSH,
    ['--dry-run'],
    { USE_GITHUB_REGISTRY: 'true', REGISTRY_ENDPOINTS: 'docker.pkg.github.com=http://127.0.0.1:9/sub' },
    /docker cannot reach a registry under a path/,
  ],
];
for (const [name, script, args, vars, pattern] of badInput) {
  dry(`bad input exits 2 with one line: ${script.split('/').pop()} ${name}`, async (ctx) => {
    const run = await runScript(script, args, dryEnv(ctx, ctx.buildx, vars));
    assert.is(run.code, 2, run.stderr);
    assert.match(run.stderr, pattern);
    oneLine(run);
    assertNothingRan(ctx);
  });
}

dry('dockerReference: mapped hosts become the transport host, others stay', () => {
  const config = loadConfig(
    { REGISTRY_ENDPOINTS: 'ghcr.io=http://127.0.0.1:5001,docker.pkg.github.com=https://pkg.internal:8443/' },
    { envFile: false },
  );
  assert.is(
    dockerReference(config, 'ghcr.io/apache/airflow-master-python3.8-ci-v2:1'),
    '127.0.0.1:5001/apache/airflow-master-python3.8-ci-v2:1',
  );
  assert.is(dockerReference(config, 'docker.pkg.github.com/apache/airflow/x-v2:cache'), 'pkg.internal:8443/apache/airflow/x-v2:cache');
  assert.is(dockerReference(config, 'quay.io/a/b:c'), 'quay.io/a/b:c');
  assert.is(dockerReference(config, 'apache/airflow:master-python3.8-ci'), 'apache/airflow:master-python3.8-ci');
});

dry.run();

// ---------------------------------------------------------------------------------------------
interface RealCtx {
  dockerd?: Dockerd;
  ghcr?: RegistryServer;
  pkg?: RegistryServer;
  dir?: string;
  noDocker?: ReturnType<typeof dockerShim>;
  error?: unknown;
}
type Ready = Required<Omit<RealCtx, 'error'>>;

function ready(ctx: RealCtx): Ready {
  if (ctx.error) throw ctx.error;
  if (!ctx.dockerd || !ctx.ghcr || !ctx.pkg || !ctx.dir || !ctx.noDocker) throw new Error('suite setup did not finish');
  return ctx as Ready;
}

const CI_LOCAL = 'apache/airflow:master-python3.8-ci';
const GHCR_REPO = 'apache/airflow-master-python3.8-ci-v2';
const PKG_REPO = 'apache/airflow/master-python3.8-ci-v2';
const USER = 'ci-user';
const PKG_TOKEN = 'ghp_FAKEpackagesToken4242';

let outputs = 0;
function realEnv(env: Ready, extra: Record<string, string> = {}) {
  const output = join(env.dir, `output-${outputs++}`);
  writeFileSync(output, '');
  return {
    output,
    vars: {
      DOCKER_HOST: env.dockerd.dockerHost,
      DOCKER_CONFIG: join(env.dir, 'docker-config'),
      REGISTRY_ENDPOINTS: `ghcr.io=${env.ghcr.url},docker.pkg.github.com=${env.pkg.url}`,
      PYTHON_MAJOR_MINOR_VERSION: '3.8',
      DOCKERFILE_CI: FIXTURE_DOCKERFILE,
      DOCKERFILE_PROD: FIXTURE_DOCKERFILE,
      DOCKER_CONTEXT: FIXTURE_CONTEXT,
      GITHUB_USERNAME: USER,
      GITHUB_TOKEN: PKG_TOKEN,
      WAIT_FOR_IMAGE_POLL_INTERVAL: '0.3',
      GITHUB_OUTPUT: output,
      ...extra,
    },
  };
}

/** Queries of the test daemon go through the CLI it was probed with (Debian's 20.10), not whichever `docker` PATH finds first. */
async function docker(env: Ready, args: string[]): Promise<string> {
  return (await execFileP(env.dockerd.cli, ['-H', env.dockerd.dockerHost, ...args])).stdout;
}

async function tags(registry: RegistryServer, repository: string): Promise<string[]> {
  return (
    JSON.parse(await skopeo(registry, ['list-tags', '--tls-verify=false', `docker://${registry.host}/${repository}`])).Tags as string[]
  ).sort();
}

const real = suite<RealCtx>('prepare-ci-image / push-images for real (dockerd + ghcr.io and docker.pkg.github.com registries)', {});
const realTest = dockerAvailable() ? real : (console.log(`prepare-push real suite: ${DOCKER_UNAVAILABLE}`), real.skip);
real.before(async (ctx) => {
  if (!dockerAvailable()) return;
  try {
    ctx.dir = mkdtempSync(join(tmpdir(), 'ci-images-prepare-push-'));
    ctx.noDocker = dockerShim(ctx.dir, 'no-docker', false);
    // ghcr.io: an open registry (public images); docker.pkg.github.com: basic auth with GITHUB_TOKEN.
    [ctx.dockerd, ctx.ghcr, ctx.pkg] = await Promise.all([
      startDockerd(),
      startRegistry({ mode: 'open' }),
      startRegistry({ mode: 'basic', username: USER, password: PKG_TOKEN }),
    ]);
  } catch (error) {
    ctx.error = error;
  }
});
real.after(async (ctx) => {
  await Promise.allSettled([ctx.ghcr?.stop(), ctx.pkg?.stop(), ctx.dockerd?.stop()]);
  if (ctx.dir) rmSync(ctx.dir, { recursive: true, force: true });
});

realTest('build mode: the FROM scratch fixture is built (legacy builder fallback here) and tagged with the local name', async (ctx) => {
  const env = ready(ctx);
  const e = realEnv(env);
  const run = await runScript(PREPARE, [], e.vars);
  assert.is(run.code, 0, run.stderr);
  const cache = `${env.pkg.host}/${PKG_REPO}:cache`;
  assert.ok(
    lines(run.stderr)
      .map(withoutParity)
      .includes(
        `DOCKER_BUILDKIT=1 docker build --progress=plain --pull --cache-from ${cache} --build-arg BUILDKIT_INLINE_CACHE=1 ` +
          `--build-arg PYTHON_BASE_IMAGE=python:3.8-slim-buster --target main -f ${FIXTURE_DOCKERFILE} -t ${CI_LOCAL} ${FIXTURE_CONTEXT}`,
      ),
    run.stderr,
  );
  const buildx = await execFileP('docker', ['buildx', 'version']).then(
    () => true,
    () => false,
  );
  if (!buildx) assert.match(run.stderr, /building again with the legacy builder \(DOCKER_BUILDKIT=0\)/);
  const labels = JSON.parse(await docker(env, ['image', 'inspect', '--format', '{{json .Config.Labels}}', CI_LOCAL]));
  assert.is(labels['org.opencontainers.image.title'], 'ci-images test fixture');
  assert.is(parseOutputFile(readFileSync(e.output, 'utf8')).get('localImage'), CI_LOCAL);
  assert.match(run.stdout, new RegExp(`^Prepared ${CI_LOCAL}: built with docker build`, 'm'));
});

realTest(
  'push-images: the push tag only without a commit, then push tag + COMMIT_SHA; outputs carry the digest skopeo sees',
  async (ctx) => {
    const env = ready(ctx);
    const first = realEnv(env, { USE_GITHUB_REGISTRY: 'true', GITHUB_REGISTRY: 'ghcr.io', GITHUB_REGISTRY_PUSH_IMAGE_TAG: '1001' });
    const run = await runScript(PUSH, [], first.vars);
    assert.is(run.code, 0, run.stderr);
    assert.equal(await tags(env.ghcr, GHCR_REPO), ['1001']);
    const digest = await skopeoDigest(env.ghcr, `${GHCR_REPO}:1001`);
    const out = parseOutputFile(readFileSync(first.output, 'utf8'));
    assert.is(out.get('imageReference'), `ghcr.io/${GHCR_REPO}:1001`);
    assert.is(out.get('imageDigest'), digest);
    assert.ok(lines(run.stderr).includes(`docker push ${env.ghcr.host}/${GHCR_REPO}:1001`), 'each command echoed');

    const second = realEnv(env, {
      USE_GITHUB_REGISTRY: 'true',
      GITHUB_REGISTRY: 'ghcr.io',
      GITHUB_REGISTRY_PUSH_IMAGE_TAG: '1002',
      COMMIT_SHA: 'c0ffee42',
    });
    const again = await runScript(PUSH, ['--json'], second.vars);
    assert.is(again.code, 0, again.stderr);
    assert.equal(await tags(env.ghcr, GHCR_REPO), ['1001', '1002', 'c0ffee42']);
    assert.is(await skopeoDigest(env.ghcr, `${GHCR_REPO}:c0ffee42`), digest);
    assert.equal(jsonResult(again.stdout).images, [
      { kind: 'ci', imageReference: `ghcr.io/${GHCR_REPO}:1002`, imageDigest: digest },
      { kind: 'ci', imageReference: `ghcr.io/${GHCR_REPO}:c0ffee42`, imageDigest: digest },
    ]);
  },
);

realTest('--promote: latest (and the sha) point at the run-id digest, with no docker at all', async (ctx) => {
  const env = ready(ctx);
  const e = realEnv(env, { GITHUB_REGISTRY: 'ghcr.io', COMMIT_SHA: 'feedbeef', PATH: env.noDocker.path, DOCKER_HOST: NO_DAEMON });
  const run = await runScript(PUSH, ['--promote', '1001'], e.vars);
  assert.is(run.code, 0, run.stderr);
  const digest = await skopeoDigest(env.ghcr, `${GHCR_REPO}:1001`);
  assert.is(await skopeoDigest(env.ghcr, `${GHCR_REPO}:latest`), digest);
  assert.is(await skopeoDigest(env.ghcr, `${GHCR_REPO}:feedbeef`), digest);
  assert.is(parseOutputFile(readFileSync(e.output, 'utf8')).get('imageDigest'), digest);
  assert.equal(env.noDocker.calls(), [], 'docker was not called');

  const missing = await runScript(PUSH, ['--promote', 'no-such-tag'], e.vars);
  assert.is(missing.code, 1, missing.stderr);
  assert.match(missing.stderr, /ghcr\.io\/apache\/airflow-master-python3\.8-ci-v2:no-such-tag does not exist in the registry/);
});

realTest('--copy-to docker.pkg.github.com: same digest in the second registry, readable by skopeo, no docker', async (ctx) => {
  const env = ready(ctx);
  const e = realEnv(env, {
    GITHUB_REGISTRY: 'ghcr.io',
    GITHUB_REGISTRY_PUSH_IMAGE_TAG: '1001',
    PATH: env.noDocker.path,
    DOCKER_HOST: NO_DAEMON,
  });
  const run = await runScript(PUSH, ['--copy-to', 'docker.pkg.github.com', '--json'], e.vars);
  assert.is(run.code, 0, run.stderr);
  const digest = await skopeoDigest(env.ghcr, `${GHCR_REPO}:1001`);
  assert.is(await skopeoDigest(env.pkg, `${PKG_REPO}:1001`), digest);
  const inspected = JSON.parse(await skopeo(env.pkg, ['inspect', '--tls-verify=false', `docker://${env.pkg.host}/${PKG_REPO}:1001`]));
  assert.is(inspected.Labels['org.opencontainers.image.title'], 'ci-images test fixture');
  assert.equal(jsonResult(run.stdout), {
    dryRun: false,
    mode: 'copy',
    registry: 'docker.pkg.github.com',
    images: [{ kind: 'ci', imageReference: `docker.pkg.github.com/${PKG_REPO}:1001`, imageDigest: digest }],
  });
  assert.match(run.stderr, /blob\(s\) streamed/);
  assert.not.ok((run.stdout + run.stderr).includes(PKG_TOKEN));
  assert.equal(env.noDocker.calls(), [], 'docker was not called');
});

realTest('waiting mode: waits for an image another job pushes, logs in (stdin), pulls and tags the local name only', async (ctx) => {
  const env = ready(ctx);
  // Start from an engine without the image, as a fresh CI runner would be.
  const id = (await docker(env, ['image', 'inspect', '--format', '{{.Id}}', CI_LOCAL])).trim();
  await docker(env, ['rmi', '-f', id]);
  const e = realEnv(env, {
    USE_GITHUB_REGISTRY: 'true',
    GITHUB_REGISTRY_WAIT_FOR_IMAGE: 'true',
    GITHUB_REGISTRY: 'docker.pkg.github.com',
    GITHUB_REGISTRY_PULL_IMAGE_TAG: '2002',
  });
  // The "other job" pushes once the script has reported its first check ("waiting"), however
  // slowly the machine starts it.
  let sawWaiting: () => void = () => undefined;
  const waiting = new Promise<void>((resolve) => (sawWaiting = resolve));
  const other = (async () => {
    await waiting;
    await skopeo(env.pkg, [
      'copy',
      '--src-tls-verify=false',
      '--dest-tls-verify=false',
      '--preserve-digests',
      `docker://${env.ghcr.host}/${GHCR_REPO}:1001`,
      `docker://${env.pkg.host}/${PKG_REPO}:2002`,
    ]);
  })();
  const run = await runScript(PREPARE, ['--timeout', '30', '--json'], e.vars, {
    onStderr: (text) => / waiting /.test(text) && sawWaiting(),
  });
  sawWaiting();
  await other;
  assert.is(run.code, 0, run.stderr);
  const digest = await skopeoDigest(env.pkg, `${PKG_REPO}:2002`);
  const pulled = `${env.pkg.host}/${PKG_REPO}:2002`;
  const log = lines(run.stderr);
  const at = (text: string) => log.findIndex((l) => l === text);
  assert.ok(at(`docker login --username ${USER} --password-stdin ${env.pkg.host}`) >= 0, run.stderr);
  assert.ok(
    log.some((l) => / waiting /.test(l)),
    'it waited',
  );
  assert.ok(log.some((l) => / found /.test(l)));
  assert.ok(at(`docker pull ${pulled}`) > at(`docker login --username ${USER} --password-stdin ${env.pkg.host}`));
  assert.ok(at(`docker tag ${pulled} ${CI_LOCAL}`) > at(`docker pull ${pulled}`));
  const repoDigests: string[] = JSON.parse(await docker(env, ['image', 'inspect', '--format', '{{json .RepoDigests}}', CI_LOCAL]));
  assert.ok(repoDigests.includes(`${env.pkg.host}/${PKG_REPO}@${digest}`), JSON.stringify(repoDigests));
  const names = lines(await docker(env, ['images', '--format', '{{.Repository}}:{{.Tag}}'])).sort();
  assert.equal(names, [CI_LOCAL, pulled].sort(), 'no bare-name :latest tag (spec §6.9)');
  const doc = jsonResult(run.stdout);
  assert.equal(doc.images, [{ kind: 'ci', localImage: CI_LOCAL, source: `docker.pkg.github.com/${PKG_REPO}:2002`, digest }]);
  // The login is undone when the script ends: no token stays in docker's config for later steps.
  assert.ok(at(`docker logout ${env.pkg.host}`) > at(`docker pull ${pulled}`), run.stderr);
  // The login went to the run's own DOCKER_CONFIG: the user's config.json was never written.
  assert.not.ok(existsSync(join(env.dir, 'docker-config', 'config.json')), "the user's docker config was not written");
  assert.not.ok((run.stdout + run.stderr).includes(PKG_TOKEN), 'token printed');
});

realTest(
  'PROD: build, push (no -build image built: said, not pushed); waiting mode with WAIT_FOR_PROD_BUILD_IMAGE pulls both images; push sends both (-build without the sha tag, even without WAIT_FOR_PROD_BUILD_IMAGE)',
  async (ctx) => {
    const env = ready(ctx);
    const prodLocal = 'apache/airflow:master-python3.8';
    const buildLocal = 'apache/airflow:master-python3.8-build';
    const built = await runScript(PREPARE, ['--image', 'prod'], realEnv(env).vars);
    assert.is(built.code, 0, built.stderr);
    assert.match(
      built.stderr,
      new RegExp(
        `docker build --progress=plain --pull --cache-from ${env.pkg.host}/apache/airflow/master-python3\\.8-v2:cache .* -f ${FIXTURE_DOCKERFILE} -t ${prodLocal} `,
      ),
    );
    const pushed = await runScript(
      PUSH,
      ['--image', 'prod'],
      realEnv(env, { USE_GITHUB_REGISTRY: 'true', GITHUB_REGISTRY: 'ghcr.io', GITHUB_REGISTRY_PUSH_IMAGE_TAG: '3001' }).vars,
    );
    assert.is(pushed.code, 0, pushed.stderr);
    // The bash push always pushes -build (parity addendum §3); a BuildKit single-stage build made none: one line, no failure.
    assert.match(pushed.stderr, /^No local apache\/airflow:master-python3\.8-build: this build made no prod-build image .*; not pushed$/m);
    assert.not.match(pushed.stderr, /docker (tag|push) \S*-build/);
    // The build job of the original also published the -build segment; here it is the same image.
    await skopeo(undefined, [
      'copy',
      '--src-tls-verify=false',
      '--dest-tls-verify=false',
      '--preserve-digests',
      `docker://${env.ghcr.host}/apache/airflow-master-python3.8-v2:3001`,
      `docker://${env.ghcr.host}/apache/airflow-master-python3.8-build-v2:3001`,
    ]);
    const id = (await docker(env, ['image', 'inspect', '--format', '{{.Id}}', prodLocal])).trim();
    await docker(env, ['rmi', '-f', id]);

    const withBuild = { WAIT_FOR_PROD_BUILD_IMAGE: 'true', USE_GITHUB_REGISTRY: 'true' };
    const waited = await runScript(
      PREPARE,
      ['--image', 'prod', '--timeout', '20', '--json'],
      realEnv(env, {
        ...withBuild,
        GITHUB_REGISTRY_WAIT_FOR_IMAGE: 'true',
        GITHUB_REGISTRY: 'ghcr.io',
        GITHUB_REGISTRY_PULL_IMAGE_TAG: '3001',
      }).vars,
    );
    assert.is(waited.code, 0, waited.stderr);
    assert.equal(
      jsonResult(waited.stdout).images.map((i: { localImage: string }) => i.localImage),
      [prodLocal, buildLocal],
    );
    await docker(env, ['image', 'inspect', prodLocal]);
    await docker(env, ['image', 'inspect', buildLocal]);

    const toPkg = await runScript(
      PUSH,
      ['--image', 'prod'],
      realEnv(env, {
        USE_GITHUB_REGISTRY: 'true',
        GITHUB_REGISTRY: 'docker.pkg.github.com',
        GITHUB_REGISTRY_PUSH_IMAGE_TAG: 'latest',
        COMMIT_SHA: 'd00d',
      }).vars,
    );
    assert.is(toPkg.code, 0, toPkg.stderr);
    assert.equal(await tags(env.pkg, 'apache/airflow/master-python3.8-v2'), ['d00d', 'latest']);
    assert.equal(await tags(env.pkg, 'apache/airflow/master-python3.8-build-v2'), ['latest']);
    assert.match(toPkg.stderr, new RegExp(`^docker login --username ${USER} --password-stdin ${env.pkg.host.replace(/\./g, '\\.')}$`, 'm'));
  },
);

realTest('waiting mode is bounded: a tag that never comes exits 1 after --timeout, nothing pulled', async (ctx) => {
  const env = ready(ctx);
  const e = realEnv(env, {
    USE_GITHUB_REGISTRY: 'true',
    GITHUB_REGISTRY_WAIT_FOR_IMAGE: 'true',
    GITHUB_REGISTRY: 'ghcr.io',
    GITHUB_REGISTRY_PULL_IMAGE_TAG: 'never',
    PATH: env.noDocker.path,
    DOCKER_HOST: NO_DAEMON,
  });
  const run = await runScript(PREPARE, ['--timeout', '1'], e.vars);
  assert.is(run.code, 1, run.stderr);
  assert.ok(run.durationMs < 15_000, `took ${run.durationMs} ms`);
  assert.match(
    run.stderr,
    /error: timed out after 1s waiting for images; 1 missing in ghcr\.io: ghcr\.io\/apache\/airflow-master-python3\.8-ci-v2:never/,
  );
  assert.equal(env.noDocker.calls(), [], 'no pull after a timeout');
});

const buildxWorks = (() => {
  try {
    execFileSync('docker', ['buildx', 'version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (buildxWorks && existsSync(FIXTURE_DOCKERFILE)) {
  realTest('buildx (plugin present): docker buildx build --builder default --load tags the local name', async (ctx) => {
    const env = ready(ctx);
    const e = realEnv(env, { DOCKER_CACHE: 'local', PYTHON_MAJOR_MINOR_VERSION: '3.9' });
    const run = await runScript(PREPARE, [], e.vars);
    assert.is(run.code, 0, run.stderr);
    assert.match(run.stderr, /docker buildx build --builder default /);
    await docker(env, ['image', 'inspect', 'apache/airflow:master-python3.9-ci']);
  });
} else {
  console.log('prepare-push: `docker buildx version` fails here, so the buildx paths are checked by their --dry-run argv only');
}

real.run();
