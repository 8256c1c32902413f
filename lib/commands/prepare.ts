/**
 * Prepare the CI or PROD image for a job (spec §3.3, §3.4, §5b): either wait for the image in the
 * GitHub registry, pull it and tag it with the local DockerHub-style name the rest of CI uses, or
 * build it with BuildKit and the registry cache.
 */
import { buildCacheRef, githubImage, imageKinds, localImage, platformTagSuffix, type ImageChoice, type ImageKind } from '../images.ts';
import { effectiveDockerCache, imageBuildArgs, imageLabels, type Config } from '../config/load.ts';
import { builtCommit, commitTagToPublish } from './commit.ts';
import { dockerReference, GITHUB_REGISTRIES, type GithubRegistry } from '../hosts.ts';
import { pushedDigest, type BuildResult, type DockerRunner } from '../docker/runner.ts';
import { buildArgv, type BuildPlan } from '../docker/build.ts';
import { cacheImportProblem } from '../docker/progress.ts';
import { parseReference, type RegistryClient } from '../registry/index.ts';
import { CiImagesError } from '../support/errors.ts';
import { mergePlatforms } from './merge-platforms.ts';
import { publishTags } from './push.ts';
import { waitForImages, waitingMode, waitTargets, type WaitEvent, type WaitTarget } from './wait/index.ts';
import { loginToRegistry } from './registry-login.ts';
import type { Writer } from '../support/writer.ts';

export interface PreparedImage {
  readonly kind: ImageKind;
  /** The local DockerHub-style name, e.g. `apache/airflow:master-python3.8-ci`. */
  readonly localImage: string;
  /** Waiting mode: the public reference pulled, and its digest. */
  readonly source?: string;
  readonly digest?: string;
}

export interface PrepareResult {
  readonly mode: 'wait' | 'build';
  readonly registry: GithubRegistry;
  readonly images: readonly PreparedImage[];
  /** Build mode: which engine and builder ran, and the cache reference (docker-side). */
  readonly buildx?: boolean;
  readonly builder?: string;
  readonly cacheRef?: string;
  /** Build mode: BuildKit's cache figures (summed over platforms), when the build ran. */
  readonly cache?: CacheFigures;
  /** Multi-platform build: the references pushed (the index), and each platform's image. */
  readonly pushed?: readonly string[];
  readonly platforms?: readonly { readonly platform: string; readonly digest?: string }[];
  /** Without buildx, PREPARE_BUILDX_CACHE=true: the cache reference(s) the built image was pushed as (inline cache). */
  readonly cacheExported?: readonly string[];
}

export interface CacheFigures {
  /** Dockerfile steps solved, and how many came from a cache. */
  readonly steps: number;
  readonly cached: number;
  /** Seconds the steps that ran took (BuildKit's figures); the whole build's wall time apart. */
  readonly seconds: number;
  readonly buildSeconds: number;
  /** The legacy builder prints no BuildKit progress: no figures. */
  readonly engine: 'buildkit' | 'legacy';
  /** One line when the cache reference could not be imported (first build of a branch). */
  readonly importProblem?: string;
}

export interface PrepareOptions {
  readonly image: ImageChoice;
  readonly python: string;
  readonly dryRun: boolean;
  readonly timeoutSeconds: number;
  readonly log: Writer;
  /** Each state change of the wait (waiting mode). */
  readonly onEvent?: (event: WaitEvent) => void;
}

export async function prepareImage(config: Config, docker: DockerRunner, client: RegistryClient, options: PrepareOptions): Promise<PrepareResult> {
  return waitingMode(config) ? pullWhenReady(config, docker, client, options) : buildImage(config, docker, options, client);
}

/**
 * Wait (bounded) for the image(s) at the pull tag in GITHUB_REGISTRY (the registry the wait job
 * detected), pull them and tag them with the local names only: no bare-name `:latest` tag (§6.9).
 */
