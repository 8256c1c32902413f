/** The docker build command as a pure function of a plan (spec §5b): buildx, or classic BuildKit. */
import type { DockerCache } from '../config/load.ts';
import { ConfigError } from '../support/errors.ts';

export interface BuildPlan {
  readonly kind: 'ci' | 'prod';
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
  readonly platform?: string;
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

/** The exact docker argv for a build (spec §5b), buildx or classic BuildKit. */
export function buildArgv(plan: BuildPlan): BuildCommand {
  if (plan.prepareBuildxCache && !plan.buildx) {
    throw new ConfigError(
      'PREPARE_BUILDX_CACHE',
      'PREPARE_BUILDX_CACHE=true needs the docker buildx plugin (`docker buildx version` failed): install buildx or set PREPARE_BUILDX_CACHE=false',
    );
  }
  const platform = plan.platform ? ['--platform', plan.platform] : [];
  // PYTHON_BASE_IMAGE leads the parity set; a plan without it still gets the #20664 default.
  const baseImage = plan.buildArgs.some((arg) => arg.startsWith('PYTHON_BASE_IMAGE=')) ? [] : [`PYTHON_BASE_IMAGE=python:${plan.python}-slim-buster`];
  const tail = [
    ...[...baseImage, ...plan.buildArgs].flatMap((arg) => ['--build-arg', arg]),
    ...(plan.labels ?? []).flatMap((label) => ['--label', label]),
    '--target', plan.target,
    '-f', plan.dockerfile,
    '-t', plan.localImage,
  ];
  if (!plan.buildx) {
    const cache = plan.dockerCache === 'pulled' ? ['--cache-from', plan.cacheRef] : plan.dockerCache === 'disabled' ? ['--no-cache'] : [];
    // Inline cache metadata lets a pushed image serve as --cache-from for the next build.
    return {
      argv: ['build', '--pull', ...platform, ...cache, '--build-arg', 'BUILDKIT_INLINE_CACHE=1', ...tail, plan.context],
      env: { DOCKER_BUILDKIT: '1' },
    };
  }
  const cache: string[] = [];
  if (plan.dockerCache === 'pulled') cache.push(`--cache-from=type=registry,ref=${plan.cacheRef}`);
  if (plan.dockerCache === 'disabled') cache.push('--no-cache');
  // Independent of DOCKER_CACHE, as in the original. PROD uses mode=max so the intermediate
  // airflow-build-image stage is cached too; that is what let the separate -build image go.
  if (plan.prepareBuildxCache) {
    cache.push(`--cache-to=type=registry,ref=${plan.cacheRef}${plan.kind === 'prod' ? ',mode=max' : ''}`);
  }
  return {
    argv: ['buildx', 'build', '--builder', plan.builder, '--progress=plain', '--pull', ...platform, ...cache, ...tail, '--load', plan.context],
    env: {},
  };
}
