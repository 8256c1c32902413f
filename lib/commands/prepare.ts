/**
 * Prepare the CI or PROD image for a job (spec §3.3, §3.4, §5b): either wait for the image in the
 * GitHub registry, pull it and tag it with the local DockerHub-style name the rest of CI uses, or
 * build it with BuildKit and the registry cache.
 */
import { buildCacheRef, imageKinds, localImage, type ImageChoice, type ImageKind } from '../images.ts';
import { effectiveDockerCache, imageBuildArgs, imageLabels, type Config } from '../config/load.ts';
import { builtCommit } from './commit.ts';
import { dockerReference, type GithubRegistry } from '../hosts.ts';
import type { DockerRunner } from '../docker/runner.ts';
import { buildArgv, type BuildPlan } from '../docker/build.ts';
import type { RegistryClient } from '../registry/index.ts';
import { waitForImages, waitingMode, waitTargets, type WaitEvent } from './wait.ts';
import { loginToRegistry, type Log } from './registry-login.ts';

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
}

export interface PrepareOptions {
  readonly image: ImageChoice;
  readonly python: string;
  readonly dryRun: boolean;
  readonly timeoutSeconds: number;
  readonly log: Log;
  /** Each state change of the wait (waiting mode). */
  readonly onEvent?: (event: WaitEvent) => void;
}

export async function prepareImage(config: Config, docker: DockerRunner, client: RegistryClient, options: PrepareOptions): Promise<PrepareResult> {
  return waitingMode(config) ? pullWhenReady(config, docker, client, options) : buildImage(config, docker, options);
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
      pollIntervalMs: config.pollIntervalSeconds * 1000,
      registries: [registry],
      onEvent: options.onEvent,
    });
    for (const image of result.images) found.set(image.target.kind, image.digest);
  }
  const images: PreparedImage[] = [];
  for (const t of targets) {
    const source = t.candidates[registry];
    const pulled = dockerReference(config, source);
    const local = localImage(config, t.kind, options.python);
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
 * PREPARE_BUILDX_CACHE=true), else `DOCKER_BUILDKIT=1 docker build` with inline cache.
 */
export async function buildImage(config: Config, docker: DockerRunner, options: PrepareOptions): Promise<PrepareResult> {
  const kind = options.image;
  const registry = config.githubRegistry;
  const buildx = await docker.buildxAvailable({ probe: true });
  const commit = await builtCommit(config);
  const plan: BuildPlan = {
    kind,
    python: options.python,
    localImage: localImage(config, kind, options.python),
    cacheRef: dockerReference(config, buildCacheRef(config, registry, kind, options.python)),
    // The bash's PROD prepare forces DOCKER_CACHE=pulled (parity addendum §4).
    dockerCache: effectiveDockerCache(config, kind),
    prepareBuildxCache: config.prepareBuildxCache,
    buildx,
    builder: config.prepareBuildxCache ? config.build.builder : 'default',
    platform: config.build.platform,
    dockerfile: kind === 'ci' ? config.build.ciDockerfile : config.build.prodDockerfile,
    context: config.build.context,
    target: config.build.target,
    // The #20664 build's arguments (parity addendum §5), then BUILD_ARGS; COMMIT_SHA and the
    // revision label are the commit of the build context.
    buildArgs: [...imageBuildArgs(config.build.inputs, kind, options.python, { commitSha: commit }).map(([k, v]) => `${k}=${v}`), ...config.build.buildArgs],
    labels: imageLabels(config.build.inputs, { commitSha: commit }).map(([k, v]) => `${k}=${v}`),
  };
  buildArgv(plan); // PREPARE_BUILDX_CACHE=true without buildx: exit 2 before anything runs.
  // Reading (and with PREPARE_BUILDX_CACHE writing) the registry cache may need the login.
  if (config.useGithubRegistry || config.prepareBuildxCache) await loginToRegistry(docker, config, registry, options.log);
  if (buildx && config.prepareBuildxCache) await docker.ensureBuilder(plan.builder);
  await docker.build(plan);
  await tagExtra(config, docker, plan.localImage);
  return { mode: 'build', registry, images: [{ kind, localImage: plan.localImage }], buildx, builder: buildx ? plan.builder : undefined, cacheRef: plan.cacheRef };
}


/** IMAGE_TAG: one more local tag for the prepared image, as the bash build added it. */
async function tagExtra(config: Pick<Config, 'imageTag'>, docker: DockerRunner, local: string): Promise<void> {
  if (config.imageTag && config.imageTag !== local) await docker.tag(local, config.imageTag);
}
