/**
 * The build side of prepare (spec §3.4, §5b): BuildKit with the registry cache, one platform or
 * several (per-platform builds merged into an index), the inline cache pushed as the cache
 * reference when buildx is missing.
 */
import { buildCacheRef, githubImage, localImage, platformTagSuffix } from '../images.ts';
import { effectiveDockerCache, imageBuildArgs, imageLabels, type Config } from '../config/load.ts';
import { builtCommit, commitTagToPublish } from './commit.ts';
import { dockerReference } from '../hosts.ts';
import { pushedDigest, type BuildResult, type DockerRunner } from '../docker/runner.ts';
import { buildArgv, type BuildPlan } from '../docker/build.ts';
import { cacheImportProblem } from '../docker/progress.ts';
import { parseReference, type RegistryClient } from '../registry/index.ts';
import { CiImagesError } from '../support/errors.ts';
import { mergePlatforms } from './merge-platforms.ts';
import { publishTags } from './push.ts';

import { loginToRegistry } from './registry-login.ts';
import type { Writer } from '../support/writer.ts';

import type { CacheFigures, PrepareOptions, PrepareResult } from './prepare-types.ts';

/**
 * Build with BuildKit (spec §5b): buildx when the plugin works (builder `default`, or the
 * dedicated BUILDX_BUILDER, created when missing, to export the registry cache with
 * PREPARE_BUILDX_CACHE=true), else `DOCKER_BUILDKIT=1 docker build` with inline cache. Several
 * BUILD_PLATFORMs go straight to GITHUB_REGISTRY (see buildPlatforms).
 */
export async function buildImage(
  config: Config,
  docker: DockerRunner,
  options: PrepareOptions,
  client?: RegistryClient,
): Promise<PrepareResult> {
  const kind = options.image;
  const registry = config.githubRegistry;
  const buildx = await docker.buildxAvailable({ probe: true });
  const commit = await builtCommit(config);
  const platforms = (config.build.platform ?? '').split(',').filter(Boolean);
  const plan: BuildPlan = {
    kind,
    python: options.python,
    localImage: localImage(config, kind, options.python),
    // One named platform (a per-runner build) has its own cache, `:cache-linux-arm64`.
    cacheRef: dockerReference(
      config,
      buildCacheRef(config, registry, kind, options.python, platforms.length === 1 ? platforms[0] : undefined),
    ),
    // The bash's PROD prepare forces DOCKER_CACHE=pulled (parity addendum §4).
    dockerCache: effectiveDockerCache(config, kind),
    prepareBuildxCache: config.prepareBuildxCache,
    buildx,
    // A multi-platform push and the gha cache need the docker-container driver: the dedicated builder.
    builder: config.prepareBuildxCache || config.dockerCache === 'gha' || platforms.length > 1 ? config.build.builder : 'default',
    platform: platforms.length > 1 ? undefined : config.build.platform,
    dockerfile: kind === 'ci' ? config.build.ciDockerfile : config.build.prodDockerfile,
    context: config.build.context,
    target: config.build.target,
    // The #20664 build's arguments (parity addendum §5), then BUILD_ARGS; COMMIT_SHA and the
    // revision label are the commit of the build context.
    buildArgs: [
      ...imageBuildArgs(config.build.inputs, kind, options.python, { commitSha: commit }).map(([k, v]) => `${k}=${v}`),
      ...config.build.buildArgs,
    ],
    labels: imageLabels(config.build.inputs, { commitSha: commit }).map(([k, v]) => `${k}=${v}`),
  };
  buildArgv(plan); // DOCKER_CACHE=gha without buildx: exit 2 before anything runs.
  if (platforms.length > 1) return buildPlatforms(config, docker, options, plan, platforms, client);
  // Reading (and with PREPARE_BUILDX_CACHE writing) the registry cache may need the login.
  if (config.useGithubRegistry || config.prepareBuildxCache) await loginToRegistry(docker, config, registry, options.log);
  if (buildx && plan.builder !== 'default') await docker.ensureBuilder(plan.builder);
  const built = await docker.build(plan);
  const exported = await pushInlineCache(docker, plan, plan.localImage, built, options.log);
  await tagExtra(config, docker, plan.localImage);
  return {
    mode: 'build',
    registry,
    images: [{ kind, localImage: plan.localImage }],
    buildx,
    builder: buildx ? plan.builder : undefined,
    cacheRef: plan.cacheRef,
    cache: cacheFigures(built ? [built] : [], options.log),
    ...(exported ? { cacheExported: [exported] } : {}),
  };
}

/**
 * The cache job without buildx (PREPARE_BUILDX_CACHE=true): the classic build's image carries its
 * inline cache (BUILDKIT_INLINE_CACHE=1), so pushed as the cache reference it is the registry
 * cache a later `--cache-from` reads. The legacy builder writes no cache metadata: nothing pushed.
 */
async function pushInlineCache(
  docker: DockerRunner,
  plan: BuildPlan,
  image: string,
  built: BuildResult | undefined,
  log: Writer,
): Promise<string | undefined> {
  if (plan.buildx || !plan.prepareBuildxCache) return undefined;
  if (built?.engine === 'legacy') {
    log(
      `cache: not written to ${plan.cacheRef}: the legacy builder (DOCKER_BUILDKIT=0) puts no cache in its images; install docker buildx`,
    );
    return undefined;
  }
  await docker.tag(image, plan.cacheRef);
  await docker.push(plan.cacheRef);
  log(`cache: pushed ${image} as ${plan.cacheRef} (inline cache, BUILDKIT_INLINE_CACHE=1): later builds read it with --cache-from`);
  return plan.cacheRef;
}

