/**
 * BuildKit for real: one private dockerd (vfs), one open registry, Debian's docker CLI 20.10
 * (`/usr/bin/docker`, which still drives BuildKit without the buildx plugin). The registry cache
 * is proven by a build, a push, a prune and a second build that reports every step CACHED; a
 * two-platform image is built one platform per build and assembled into an OCI index by our
 * registry client; merge-platforms and hasPlatform work on what those builds pushed.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { loadConfig, type Config } from '../../../lib/config/load.ts';
import { registryClient } from '../../../lib/cli/clients.ts';
import { DockerRunner, type BuildResult } from '../../../lib/docker/runner.ts';
import type { BuildPlan } from '../../../lib/docker/build.ts';
import { buildImage, type PrepareResult } from '../../../lib/commands/prepare.ts';
import { hasPlatform } from '../../../lib/commands/merge-platforms.ts';
import { parseOutputFile } from '../../../lib/github/actions.ts';
import { parseReference } from '../../../lib/registry/index.ts';
import { DOCKER_UNAVAILABLE, dockerAvailable, startDockerd, type Dockerd } from '../../../testing/dockerd.ts';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { skopeo } from '../../helpers/images.ts';
import { jsonResult, runScript } from '../../helpers/run-script.ts';
import { withoutParity } from '../../helpers/parity.ts';

const execFileP = promisify(execFile);
/** Debian's docker CLI: 20.10 still speaks BuildKit itself; /usr/local/bin/docker (28) needs buildx. */
const BUILDKIT_CLI = '/usr/bin/docker';
const FIXTURE = resolve('testing/fixtures/layers');
const MERGE = 'scripts/ci/images/merge-platforms.ts';
const PUSH = 'scripts/ci/images/push-images.ts';
const PREPARE = 'scripts/ci/images/prepare-ci-image.ts';
const REPO = 'apache/airflow-master-python3.8-ci-v2';
const SHA = '0123456789abcdef0123456789abcdef01234567';

interface Ctx {
  dockerd?: Dockerd;
  registry?: RegistryServer;
  dir?: string;
  error?: unknown;
  /** Filled by the multi-platform test, used by the later ones. */
  multi?: PrepareResult;
}
type Ready = Required<Pick<Ctx, 'dockerd' | 'registry' | 'dir'>> & Ctx;

function ready(ctx: Ctx): Ready {
  if (ctx.error) throw ctx.error;
  if (!ctx.dockerd || !ctx.registry || !ctx.dir) throw new Error('suite setup did not finish');
  return ctx as Ready;
}

const s = suite<Ctx>('BuildKit for real: registry cache, multi-platform index, merge-platforms (dockerd + registry)', {});
const usable = dockerAvailable() && existsSync(BUILDKIT_CLI);
const test = usable ? s : (console.log(`buildkit suite: ${DOCKER_UNAVAILABLE} and ${BUILDKIT_CLI}`), s.skip);

s.before(async (ctx) => {
  if (!usable) return;
  try {
    ctx.dir = mkdtempSync(join(tmpdir(), 'ci-images-buildkit-'));
    [ctx.dockerd, ctx.registry] = await Promise.all([startDockerd(), startRegistry({ mode: 'open' })]);
  } catch (error) {
    ctx.error = error;
  }
});
s.after(async (ctx) => {
  await Promise.allSettled([ctx.registry?.stop(), ctx.dockerd?.stop()]);
  if (ctx.dir) rmSync(ctx.dir, { recursive: true, force: true });
});

function runner(env: Ready, lines: string[] = []): DockerRunner {
  return new DockerRunner({
    dryRun: false,
    log: (l) => lines.push(l),
    binary: BUILDKIT_CLI,
    dockerHost: env.dockerd.dockerHost,
    env: { ...process.env, DOCKER_CONFIG: join(env.dir, 'docker-config') },
  });
}

