import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { buildCacheRef, localImage } from '../../../lib/images.ts';
import { loadConfig } from '../../../lib/config/load.ts';
import { DockerCommandError, DockerRunner } from '../../../lib/docker/runner.ts';
import { buildArgv, type BuildPlan } from '../../../lib/docker/build.ts';
import { DOCKER_UNAVAILABLE, dockerAvailable, startDockerd, type Dockerd } from '../../../testing/dockerd.ts';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { skopeo } from '../../helpers/images.ts';

const execFileP = promisify(execFile);
const FIXTURE = resolve('testing/fixtures/scratch');
const FAST_RETRY = { attempts: 3, baseDelayMs: 1, maxDelayMs: 5 };
const config = loadConfig({ PYTHON_MAJOR_MINOR_VERSION: '3.8' }, { envFile: false });
const CI_LOCAL = localImage(config, 'ci', '3.8');
const CI_CACHE = buildCacheRef(config, 'ghcr.io', 'ci', '3.8');
const PROD_LOCAL = localImage(config, 'prod', '3.8');
const PROD_CACHE = buildCacheRef(config, 'ghcr.io', 'prod', '3.8');

function plan(overrides: Partial<BuildPlan> = {}): BuildPlan {
  return {
    kind: 'ci',
    python: '3.8',
    localImage: CI_LOCAL,
    cacheRef: CI_CACHE,
    dockerCache: 'pulled',
    prepareBuildxCache: false,
    buildx: true,
    builder: 'airflow_cache',
    dockerfile: 'Dockerfile.ci',
    context: '.',
    target: 'main',
    buildArgs: [],
    ...overrides,
  };
}

// ---------------------------------------------------------------------------------------------
const argvSuite = suite('buildArgv');

argvSuite('buildx, CI, pulled: the full argv, in order', () => {
  assert.equal(buildArgv(plan()), {
    argv: [
      'buildx',
      'build',
      '--builder',
      'airflow_cache',
      '--progress=plain',
      '--pull',
      '--cache-from=type=registry,ref=ghcr.io/apache/airflow-master-python3.8-ci-v2:cache',
      '--build-arg',
      'PYTHON_BASE_IMAGE=python:3.8-slim-buster',
      '--target',
      'main',
      '-f',
      'Dockerfile.ci',
      '-t',
      'apache/airflow:master-python3.8-ci',
      '--load',
      '.',
    ],
    env: {},
  });
});

const FROM = (ref: string) => `--cache-from=type=registry,ref=${ref}`;
const TO = (ref: string) => `--cache-to=type=registry,ref=${ref}`;
const cacheTable: [BuildPlan['kind'], BuildPlan['dockerCache'], boolean, string[]][] = [
  ['ci', 'pulled', false, [FROM(CI_CACHE)]],
  ['ci', 'pulled', true, [FROM(CI_CACHE), `${TO(CI_CACHE)},mode=max`]],
  ['ci', 'local', false, []],
  ['ci', 'local', true, [`${TO(CI_CACHE)},mode=max`]],
  ['ci', 'disabled', false, ['--no-cache']],
  ['ci', 'disabled', true, ['--no-cache', `${TO(CI_CACHE)},mode=max`]],
  ['prod', 'pulled', false, [FROM(PROD_CACHE)]],
  ['prod', 'pulled', true, [FROM(PROD_CACHE), `${TO(PROD_CACHE)},mode=max`]],
  ['prod', 'local', false, []],
  ['prod', 'local', true, [`${TO(PROD_CACHE)},mode=max`]],
  ['prod', 'disabled', false, ['--no-cache']],
  ['prod', 'disabled', true, ['--no-cache', `${TO(PROD_CACHE)},mode=max`]],
];
for (const [kind, dockerCache, prepareBuildxCache, cacheFlags] of cacheTable) {
  argvSuite(`buildx, ${kind}, DOCKER_CACHE=${dockerCache}, PREPARE_BUILDX_CACHE=${prepareBuildxCache}`, () => {
    const image = kind === 'ci' ? CI_LOCAL : PROD_LOCAL;
    const { argv, env } = buildArgv(
      plan({
        kind,
        dockerCache,
        prepareBuildxCache,
        localImage: image,
        cacheRef: kind === 'ci' ? CI_CACHE : PROD_CACHE,
        dockerfile: 'Dockerfile',
      }),
    );
    assert.equal(argv, [
      'buildx',
      'build',
      '--builder',
      'airflow_cache',
      '--progress=plain',
      '--pull',
      ...cacheFlags,
      '--build-arg',
      'PYTHON_BASE_IMAGE=python:3.8-slim-buster',
      '--target',
      'main',
      '-f',
      'Dockerfile',
      '-t',
      image,
      '--load',
      '.',
    ]);
    assert.equal(env, {});
  });
}