export async function pullWhenReady(config: Config, docker: DockerRunner, client: RegistryClient, options: PrepareOptions): Promise<PrepareResult> {
  const registry = config.githubRegistry;
  const targets = waitTargets(config, imageKinds(config, options.image), [options.python]);
  await loginToRegistry(docker, config, registry, options.log);
  const found = new Map<ImageKind, string>();
  if (options.dryRun) {
    for (const t of targets) {
      options.log(`[dry-run] wait up to ${options.timeoutSeconds}s (poll every ${config.pollIntervalSeconds}s) for ${t.candidates[registry]}`);
    }
  } else {
    const result = await waitForImages(client, targets, {
      timeoutMs: options.timeoutSeconds * 1000,
      pollIntervalSeconds: config.pollIntervalSeconds,
      registries: [registry],
      onEvent: options.onEvent,
    });
    for (const image of result.images) found.set(image.target.kind, image.digest);
  }
  return pullAndTag(config, docker, targets, registry, options.python, found);
}

/**
 * A CI run's image on a developer's machine (the old `breeze --github-image-id`): the image tagged
 * RUN_ID in whichever GitHub registry holds it (one check each, no waiting), pulled and tagged with
 * the local name. Missing everywhere: an error within seconds naming what was looked for.
 */
export async function pullRunImage(
  config: Config, docker: DockerRunner, client: RegistryClient, options: Omit<PrepareOptions, 'timeoutSeconds' | 'onEvent'> & { readonly runId: string },
): Promise<PrepareResult> {
  const targets = waitTargets(config, imageKinds(config, options.image), [options.python], options.runId);
  const found = new Map<ImageKind, string>();
  let registry: GithubRegistry | undefined;
  let failure: unknown;
  /** Registries that answered (without the image): a refusal elsewhere then does not hide a wrong run id. */
  const answered: GithubRegistry[] = [];
  if (options.dryRun) {
    registry = config.githubRegistry;
    options.log(`[dry-run] look for ${targets.map((t) => t.candidates[config.githubRegistry]).join(', ')} (and in ${GITHUB_REGISTRIES.filter((r) => r !== registry).join(', ')})`);
  }
  for (const candidate of options.dryRun ? [] : GITHUB_REGISTRIES) {
    try {
      const digests = await Promise.all(targets.map((t) => client.manifestDigest(parseReference(t.candidates[candidate]))));
      if (digests.every((d) => d !== undefined)) {
        targets.forEach((t, i) => found.set(t.kind, digests[i]!));
        registry = candidate;
        break;
      }
      answered.push(candidate);
    } catch (error) {
      failure ??= error;
    }
  }
  if (!registry) {
    if (failure && answered.length === 0) throw failure;
    const looked = targets.flatMap((t) => GITHUB_REGISTRIES.map((r) => t.candidates[r]));
    const other = failure ? `; the other registry could not be asked (${(failure as Error).message})` : '';
    throw new CiImagesError(
      `run ${options.runId}: no image in ${answered.join(' or ')} (looked for ${looked.join(', ')}); is the run id right, and did its build job push?${other}`,
    );
  }
  await loginToRegistry(docker, config, registry, options.log);
  return pullAndTag(config, docker, targets, registry, options.python, found);
}

/** `docker pull` each image from `registry` and tag it with its local name only (no bare `:latest`, §6.9). */
async function pullAndTag(
  config: Config, docker: DockerRunner, targets: readonly WaitTarget[], registry: GithubRegistry, python: string, found: ReadonlyMap<ImageKind, string>,
): Promise<PrepareResult> {
  const images: PreparedImage[] = [];
  for (const t of targets) {
    const source = t.candidates[registry];
    const pulled = dockerReference(config, source);
    const local = localImage(config, t.kind, python);
    await docker.pull(pulled);
    await docker.tag(pulled, local);
    images.push({ kind: t.kind, localImage: local, source, digest: found.get(t.kind) });
  }
  await tagExtra(config, docker, images[0].localImage);
  return { mode: 'wait', registry, images };
}

/**
 * Build with BuildKit (spec §5b): buildx when the plugin works (builder `default`, or the
 * dedicated BUILDX_BUILDER, created when missing, to export the registry cache with
 * PREPARE_BUILDX_CACHE=true), else `DOCKER_BUILDKIT=1 docker build` with inline cache. Several
 * BUILD_PLATFORMs go straight to GITHUB_REGISTRY (see buildPlatforms).
 */