function config(env: Ready, extra: Record<string, string> = {}): Config {
  return loadConfig(
    {
      PYTHON_MAJOR_MINOR_VERSION: '3.8',
      USE_GITHUB_REGISTRY: 'true',
      GITHUB_REGISTRY: 'ghcr.io',
      GITHUB_REPOSITORY: 'apache/airflow',
      REGISTRY_ENDPOINTS: `ghcr.io=${env.registry.url}`,
      DOCKERFILE_CI: join(FIXTURE, 'Dockerfile'),
      DOCKER_CONTEXT: FIXTURE,
      HOME: env.dir,
      ...extra,
    },
    { envFile: false },
  );
}

/** prepare-ci-image / push-images environment: Debian's 20.10 CLI named explicitly (DOCKER), no buildx plugin. */
function scriptVars(env: Ready, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DOCKER: BUILDKIT_CLI,
    DOCKER_HOST: env.dockerd.dockerHost,
    DOCKER_CONFIG: join(env.dir, 'docker-config'),
    PYTHON_MAJOR_MINOR_VERSION: '3.8',
    USE_GITHUB_REGISTRY: 'true',
    GITHUB_REGISTRY: 'ghcr.io',
    GITHUB_REPOSITORY: 'apache/airflow',
    REGISTRY_ENDPOINTS: `ghcr.io=${env.registry.url}`,
    DOCKERFILE_CI: join(FIXTURE, 'Dockerfile'),
    DOCKER_CONTEXT: FIXTURE,
    ...extra,
  };
}

async function dockerCli(env: Ready, args: string[]): Promise<string> {
  return (await execFileP(BUILDKIT_CLI, ['-H', env.dockerd.dockerHost, ...args])).stdout.trim();
}

const inspect = async (env: Ready, ref: string, extra: string[] = []) =>
  JSON.parse(await skopeo(env.registry, ['inspect', '--tls-verify=false', ...extra, `docker://${env.registry.host}/${ref}`]));