argvSuite('platform and extra build args go where the plan says, args in order', () => {
  const { argv } = buildArgv(
    plan({ platform: 'linux/arm64', buildArgs: ['AIRFLOW_EXTRAS=devel_ci', 'A=b c'], python: '3.9', builder: 'default' }),
  );
  assert.equal(argv, [
    'buildx',
    'build',
    '--builder',
    'default',
    '--progress=plain',
    '--pull',
    '--platform',
    'linux/arm64',
    FROM(CI_CACHE),
    '--build-arg',
    'PYTHON_BASE_IMAGE=python:3.9-slim-buster',
    '--build-arg',
    'AIRFLOW_EXTRAS=devel_ci',
    '--build-arg',
    'A=b c',
    '--target',
    'main',
    '-f',
    'Dockerfile.ci',
    '-t',
    CI_LOCAL,
    '--load',
    '.',
  ]);
});

const classicTable: [BuildPlan['dockerCache'], string[]][] = [
  ['pulled', ['--cache-from', CI_CACHE]],
  ['local', []],
  ['disabled', ['--no-cache']],
];
for (const [dockerCache, cacheFlags] of classicTable) {
  argvSuite(`no buildx, DOCKER_CACHE=${dockerCache}: classic build with BuildKit inline cache`, () => {
    assert.equal(buildArgv(plan({ buildx: false, dockerCache, platform: 'linux/amd64', buildArgs: ['K=V'] })), {
      argv: [
        'build',
        '--progress=plain',
        '--pull',
        '--platform',
        'linux/amd64',
        ...cacheFlags,
        '--build-arg',
        'BUILDKIT_INLINE_CACHE=1',
        '--build-arg',
        'PYTHON_BASE_IMAGE=python:3.8-slim-buster',
        '--build-arg',
        'K=V',
        '--target',
        'main',
        '-f',
        'Dockerfile.ci',
        '-t',
        CI_LOCAL,
        '.',
      ],
      env: { DOCKER_BUILDKIT: '1' },
    });
  });
}

argvSuite(
  'PREPARE_BUILDX_CACHE=true without buildx: the classic build with its inline cache (prepare pushes it as the cache), no error',
  () => {
    for (const kind of ['ci', 'prod'] as const) {
      const { argv, env } = buildArgv(plan({ kind, buildx: false, prepareBuildxCache: true }));
      assert.equal(argv.slice(0, 6), ['build', '--progress=plain', '--pull', '--cache-from', CI_CACHE, '--build-arg']);
      assert.ok(argv.includes('BUILDKIT_INLINE_CACHE=1'));
      assert.not.ok(
        argv.some((a) => a.startsWith('--cache-to')),
        'the classic builder has no --cache-to',
      );
      assert.equal(env, { DOCKER_BUILDKIT: '1' });
    }
  },
);

argvSuite.run();

// ---------------------------------------------------------------------------------------------
const NO_DAEMON = 'unix:///nonexistent/ci-images/docker.sock';
const dry = suite('DockerRunner in dry-run');

