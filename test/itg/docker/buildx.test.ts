/**
 * buildx for real: trixie's dockerd 26 + docker CLI 26 + buildx 0.13 (testing/buildx.ts, fetched
 * from the machine's Debian mirror and cached), the containerd image store, the daemon's own
 * builder (BUILDX_BUILDER=default), one open registry. One daemon for the suite.
 * - the cache job (PREPARE_BUILDX_CACHE=true) writes `:cache` with `--cache-to …,mode=max`; after
 *   the daemon is pruned a later build reads it: its steps CACHED, the same layer digests;
 * - BUILD_PLATFORM=linux/amd64,linux/arm64: prepare pushes an index, push-images promotes it (it
 *   does not re-tag the local single-platform image over it), skopeo sees both platforms;
 * - push-images without the index prepare should have pushed: one line naming the platforms.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { dockerAvailable, DOCKER_UNAVAILABLE } from '../../../testing/dockerd.ts';
import { startBuildxDaemon, trixieDocker, type BuildxDaemon } from '../../../testing/buildx.ts';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { skopeo } from '../../helpers/images.ts';
import { jsonResult, runScript } from '../../helpers/run-script.ts';

const execFileP = promisify(execFile);
const FIXTURE = resolve('testing/fixtures/layers');
const PREPARE = 'scripts/ci/images/prepare-ci-image.ts';
const PUSH = 'scripts/ci/images/push-images.ts';
const REPO = 'apache/airflow-master-python3.8-ci-v2';
const LOCAL = 'apache/airflow:master-python3.8-ci';
const SHA = 'fedcba9876543210fedcba9876543210fedcba98';

interface Ctx {
  daemon?: BuildxDaemon;
  registry?: RegistryServer;
  error?: unknown;
  started?: number;
}
type Ready = Required<Pick<Ctx, 'daemon' | 'registry'>>;

function ready(ctx: Ctx): Ready {
  if (ctx.error) throw ctx.error;
  if (!ctx.daemon || !ctx.registry) throw new Error('suite setup did not finish');
  return ctx as Ready;
}

const s = suite<Ctx>(
  'buildx for real: dockerd 26 (containerd store) + buildx 0.13, registry cache mode=max, multi-platform prepare → push',
  {},
);
const fetched = dockerAvailable() ? await trixieDocker() : { skip: DOCKER_UNAVAILABLE };
const test = 'skip' in fetched ? (console.log(`buildx suite: ${fetched.skip}`), s.skip) : s;

s.before(async (ctx) => {
  if ('skip' in fetched) return;
  ctx.started = Date.now();
  try {
    [ctx.daemon, ctx.registry] = await Promise.all([startBuildxDaemon(fetched), startRegistry({ mode: 'open' })]);
  } catch (error) {
    ctx.error = error;
  }
});
s.after(async (ctx) => {
  await Promise.allSettled([ctx.registry?.stop(), ctx.daemon?.stop()]);
  if (ctx.started) console.log(`    buildx suite wall time (daemon start to stop): ${((Date.now() - ctx.started) / 1000).toFixed(1)} s`);
});

/** The scripts' environment: trixie's CLI named explicitly (DOCKER), its DOCKER_CONFIG with the plugin, the daemon's builder. */
function vars(env: Ready, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DOCKER: env.daemon.cli,
    DOCKER_HOST: env.daemon.dockerd.dockerHost,
    DOCKER_CONFIG: env.daemon.dockerConfig,
    BUILDX_BUILDER: 'default',
    PYTHON_MAJOR_MINOR_VERSION: '3.8',
    USE_GITHUB_REGISTRY: 'true',
    GITHUB_REGISTRY: 'ghcr.io',
    GITHUB_REPOSITORY: 'apache/airflow',
    REGISTRY_ENDPOINTS: `ghcr.io=${env.registry.url}`,
    DOCKERFILE_CI: `${FIXTURE}/Dockerfile`,
    DOCKER_CONTEXT: FIXTURE,
    ...extra,
  };
}

async function docker(env: Ready, args: string[]): Promise<string> {
  const { stdout } = await execFileP(env.daemon.cli, ['-H', env.daemon.dockerd.dockerHost, ...args], {
    env: { ...process.env, DOCKER_CONFIG: env.daemon.dockerConfig },
    timeout: 60_000,
  });
  return stdout.trim();
}

