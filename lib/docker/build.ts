/** The docker build command as a pure function of a plan (spec §5b): buildx, or classic BuildKit. */
import type { DockerCache } from '../config/load.ts';
import type { ImageChoice } from '../images.ts';
import { ConfigError } from '../support/errors.ts';

export interface BuildPlan {
  readonly kind: ImageChoice;
  readonly python: string;
  /** The `-t` tag, e.g. `apache/airflow:master-python3.8-ci`. */
  readonly localImage: string;
  /** The registry cache, `images.buildCacheRef(...)`, e.g. `ghcr.io/apache/airflow-master-python3.8-ci-v2:cache`. */
  readonly cacheRef: string;
  readonly dockerCache: DockerCache;
  readonly prepareBuildxCache: boolean;
  readonly buildx: boolean;
  /** The original used `default`, or `airflow_cache` when exporting cache (needs the docker-container driver). */
  readonly builder: string;
  /** One platform, or (buildx, with `push`) several comma-separated: `linux/amd64,linux/arm64`. */
  readonly platform?: string;
  /**
   * Docker-side references to push to instead of loading the image into the daemon: buildx tags
   * them all (`-t` each, no local name) and ends with `--push`; a multi-platform image can only
   * go to a registry (`--load` takes one platform).
   */
  readonly push?: readonly string[];
  readonly dockerfile: string;
  readonly context: string;
  readonly target: string;
  /** KEY=VALUE build arguments, in order (the parity set first, then BUILD_ARGS). */
  readonly buildArgs: readonly string[];
  /** `--label` KEY=VALUE pairs (the OCI image labels). */
  readonly labels?: readonly string[];
}

export interface BuildCommand {
  readonly argv: string[];
  /** Extra environment for the docker CLI. */
  readonly env: Record<string, string>;
}

/** `DOCKER_CACHE=gha`: the GitHub Actions cache scope, one per image kind and python version. */
export function ghaScope(plan: Pick<BuildPlan, 'kind' | 'python'>): string {
  return `${plan.kind}-${plan.python}`;
}

/** The exact docker argv for a build (spec §5b), buildx or classic BuildKit. */
export function buildArgv(plan: BuildPlan): BuildCommand {
  // PREPARE_BUILDX_CACHE=true without buildx is no error: the classic build carries its inline
  // cache (BUILDKIT_INLINE_CACHE=1) and prepare pushes the image as the cache reference.
  if (plan.dockerCache === 'gha' && !plan.buildx) {
    throw new ConfigError(
      'DOCKER_CACHE',
      'DOCKER_CACHE=gha needs the docker buildx plugin (`docker buildx version` failed): install buildx or set DOCKER_CACHE=pulled',
    );
  }
  const multiPlatform = (plan.platform ?? '').includes(',');
  if (multiPlatform && !(plan.buildx && plan.push?.length)) {
    // The classic builder takes one platform per build (the daemon refuses `linux/amd64,linux/arm64`
    // as "an invalid component"); prepare builds each platform apart and assembles the index.
    throw new ConfigError(
      'BUILD_PLATFORM',
      `BUILD_PLATFORM=${plan.platform}: several platforms need docker buildx with a push target, or one build per platform`,
    );
  }
  const platform = plan.platform ? ['--platform', plan.platform] : [];
  // PYTHON_BASE_IMAGE leads the parity set; a plan without it still gets the #20664 default.
  const baseImage = plan.buildArgs.some((arg) => arg.startsWith('PYTHON_BASE_IMAGE='))
    ? []
    : [`PYTHON_BASE_IMAGE=python:${plan.python}-slim-buster`];
  const tags = plan.push?.length ? plan.push.flatMap((ref) => ['-t', ref]) : ['-t', plan.localImage];
  const tail = [
    ...[...baseImage, ...plan.buildArgs].flatMap((arg) => ['--build-arg', arg]),
    ...(plan.labels ?? []).flatMap((label) => ['--label', label]),
    '--target',
    plan.target,
    '-f',
    plan.dockerfile,
    ...tags,
  ];
  if (!plan.buildx) {
    const cache = plan.dockerCache === 'pulled' ? ['--cache-from', plan.cacheRef] : plan.dockerCache === 'disabled' ? ['--no-cache'] : [];
    // Inline cache metadata lets a pushed image serve as --cache-from for the next build; plain
    // progress is what parseBuildProgress reads the cache figures from.
    return {
      argv: ['build', '--progress=plain', '--pull', ...platform, ...cache, '--build-arg', 'BUILDKIT_INLINE_CACHE=1', ...tail, plan.context],
      env: { DOCKER_BUILDKIT: '1' },
    };
  }
  const cache: string[] = [];
  if (plan.dockerCache === 'pulled') cache.push(`--cache-from=type=registry,ref=${plan.cacheRef}`);
  if (plan.dockerCache === 'disabled') cache.push('--no-cache');
  if (plan.dockerCache === 'gha') {
    // buildx reads ACTIONS_CACHE_URL and ACTIONS_RUNTIME_TOKEN from the environment: no token on argv.
    cache.push(`--cache-from=type=gha,scope=${ghaScope(plan)}`, `--cache-to=type=gha,mode=max,scope=${ghaScope(plan)}`);
  } else if (plan.prepareBuildxCache) {
    // Independent of DOCKER_CACHE, as in the original. mode=max caches every stage's layers, not only
    // the final image's (the original used it for PROD, whose airflow-build-image stage it caches;
    // a multi-stage CI Dockerfile gains the same, so both use it here).
    cache.push(`--cache-to=type=registry,ref=${plan.cacheRef},mode=max`);
  }
  return {
    argv: [
      'buildx',
      'build',
      '--builder',
      plan.builder,
      '--progress=plain',
      '--pull',
      ...platform,
      ...cache,
      ...tail,
      plan.push?.length ? '--push' : '--load',
      plan.context,
    ],
    env: {},
  };
}