dry('records every command, echoes it with [dry-run], runs nothing', async () => {
  const lines: string[] = [];
  const runner = new DockerRunner({ dryRun: true, log: (l) => lines.push(l), dockerHost: NO_DAEMON });
  // Any of these would fail against the nonexistent socket if it really ran.
  await runner.pull('ghcr.io/apache/airflow-master-python3.8-ci-v2:latest');
  await runner.tag('ghcr.io/apache/airflow-master-python3.8-ci-v2:latest', CI_LOCAL);
  await runner.push('ghcr.io/apache/airflow-master-python3.8-ci-v2:latest');
  assert.ok(await runner.imageExists(CI_LOCAL));
  assert.ok(await runner.buildxAvailable());
  await runner.ensureBuilder('airflow_cache');
  await runner.build(plan({ prepareBuildxCache: true }));
  assert.equal(runner.commands, [
    ['pull', 'ghcr.io/apache/airflow-master-python3.8-ci-v2:latest'],
    ['tag', 'ghcr.io/apache/airflow-master-python3.8-ci-v2:latest', CI_LOCAL],
    ['push', 'ghcr.io/apache/airflow-master-python3.8-ci-v2:latest'],
    ['image', 'inspect', CI_LOCAL],
    ['buildx', 'version'],
    ['buildx', 'inspect', 'airflow_cache'],
    ['buildx', 'create', '--name', 'airflow_cache'],
    buildArgv(plan({ prepareBuildxCache: true })).argv,
  ]);
  assert.is(lines.length, 7);
  for (const line of lines) assert.match(line, /^\[dry-run\] docker /);
  assert.is(lines[5], '[dry-run] docker buildx inspect airflow_cache || docker buildx create --name airflow_cache');
  assert.is(lines[1], `[dry-run] docker tag ghcr.io/apache/airflow-master-python3.8-ci-v2:latest ${CI_LOCAL}`);
});

dry('the same runner without dry-run really runs: it fails against the missing daemon, with the command in the error', async () => {
  const lines: string[] = [];
  const runner = new DockerRunner({ dryRun: false, log: (l) => lines.push(l), dockerHost: NO_DAEMON, pushRetry: FAST_RETRY });
  try {
    await runner.pull('busybox:latest');
    assert.unreachable('pull against a missing daemon must fail');
  } catch (error) {
    assert.instance(error, DockerCommandError);
    assert.match((error as Error).message, /^docker pull busybox:latest failed with exit code 1:\n/);
    assert.match((error as Error).message, /Cannot connect to the Docker daemon|nonexistent/);
  }
  // A connection failure is transient: push retries it with backoff, then gives up.
  const pushError = await runner.push('busybox:latest').then(
    () => undefined,
    (e: Error) => e,
  );
  assert.instance(pushError, DockerCommandError);
  assert.is(runner.commands.filter((c) => c[0] === 'push').length, FAST_RETRY.attempts);
  assert.is(lines.filter((l) => /^push of busybox:latest failed \(attempt \d\), retrying in/.test(l)).length, FAST_RETRY.attempts - 1);
});

dry('login puts the password on stdin only: not in the echoed line, not in argv, not in errors', async () => {
  const password = 'dry-run-Secret-p4ss';
  const lines: string[] = [];
  const runner = new DockerRunner({ dryRun: true, log: (l) => lines.push(l), dockerHost: NO_DAEMON });
  await runner.login('ghcr.io', { username: 'apache', password });
  assert.equal(runner.commands, [['login', '--username', 'apache', '--password-stdin', 'ghcr.io']]);
  assert.equal(lines, ['[dry-run] docker login --username apache --password-stdin ghcr.io']);

  const real = new DockerRunner({ dryRun: false, log: (l) => lines.push(l), dockerHost: NO_DAEMON });
  const error = await real.login('ghcr.io', { username: 'apache', password }).then(
    () => undefined,
    (e: Error) => e,
  );
  assert.instance(error, DockerCommandError);
  assert.not.ok(JSON.stringify(real.commands).includes(password));
  assert.not.ok(error!.message.includes(password));
  assert.not.ok(lines.some((l) => l.includes(password)));
});