/**
 * Several BUILD_PLATFORMs: the image cannot be loaded into the daemon, so it goes to
 * GITHUB_REGISTRY under the push tag (and GITHUB_SHA), or with USE_GITHUB_REGISTRY=false to the
 * local DockerHub name (credentials from an earlier `docker login`). With buildx, one
 * `buildx build --platform a,b --push`. Without, one classic BuildKit build per platform, each tagged
 * `<push tag>-<os>-<arch>[-<variant>]` and pushed (docker prints its digest), then an OCI image
 * index of those digests is pushed by our registry client under the push tag(s).
 */
async function buildPlatforms(
  config: Config,
  docker: DockerRunner,
  options: PrepareOptions,
  plan: BuildPlan,
  platforms: readonly string[],
  client: RegistryClient | undefined,
): Promise<PrepareResult> {
  // Where push-images would put it: GITHUB_REGISTRY (push tag, and GITHUB_SHA), else the DockerHub name.
  const registry = config.githubRegistry;
  const pushed = config.useGithubRegistry
    ? publishTags(config, plan.kind, (await commitTagToPublish(config)).tag).map((tag) =>
        githubImage(config, config.githubRegistry, plan.kind, options.python, tag),
      )
    : [plan.localImage];
  const dockerSide = pushed.map((ref) => dockerReference(config, ref));
  if (config.useGithubRegistry) await loginToRegistry(docker, config, registry, options.log);
  const common = { mode: 'build', registry, buildx: plan.buildx, cacheRef: plan.cacheRef, pushed } as const;
  if (plan.buildx) {
    if (plan.builder !== 'default') await docker.ensureBuilder(plan.builder);
    const built = await docker.build({ ...plan, platform: platforms.join(','), push: dockerSide });
    const digest = options.dryRun || !client ? undefined : await client.manifestDigest(parseReference(pushed[0]));
    return {
      ...common,
      builder: plan.builder,
      images: [{ kind: plan.kind, localImage: dockerSide[0], digest }],
      platforms: platforms.map((platform) => ({ platform })),
      cache: cacheFigures(built ? [built] : [], options.log),
    };
  }
  const results: BuildResult[] = [];
  const children: { platform: string; digest?: string }[] = [];
  const exported: string[] = [];
  for (const platform of platforms) {
    const tagged = `${dockerSide[0]}-${platformTagSuffix(platform)}`;
    // Each platform's build reads (and the cache job writes) that platform's own cache.
    const cacheRef = dockerReference(config, buildCacheRef(config, registry, plan.kind, options.python, platform));
    const platformPlan = { ...plan, platform, localImage: tagged, cacheRef };
    const built = await docker.build(platformPlan);
    if (built) results.push(built);
    const cache = await pushInlineCache(docker, platformPlan, tagged, built, options.log);
    if (cache) exported.push(cache);
    const digest = pushedDigest((await docker.push(tagged)).stdout);
    if (!digest && !options.dryRun)
      throw new CiImagesError(`docker push ${tagged} printed no digest: cannot assemble the ${platforms.join(',')} index`);
    children.push({ platform, digest });
  }
  let digest: string | undefined;
  if (!client && !options.dryRun)
    throw new CiImagesError('a multi-platform build without buildx needs the registry client to push its index');
  if (options.dryRun || !client) {
    options.log(`[dry-run] PUT index ${pushed.join(', ')} (${platforms.join(', ')}: the digests docker push prints)`);
  } else {
    const [target, ...extra] = pushed.map(parseReference);
    const merged = await mergePlatforms(
      client,
      target,
      children.map((c) => c.digest!),
      { extraTags: extra.map((r) => r.tag!), log: options.log },
    );
    digest = merged.imageDigest;
  }
  return {
    ...common,
    images: [{ kind: plan.kind, localImage: dockerSide[0], digest }],
    platforms: children,
    cache: cacheFigures(results, options.log),
    ...(exported.length ? { cacheExported: exported } : {}),
  };
}

/** The build(s)' cache figures, summed; a cache that could not be imported is said in one line. */
function cacheFigures(builds: readonly BuildResult[], log: Writer): CacheFigures | undefined {
  if (builds.length === 0) return undefined;
  const sum = (pick: (b: BuildResult) => number) => Math.round(builds.reduce((n, b) => n + pick(b), 0) * 10) / 10;
  const problems = [...new Set(builds.map((b) => cacheImportProblem(b)).filter((p): p is string => p !== undefined))];
  const importProblem = problems.length ? problems.join('; ') : undefined;
  if (importProblem) log(importProblem);
  return {
    steps: sum((b) => b.steps),
    cached: sum((b) => b.cached),
    seconds: sum((b) => b.seconds),
    buildSeconds: sum((b) => b.wallSeconds),
    engine: builds.some((b) => b.engine === 'legacy') ? 'legacy' : 'buildkit',
    ...(importProblem ? { importProblem } : {}),
  };
}

/** IMAGE_TAG: one more local tag for the prepared image, as the bash build added it. */
export async function tagExtra(config: Pick<Config, 'imageTag'>, docker: DockerRunner, local: string): Promise<void> {
  if (config.imageTag && config.imageTag !== local) await docker.tag(local, config.imageTag);
}