export async function buildImage(config: Config, docker: DockerRunner, options: PrepareOptions, client?: RegistryClient): Promise<PrepareResult> {
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
    cacheRef: dockerReference(config, buildCacheRef(config, registry, kind, options.python, platforms.length === 1 ? platforms[0] : undefined)),
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
    buildArgs: [...imageBuildArgs(config.build.inputs, kind, options.python, { commitSha: commit }).map(([k, v]) => `${k}=${v}`), ...config.build.buildArgs],
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
    mode: 'build', registry, images: [{ kind, localImage: plan.localImage }], buildx, builder: buildx ? plan.builder : undefined, cacheRef: plan.cacheRef,
    cache: cacheFigures(built ? [built] : [], options.log), ...(exported ? { cacheExported: [exported] } : {}),
  };
}

/**
 * The cache job without buildx (PREPARE_BUILDX_CACHE=true): the classic build's image carries its
 * inline cache (BUILDKIT_INLINE_CACHE=1), so pushed as the cache reference it is the registry
 * cache a later `--cache-from` reads. The legacy builder writes no cache metadata: nothing pushed.
 */
async function pushInlineCache(docker: DockerRunner, plan: BuildPlan, image: string, built: BuildResult | undefined, log: Writer): Promise<string | undefined> {
  if (plan.buildx || !plan.prepareBuildxCache) return undefined;
  if (built?.engine === 'legacy') {
    log(`cache: not written to ${plan.cacheRef}: the legacy builder (DOCKER_BUILDKIT=0) puts no cache in its images; install docker buildx`);
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
  config: Config, docker: DockerRunner, options: PrepareOptions, plan: BuildPlan, platforms: readonly string[], client: RegistryClient | undefined,
): Promise<PrepareResult> {
  // Where push-images would put it: GITHUB_REGISTRY (push tag, and GITHUB_SHA), else the DockerHub name.
  const registry = config.githubRegistry;
  const pushed = config.useGithubRegistry
    ? publishTags(config, plan.kind, (await commitTagToPublish(config)).tag).map((tag) => githubImage(config, config.githubRegistry, plan.kind, options.python, tag))
    : [plan.localImage];
  const dockerSide = pushed.map((ref) => dockerReference(config, ref));
  if (config.useGithubRegistry) await loginToRegistry(docker, config, registry, options.log);
  const common = { mode: 'build', registry, buildx: plan.buildx, cacheRef: plan.cacheRef, pushed } as const;
  if (plan.buildx) {
    if (plan.builder !== 'default') await docker.ensureBuilder(plan.builder);
    const built = await docker.build({ ...plan, platform: platforms.join(','), push: dockerSide });
    const digest = options.dryRun || !client ? undefined : await client.manifestDigest(parseReference(pushed[0]));
    return {
      ...common, builder: plan.builder, images: [{ kind: plan.kind, localImage: dockerSide[0], digest }],
      platforms: platforms.map((platform) => ({ platform })), cache: cacheFigures(built ? [built] : [], options.log),
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
    if (!digest && !options.dryRun) throw new CiImagesError(`docker push ${tagged} printed no digest: cannot assemble the ${platforms.join(',')} index`);
    children.push({ platform, digest });
  }
  let digest: string | undefined;
  if (!client && !options.dryRun) throw new CiImagesError('a multi-platform build without buildx needs the registry client to push its index');
  if (options.dryRun || !client) {
    options.log(`[dry-run] PUT index ${pushed.join(', ')} (${platforms.join(', ')}: the digests docker push prints)`);
  } else {
    const [target, ...extra] = pushed.map(parseReference);
    const merged = await mergePlatforms(client, target, children.map((c) => c.digest!), { extraTags: extra.map((r) => r.tag!), log: options.log });
    digest = merged.imageDigest;
  }
  return {
    ...common, images: [{ kind: plan.kind, localImage: dockerSide[0], digest }], platforms: children, cache: cacheFigures(results, options.log),
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
    steps: sum((b) => b.steps), cached: sum((b) => b.cached), seconds: sum((b) => b.seconds), buildSeconds: sum((b) => b.wallSeconds),
    engine: builds.some((b) => b.engine === 'legacy') ? 'legacy' : 'buildkit',
    ...(importProblem ? { importProblem } : {}),
  };
}

/** IMAGE_TAG: one more local tag for the prepared image, as the bash build added it. */
async function tagExtra(config: Pick<Config, 'imageTag'>, docker: DockerRunner, local: string): Promise<void> {
  if (config.imageTag && config.imageTag !== local) await docker.tag(local, config.imageTag);
}