dry.run();

// ---------------------------------------------------------------------------------------------
/** Per-suite servers; `before` failures are kept and rethrown by every test (uvu would hide them). */
interface RealEnv {
  dockerd?: Dockerd;
  registry?: RegistryServer;
  dockerConfig?: string;
  error?: unknown;
}
type Ready = Required<Omit<RealEnv, 'error'>>;

function ready(ctx: RealEnv): Ready {
  if (ctx.error) throw ctx.error;
  if (!ctx.dockerd || !ctx.registry || !ctx.dockerConfig) throw new Error('suite setup did not finish');
  return ctx as Ready;
}

function realSuite(name: string, mode: 'open' | 'basic') {
  const s = suite<RealEnv>(name, {});
  if (!dockerAvailable()) {
    console.log(`${name}: ${DOCKER_UNAVAILABLE}`);
    return { test: s.skip, run: () => s.run() };
  }
  s.before(async (ctx) => {
    try {
      ctx.dockerConfig = mkdtempSync(join(tmpdir(), 'ci-images-docker-config-'));
      [ctx.dockerd, ctx.registry] = await Promise.all([startDockerd(), startRegistry({ mode })]);
    } catch (error) {
      ctx.error = error;
    }
  });
  s.after(async (ctx) => {
    await Promise.allSettled([ctx.registry?.stop(), ctx.dockerd?.stop()]);
    if (ctx.dockerConfig) rmSync(ctx.dockerConfig, { recursive: true, force: true });
  });
  return { test: s, run: () => s.run() };
}

function realRunner(env: Ready, lines: string[]): DockerRunner {
  return new DockerRunner({
    dryRun: false,
    log: (l) => lines.push(l),
    dockerHost: env.dockerd.dockerHost,
    env: { ...process.env, DOCKER_CONFIG: env.dockerConfig },
    pushRetry: FAST_RETRY,
    userDockerConfig: env.dockerConfig,
  });
}

const images = realSuite('DockerRunner for real: build, push, pull, tag (dockerd + open registry)', 'open');

images.test('build the scratch fixture, push it, verify with skopeo, remove, pull back, tag', async (ctx) => {
  const env = ready(ctx);
  const lines: string[] = [];
  const runner = realRunner(env, lines);
  const remote = `${env.registry.host}/apache/airflow-master-python3.8-ci-v2:latest`;
  const local = 'apache/airflow:master-python3.8-ci';
  const fixturePlan = plan({
    buildx: false,
    dockerCache: 'pulled',
    cacheRef: `${env.registry.host}/apache/airflow-master-python3.8-ci-v2:cache`,
    localImage: remote,
    dockerfile: join(FIXTURE, 'Dockerfile'),
    context: FIXTURE,
  });

  // buildArgv's classic form asks for BuildKit (DOCKER_BUILDKIT=1). The docker 28 CLI only speaks
  // BuildKit through the buildx plugin, which this Debian engine lacks: build() then reruns the
  // same argv with DOCKER_BUILDKIT=0 (the legacy builder) and says so.
  await runner.build(fixturePlan);
  assert.ok(await runner.imageExists(remote));
  assert.ok(
    lines.some((l) => /Successfully tagged|naming to/.test(l)),
    'build output is streamed to the log',
  );

  await runner.push(remote);
  const inspected = JSON.parse(await skopeo(env.registry, ['inspect', '--tls-verify=false', `docker://${remote}`]));
  assert.is(inspected.Labels['org.opencontainers.image.title'], 'ci-images test fixture');

  await runner.run(['rmi', remote]);
  assert.not.ok(await runner.imageExists(remote));
  await runner.pull(remote);
  await runner.tag(remote, local);
  assert.ok(await runner.imageExists(local));
  const labels = JSON.parse((await runner.run(['image', 'inspect', '--format', '{{json .Config.Labels}}', local])).stdout);
  assert.is(labels['org.opencontainers.image.title'], 'ci-images test fixture');
  assert.ok(lines.includes(`docker push ${remote}`), 'each command is echoed before it runs');
});