const raw = async (env: Ready, ref: string) =>
  JSON.parse(await skopeo(env.registry, ['inspect', '--raw', '--tls-verify=false', `docker://${env.registry.host}/${ref}`]));
/** The platforms an index lists, attestation manifests (`unknown/unknown`) apart. */
const platformsOf = (index: { manifests: { platform: { os: string; architecture: string } }[] }) =>
  index.manifests.filter((m) => m.platform.os !== 'unknown').map((m) => `${m.platform.os}/${m.platform.architecture}`);

test('cache job (PREPARE_BUILDX_CACHE=true): --cache-to mode=max writes :cache; daemon pruned; the next build is CACHED with the same layers', async (ctx) => {
  const env = ready(ctx);
  const job = await runScript(PREPARE, ['--json'], vars(env, { PREPARE_BUILDX_CACHE: 'true' }), { timeoutMs: 120_000 });
  assert.is(job.code, 0, job.stderr);
  const cacheRef = `${env.registry.host}/${REPO}:cache`;
  assert.match(
    job.stderr,
    new RegExp(`docker buildx build --builder default .*--cache-to=type=registry,ref=${cacheRef.replace(/\./g, '\\.')},mode=max`),
  );
  const first = jsonResult(job.stdout);
  assert.equal([first.buildx, first.builder], [true, 'default']);
  assert.equal([first.cache.steps, first.cache.cached], [4, 0], 'a cold build runs its four COPY steps');
  assert.is(first.cache.importProblem, `cache ${cacheRef} not imported (not found): building without it`, job.stderr);
  const cache = await raw(env, `${REPO}:cache`);
  assert.ok(cache.manifests?.length || cache.layers?.length, `the cache is in the registry: ${JSON.stringify(cache)}`);
  const layers = await docker(env, ['image', 'inspect', '--format', '{{json .RootFS.Layers}}', LOCAL]);

  await docker(env, ['image', 'rm', LOCAL]);
  await docker(env, ['buildx', 'prune', '--builder', 'default', '-af']);
  assert.is(await docker(env, ['image', 'ls', '-q']), '', 'no image left in the daemon');

  const later = await runScript(PREPARE, ['--json'], vars(env), { timeoutMs: 120_000 });
  assert.is(later.code, 0, later.stderr);
  assert.match(later.stderr, new RegExp(`--cache-from=type=registry,ref=${cacheRef.replace(/\./g, '\\.')} `));
  const second = jsonResult(later.stdout);
  // BuildKit sometimes reports the last cached step DONE instead of CACHED: the layer digests decide.
  assert.ok(second.cache.steps === 4 && second.cache.cached >= 3, `cached ${second.cache.cached}/${second.cache.steps}`);
  assert.is(second.cache.importProblem, undefined);
  assert.is(await docker(env, ['image', 'inspect', '--format', '{{json .RootFS.Layers}}', LOCAL]), layers, 'the same layer digests');
  console.log(
    `    buildx cache: cold ${first.cache.cached}/${first.cache.steps} cached (${first.cache.buildSeconds} s), ` +
      `pruned daemon ${second.cache.cached}/${second.cache.steps} cached (${second.cache.buildSeconds} s)`,
  );
});