test('registry cache: build, push :cache, prune everything, rebuild --cache-from: every step CACHED, same config digest', async (ctx) => {
  const env = ready(ctx);
  const lines: string[] = [];
  const docker = runner(env, lines);
  const image = `${env.registry.host}/${REPO}:latest`;
  const cacheRef = `${env.registry.host}/${REPO}:cache`;
  const plan: BuildPlan = {
    kind: 'ci',
    python: '3.8',
    localImage: image,
    cacheRef,
    dockerCache: 'pulled',
    prepareBuildxCache: false,
    buildx: false,
    builder: 'default',
    dockerfile: join(FIXTURE, 'Dockerfile'),
    context: FIXTURE,
    target: 'main',
    buildArgs: [],
  };
  const first = (await docker.build(plan)) as BuildResult;
  assert.is(first.engine, 'buildkit');
  assert.equal([first.steps, first.cached, first.run], [4, 0, 4], 'a cold build runs its four COPY steps');
  assert.equal(
    first.cacheImports.map((c) => [c.ref, c.error]),
    [[cacheRef, 'not found']],
    'the missing cache is reported, not silent',
  );
  const configDigest = await dockerCli(env, ['image', 'inspect', '--format', '{{.Id}}', image]);

  // The image carries its inline cache (BUILDKIT_INLINE_CACHE=1): pushed as <image>:cache it is the registry cache.
  await docker.tag(image, cacheRef);
  await docker.push(cacheRef);
  const pushedConfig = JSON.parse(await skopeo(env.registry, ['inspect', '--raw', '--tls-verify=false', `docker://${cacheRef}`])).config
    .digest;
  assert.is(pushedConfig, configDigest);
  await docker.run(['image', 'rm', image, cacheRef]);
  await docker.run(['builder', 'prune', '-af']);
  assert.not.ok(await docker.imageExists(image));
  assert.is(await dockerCli(env, ['image', 'ls', '-q']), '', 'no image left in the daemon');

  const second = (await docker.build(plan)) as BuildResult;
  assert.equal([second.steps, second.cached, second.run], [4, 4, 0], 'every step CACHED from the registry');
  assert.equal(second.cacheImports, [{ ref: cacheRef }]);
  assert.is(await dockerCli(env, ['image', 'inspect', '--format', '{{.Id}}', image]), configDigest, 'the same image config');
  assert.ok(
    lines.some((l) => /^#\d+ CACHED$/.test(l)),
    'BuildKit progress is streamed to the log',
  );
  console.log(
    `    cache figures: first ${first.cached}/${first.steps} cached (steps ${first.seconds} s, build ${first.wallSeconds} s), second ${second.cached}/${second.steps} cached (steps ${second.seconds} s, build ${second.wallSeconds} s)`,
  );
});

test('prepare-ci-image with DOCKER=/usr/bin/docker: the report says how much came from the cache, and when there was none', async (ctx) => {
  const env = ready(ctx);
  const vars = {
    DOCKER: BUILDKIT_CLI,
    DOCKER_HOST: env.dockerd.dockerHost,
    DOCKER_CONFIG: join(env.dir, 'docker-config'),
    PYTHON_MAJOR_MINOR_VERSION: '3.8',
    USE_GITHUB_REGISTRY: 'true',
    GITHUB_REGISTRY: 'ghcr.io',
    GITHUB_REPOSITORY: 'apache/airflow',
    REGISTRY_ENDPOINTS: `ghcr.io=${env.registry.url}`,
    DOCKERFILE_CI: join(FIXTURE, 'Dockerfile'),
    DOCKER_CONTEXT: FIXTURE,
  };
  // The :cache pushed by the first test is this branch's cache.
  const summary = join(env.dir, 'step-summary.md');
  const hit = await runScript(PREPARE, ['--json'], { ...vars, GITHUB_STEP_SUMMARY: summary });
  assert.is(hit.code, 0, hit.stderr);
  // The job summary says what the cache did.
  assert.match(readFileSync(summary, 'utf8'), /\| `apache\/airflow:master-python3\.8-ci` \| built \| – \| 4\/4 steps cached, [\d.]+ s \|/);
  const doc = jsonResult(hit.stdout);
  assert.equal([doc.cache.steps, doc.cache.cached, doc.cache.engine, doc.cache.importProblem], [4, 4, 'buildkit', undefined]);
  assert.match(hit.stderr, /^#\d+ CACHED$/m);

  // A new branch has no cache yet: one line says so, on stderr (the log) and in the report.
  const miss = await runScript(PREPARE, [], { ...vars, BRANCH_NAME: 'feature-x' });
  assert.is(miss.code, 0, miss.stderr);
  const cacheRef = `${env.registry.host}/apache/airflow-feature-x-python3.8-ci-v2:cache`;
  const problem = `cache: cache ${cacheRef} not imported (not found): building without it`;
  assert.ok(miss.stdout.split('\n').includes(problem), miss.stdout);
  assert.match(miss.stdout, /^cache: \d\/4 steps cached \(\d run in [\d.]+ s; build [\d.]+ s\)$/m);
});

test('multi-platform without buildx: one BuildKit build per platform, pushed by digest, OCI index pushed by our client', async (ctx) => {
  const env = ready(ctx);
  const lines: string[] = [];
  const cfg = config(env, { BUILD_PLATFORM: 'linux/amd64,linux/arm64', COMMIT_SHA: SHA, GITHUB_REGISTRY_PUSH_IMAGE_TAG: '4242' });
  const client = registryClient(cfg);
  const result = await buildImage(
    cfg,
    runner(env, lines),
    { image: 'ci', python: '3.8', dryRun: false, timeoutSeconds: 10, log: (l) => lines.push(l) },
    client,
  );
  ctx.multi = result;
  assert.is(result.buildx, false);
  assert.equal(result.pushed, [`ghcr.io/${REPO}:4242`, `ghcr.io/${REPO}:${SHA}`]);
  assert.equal(
    result.platforms?.map((p) => p.platform),
    ['linux/amd64', 'linux/arm64'],
  );
  assert.ok(
    lines
      .map(withoutParity)
      .includes(
        `DOCKER_BUILDKIT=1 docker build --progress=plain --pull --platform linux/arm64 --cache-from ${env.registry.host}/${REPO}:cache-linux-arm64 ` +
          `--build-arg BUILDKIT_INLINE_CACHE=1 --build-arg PYTHON_BASE_IMAGE=python:3.8-slim-buster --target main -f ${FIXTURE}/Dockerfile ` +
          `-t ${env.registry.host}/${REPO}:4242-linux-arm64 ${FIXTURE}`,
      ),
    lines.join('\n'),
  );
  assert.equal(result.cache && [result.cache.steps, result.cache.engine], [8, 'buildkit']);

  const index = JSON.parse(
    await skopeo(env.registry, ['inspect', '--raw', '--tls-verify=false', `docker://${env.registry.host}/${REPO}:4242`]),
  );
  assert.is(index.mediaType, 'application/vnd.oci.image.index.v1+json');
  assert.equal(
    index.manifests.map((m: { platform: { architecture: string } }) => m.platform.architecture),
    ['amd64', 'arm64'],
  );
  assert.equal(
    index.manifests.map((m: { digest: string }) => m.digest),
    result.platforms?.map((p) => p.digest),
  );
  const byTag = await skopeo(env.registry, ['inspect', '--raw', '--tls-verify=false', `docker://${env.registry.host}/${REPO}:${SHA}`]);
  assert.equal(JSON.parse(byTag), index, 'the commit tag names the same index');
  assert.is(result.images[0].digest, `sha256:${(await import('node:crypto')).createHash('sha256').update(byTag).digest('hex')}`);

  // skopeo resolves the index to the child of the platform asked for (its Digest field stays the index's).
  assert.is((await inspect(env, `${REPO}:4242`, ['--override-arch', 'arm64'])).Architecture, 'arm64');
  assert.is((await inspect(env, `${REPO}:4242`, ['--override-arch', 'amd64'])).Architecture, 'amd64');
  await skopeo(env.registry, [
    'copy',
    '--all',
    '--src-tls-verify=false',
    '--dest-tls-verify=false',
    `docker://${env.registry.host}/${REPO}:4242`,
    `docker://${env.registry.host}/copied/multi:1`,
  ]);
  const copied = JSON.parse(
    await skopeo(env.registry, ['inspect', '--raw', '--tls-verify=false', `docker://${env.registry.host}/copied/multi:1`]),
  );
  assert.is(copied.manifests.length, 2, 'skopeo copy --all copies both platforms');

  const ref = parseReference(`ghcr.io/${REPO}:4242`);
  assert.ok(await hasPlatform(client, ref, 'linux/arm64'));
  assert.ok(await hasPlatform(client, ref, 'linux/arm64/v8'), 'arm64/v8 is arm64');
  assert.not.ok(await hasPlatform(client, ref, 'linux/s390x'));
  const child = { ...ref, tag: undefined, digest: result.platforms![1].digest };
  assert.ok(await hasPlatform(client, child, 'linux/arm64'), 'a single image: its config says arm64');
  assert.not.ok(await hasPlatform(client, child, 'linux/amd64'));
  assert.not.ok(await hasPlatform(client, { ...ref, tag: 'no-such-tag' }, 'linux/amd64'), 'absent: false, so a wait can poll');
});

test('merge-platforms: the same index from the pushed digests (imageDigest output); missing, duplicate and malformed digests refused', async (ctx) => {
  const env = ready(ctx);
  const children = (ctx.multi?.platforms ?? []).map((p) => p.digest!);
  assert.is(children.length, 2, 'needs the multi-platform test');
  const output = join(env.dir, 'github-output');
  writeFileSync(output, '');
  const vars = { REGISTRY_ENDPOINTS: `ghcr.io=${env.registry.url}`, GITHUB_OUTPUT: output };
  const target = `ghcr.io/${REPO}:merged`;

  const merged = await runScript(MERGE, ['--target', target, ...children], vars);
  assert.is(merged.code, 0, merged.stderr);
  const outputs = parseOutputFile(readFileSync(output, 'utf8'));
  assert.is(outputs.get('imageDigest'), ctx.multi?.images[0].digest, 'same children, same order: the same index digest');
  assert.is(outputs.get('imageReference'), target);
  assert.match(
    merged.stdout,
    new RegExp(
      `^Pushed index ${target.replace(/[.]/g, '\\.')} sha256:[a-f0-9]{64}\n  linux/amd64 ${children[0]}\n  linux/arm64 ${children[1]}\n$`,
    ),
  );

  // Derived from the configuration: GITHUB_REGISTRY's image at the push tag, plus COMMIT_SHA; --json.
  const derived = await runScript(MERGE, ['--json', children[1], children[0]], {
    ...vars,
    GITHUB_REPOSITORY: 'apache/airflow',
    GITHUB_REGISTRY: 'ghcr.io',
    PYTHON_MAJOR_MINOR_VERSION: '3.8',
    GITHUB_REGISTRY_PUSH_IMAGE_TAG: '777',
    COMMIT_SHA: 'abc1234',
  });
  assert.is(derived.code, 0, derived.stderr);
  const doc = jsonResult(derived.stdout);
  assert.equal(doc.references, [`ghcr.io/${REPO}:777`, `ghcr.io/${REPO}:abc1234`]);
  assert.equal(
    doc.manifests.map((m: { platform: string }) => m.platform),
    ['linux/arm64', 'linux/amd64'],
  );

  const missing = `sha256:${'0'.repeat(64)}`;
  /** The error line; the `== Merging …` heading is the only other stderr line. */
  const error = (run: { stderr: string }) =>
    run.stderr
      .trim()
      .split('\n')
      .filter((l) => !l.startsWith('== '));
  const absent = await runScript(MERGE, ['--target', target, children[0], missing], vars);
  assert.is(absent.code, 1, absent.stderr);
  assert.equal(error(absent), [`error: ${missing} is not in ghcr.io/${REPO}: push it there first`]);
  const twice = await runScript(MERGE, ['--target', target, children[0], ctx.multi!.images[0].digest!], vars);
  assert.is(twice.code, 1, twice.stderr);
  assert.equal(error(twice), [`error: two images for linux/amd64: ${children[0]} and ${children[0]}; keep one`]);
  const bad = await runScript(MERGE, ['--target', target, 'sha256:abc'], vars);
  assert.is(bad.code, 2, bad.stderr);
  assert.equal(error(bad), ['error: digest="sha256:abc" is not valid: expected sha256:<64 lower-case hex digits>']);
});

test('push-images after the multi-platform prepare: the index promoted by digest, never the local single-platform image', async (ctx) => {
  const env = ready(ctx);
  const digest = ctx.multi?.images[0].digest;
  assert.ok(digest, 'needs the multi-platform test');
  // The daemon holds a single-platform image under the local name (the prepare test built it): the old push re-tagged that.
  assert.is(await dockerCli(env, ['image', 'inspect', '--format', '{{.Architecture}}', 'apache/airflow:master-python3.8-ci']), 'amd64');
  const multi = scriptVars(env, { BUILD_PLATFORM: 'linux/amd64,linux/arm64', COMMIT_SHA: SHA, GITHUB_REGISTRY_PUSH_IMAGE_TAG: '4242' });
  const pushed = await runScript(PUSH, ['--json'], multi);
  assert.is(pushed.code, 0, pushed.stderr);
  const doc = jsonResult(pushed.stdout);
  assert.equal(
    doc.images.map((i: { imageReference: string; imageDigest: string }) => [i.imageReference, i.imageDigest]),
    [
      [`ghcr.io/${REPO}:4242`, digest],
      [`ghcr.io/${REPO}:${SHA}`, digest],
    ],
  );
  assert.not.match(pushed.stderr, /docker (tag|push) /, 'no docker tag or push of a local image');
  for (const tag of ['4242', SHA]) {
    const index = JSON.parse(
      await skopeo(env.registry, ['inspect', '--raw', '--tls-verify=false', `docker://${env.registry.host}/${REPO}:${tag}`]),
    );
    assert.equal(
      index.manifests.map((m: { platform: { architecture: string } }) => m.platform.architecture),
      ['amd64', 'arm64'],
      `:${tag}`,
    );
  }
  assert.is((await inspect(env, `${REPO}:${SHA}`, ['--override-arch', 'arm64'])).Architecture, 'arm64');

  // A single-platform image where the index should be (here: the arm64 child's tag): refused, platforms named.
  const single = await runScript(PUSH, [], { ...multi, GITHUB_REGISTRY_PUSH_IMAGE_TAG: '4242-linux-arm64' });
  assert.is(single.code, 1, single.stderr);
  assert.match(
    single.stderr,
    new RegExp(
      `^error: BUILD_PLATFORM=linux/amd64,linux/arm64: ghcr\\.io/${REPO.replace(/[.]/g, '\\.')}:4242-linux-arm64 is a single-platform image \\(application/vnd\\.[^)]+\\), not an index of linux/amd64,linux/arm64: run prepare with BUILD_PLATFORM=`,
      'm',
    ),
  );
});

test('cache job without buildx (PREPARE_BUILDX_CACHE=true): the inline-cache image pushed as :cache; daemon pruned; next build CACHED, same layers', async (ctx) => {
  const env = ready(ctx);
  const vars = scriptVars(env, { BRANCH_NAME: 'cache-job' });
  const cacheRef = `${env.registry.host}/apache/airflow-cache-job-python3.8-ci-v2:cache`;
  const job = await runScript(PREPARE, ['--json'], { ...vars, PREPARE_BUILDX_CACHE: 'true' });
  assert.is(job.code, 0, job.stderr);
  const first = jsonResult(job.stdout);
  assert.equal([first.buildx, first.cacheExported, first.cache.engine], [false, [cacheRef], 'buildkit']);
  const local = first.images[0].localImage;
  const configDigest = await dockerCli(env, ['image', 'inspect', '--format', '{{.Id}}', local]);
  const pushedConfig = JSON.parse(await skopeo(env.registry, ['inspect', '--raw', '--tls-verify=false', `docker://${cacheRef}`])).config
    .digest;
  assert.is(pushedConfig, configDigest, 'the built image is the cache');
  const layers = await dockerCli(env, ['image', 'inspect', '--format', '{{json .RootFS.Layers}}', local]);

  await dockerCli(env, ['image', 'prune', '-af']);
  await dockerCli(env, ['builder', 'prune', '-af']);
  assert.is(await dockerCli(env, ['image', 'ls', '-q']), '', 'no image left in the daemon');

  const later = await runScript(PREPARE, ['--json'], vars);
  assert.is(later.code, 0, later.stderr);
  const second = jsonResult(later.stdout);
  assert.ok(later.stderr.includes(`importing cache manifest from ${cacheRef}\n`), 'the hit comes from the registry cache');
  assert.ok(second.cache.steps === 4 && second.cache.cached >= 3, `cached ${second.cache.cached}/${second.cache.steps}`);
  assert.is(second.cache.importProblem, undefined);
  assert.is(await dockerCli(env, ['image', 'inspect', '--format', '{{json .RootFS.Layers}}', local]), layers, 'the same layer digests');
  console.log(
    `    classic inline cache: cache job ${first.cache.cached}/${first.cache.steps} cached (${first.cache.buildSeconds} s), ` +
      `pruned daemon ${second.cache.cached}/${second.cache.steps} cached (${second.cache.buildSeconds} s)`,
  );
});

s.run();