images.test("a failed pull throws with the command and the tail of docker's stderr", async (ctx) => {
  const env = ready(ctx);
  const runner = realRunner(env, []);
  const missing = `${env.registry.host}/apache/airflow-master-python3.8-ci-v2:no-such-tag`;
  const error = await runner.pull(missing).then(
    () => undefined,
    (e: Error) => e,
  );
  assert.instance(error, DockerCommandError);
  assert.ok(error!.message.startsWith(`docker pull ${missing} failed with exit code 1:\n`), error!.message);
  assert.match(error!.message, /manifest unknown|not found/i);
});

images.test('buildxAvailable() matches the exit of `docker buildx version`', async (ctx) => {
  const env = ready(ctx);
  const expected = await execFileP('docker', ['-H', env.dockerd.dockerHost, 'buildx', 'version']).then(
    () => true,
    () => false,
  );
  assert.is(await realRunner(env, []).buildxAvailable(), expected);
});

images.run();

const auth = realSuite('DockerRunner for real: login (dockerd + basic-auth registry)', 'basic');

auth.test('login succeeds with the password on stdin; no echoed line shows it', async (ctx) => {
  const env = ready(ctx);
  const lines: string[] = [];
  const runner = realRunner(env, lines);
  // The user's own login, kept in a credsStore: it must stay exactly as it is.
  const userFile = join(env.dockerConfig, 'config.json');
  const userBytes = JSON.stringify({ auths: { 'ghcr.io': {} }, credsStore: 'desktop', detachKeys: 'ctrl-e,e' }, null, '\t');
  writeFileSync(userFile, userBytes);
  await runner.login(env.registry.host, { username: env.registry.username, password: env.registry.password });
  assert.equal(lines, [`docker login --username ${env.registry.username} --password-stdin ${env.registry.host}`]);
  const runDir = runner.runDockerConfig!;
  const stored = JSON.parse(readFileSync(join(runDir, 'config.json'), 'utf8'));
  assert.ok(stored.auths?.[env.registry.host], `docker stored credentials for ${env.registry.host} in the run's DOCKER_CONFIG`);
  assert.equal(stored.credHelpers, { 'ghcr.io': 'desktop' }, "the user's credsStore still answers for the hosts it holds");
  assert.is(stored.credsStore, undefined, 'no credsStore: docker would have written our token into it');
  assert.is(stored.detachKeys, 'ctrl-e,e');
  assert.is(readFileSync(userFile, 'utf8'), userBytes, "the user's config.json is byte-for-byte unchanged");

  const wrong = 'wrong-Password-9x';
  const error = await runner.login(env.registry.host, { username: env.registry.username, password: wrong }).then(
    () => undefined,
    (e: Error) => e,
  );
  assert.instance(error, DockerCommandError);
  assert.match(error!.message, /unauthorized|401|incorrect/i);
  for (const secret of [env.registry.password, wrong]) {
    assert.not.ok(lines.some((l) => l.includes(secret)));
    assert.not.ok(error!.message.includes(secret));
    assert.not.ok(JSON.stringify(runner.commands).includes(secret));
  }
  await runner.logoutAll();
  assert.not.ok(existsSync(runDir), "the run's DOCKER_CONFIG is removed at the end");
  assert.is(readFileSync(userFile, 'utf8'), userBytes, "the user's config.json is byte-for-byte unchanged after logout");
  rmSync(userFile);
});

auth.run();