test('BUILD_PLATFORM=linux/amd64,linux/arm64: prepare pushes an index, push-images promotes it by digest over a local single-platform image', async (ctx) => {
  const env = ready(ctx);
  const multi = vars(env, { BUILD_PLATFORM: 'linux/amd64,linux/arm64', GITHUB_REGISTRY_PUSH_IMAGE_TAG: '4242', COMMIT_SHA: SHA });
  const prepared = await runScript(PREPARE, ['--json'], multi, { timeoutMs: 120_000 });
  assert.is(prepared.code, 0, prepared.stderr);
  const doc = jsonResult(prepared.stdout);
  assert.equal(doc.pushed, [`ghcr.io/${REPO}:4242`, `ghcr.io/${REPO}:${SHA}`]);
  // buildx names each step with its platform; BuildKit solves a platform-independent step (COPY onto scratch) once.
  assert.match(prepared.stderr, /^#\d+ \[linux\/(amd64|arm64) main 2\/2\] COPY --from=base/m);
  assert.ok(doc.cache.steps >= 4, `steps counted from buildx's progress: ${doc.cache.steps}`);
  const index = await raw(env, `${REPO}:4242`);
  assert.equal(platformsOf(index), ['linux/amd64', 'linux/arm64']);

  // The daemon holds a single-platform image under the local name (the first test built it): the old push re-tagged that.
  assert.match(await docker(env, ['image', 'inspect', '--format', '{{.Architecture}}', LOCAL]), /^amd64$/);
  const pushed = await runScript(PUSH, ['--json'], multi, { timeoutMs: 120_000 });
  assert.is(pushed.code, 0, pushed.stderr);
  const result = jsonResult(pushed.stdout);
  assert.equal(
    result.images.map((i: { imageReference: string }) => i.imageReference),
    [`ghcr.io/${REPO}:4242`, `ghcr.io/${REPO}:${SHA}`],
  );
  assert.equal(
    result.images.map((i: { imageDigest: string }) => i.imageDigest),
    [doc.images[0].digest, doc.images[0].digest],
    'the index prepare pushed',
  );
  for (const tag of ['4242', SHA]) assert.equal(platformsOf(await raw(env, `${REPO}:${tag}`)), ['linux/amd64', 'linux/arm64'], `:${tag}`);
  assert.not.match(pushed.stderr, /docker (tag|push)/, 'no docker tag or push of a local image');
  const arm = JSON.parse(
    await skopeo(env.registry, [
      'inspect',
      '--tls-verify=false',
      '--override-arch',
      'arm64',
      `docker://${env.registry.host}/${REPO}:${SHA}`,
    ]),
  );
  assert.is(arm.Architecture, 'arm64');
});

test('push-images with several BUILD_PLATFORMs and no index from prepare: exit 1, one line naming the platforms; nothing pushed', async (ctx) => {
  const env = ready(ctx);
  const run = await runScript(
    PUSH,
    [],
    vars(env, { BUILD_PLATFORM: 'linux/amd64,linux/arm64', GITHUB_REGISTRY_PUSH_IMAGE_TAG: 'never-prepared' }),
  );
  assert.is(run.code, 1, run.stderr);
  const errors = run.stderr.split('\n').filter((l) => l.startsWith('error: '));
  assert.equal(errors, [
    `error: BUILD_PLATFORM=linux/amd64,linux/arm64: no multi-platform image at ghcr.io/${REPO}:never-prepared: ` +
      'run prepare with BUILD_PLATFORM=linux/amd64,linux/arm64 first (it pushes the index); push does not re-tag a local single-platform image over it',
  ]);
  const tags = JSON.parse(await skopeo(env.registry, ['list-tags', '--tls-verify=false', `docker://${env.registry.host}/${REPO}`])).Tags;
  assert.not.ok(tags.includes('never-prepared'), 'the local image was not pushed under the tag');
});

test('the dedicated builder (BUILDX_BUILDER=airflow_cache, docker-container driver) where it cannot start: one line why and how to pick another', async (ctx) => {
  const env = ready(ctx);
  const { BUILDX_BUILDER: _default, ...withoutBuilder } = vars(env, { PREPARE_BUILDX_CACHE: 'true', BRANCH_NAME: 'dedicated' });
  const run = await runScript(PREPARE, [], withoutBuilder, { timeoutMs: 120_000 });
  if (run.code === 0) {
    // A machine that reaches Docker Hub starts moby/buildkit: then the builder is simply used.
    assert.match(run.stderr, /docker buildx build --builder airflow_cache /);
    return;
  }
  assert.is(run.code, 1, run.stderr);
  const errors = run.stderr.split('\n').filter((l) => l.startsWith('error: '));
  assert.is(errors.length, 1, run.stderr);
  assert.match(
    errors[0],
    /^error: BUILDX_BUILDER=airflow_cache: the builder cannot start \(.*moby\/buildkit.*\); set BUILDX_BUILDER=default to build with the daemon's own builder/,
  );
  assert.not.match(run.stderr, /docker buildx build /, 'no build attempted');
});

s.run();
