/**
 * Image references, as pure functions of the configuration (spec §2). The GitHub names use the
 * lower-cased repository everywhere (the original forgot it for ghcr.io, spec §6.7).
 */
import type { Config } from './config/load.ts';
import { GITHUB_REGISTRIES, hostProfile, type GithubRegistry } from './hosts.ts';

/**
 * The image kinds, in one table: the name segment of each (spec §2) and the image choice
 * (`--image ci|prod`) it belongs to. A new kind of image is one entry here.
 */
const KINDS = {
  ci: { choice: 'ci', segment: (c: NamingInput, python: string) => `${c.branchName}-python${python}-ci` },
  prod: { choice: 'prod', segment: (c: NamingInput, python: string) => prodBaseTag(c, python) },
  /**
   * The PROD build-stage image: waited for and pulled only with WAIT_FOR_PROD_BUILD_IMAGE=true;
   * always pushed with the PROD image, as the bash did, when the build made one (a BuildKit
   * single-stage build with the registry cache makes none).
   */
  'prod-build': { choice: 'prod', segment: (c: NamingInput, python: string) => `${prodBaseTag(c, python)}-build`, optional: true },
} as const;

export type ImageKind = keyof typeof KINDS;
export const IMAGE_KINDS = Object.keys(KINDS) as readonly ImageKind[];

/** `--image`: the images a script handles, with the words used for them in logs. */
export const IMAGE_CHOICES = {
  ci: { label: 'CI' },
  prod: { label: 'PROD' },
} as const;
export type ImageChoice = keyof typeof IMAGE_CHOICES;

type NamingInput = Pick<
  Config,
  'branchName' | 'dockerhubUser' | 'dockerhubRepo' | 'forceAirflowProdBaseTag' | 'githubRepository' | 'githubRegistryImageSuffix'
>;

function prodBaseTag(config: NamingInput, python: string): string {
  return config.forceAirflowProdBaseTag ?? `${config.branchName}-python${python}`;
}

/** `<branch>-python<V>-ci`, `<branch>-python<V>` (or FORCE_AIRFLOW_PROD_BASE_TAG), `…-build`. */
export function imageSegment(config: NamingInput, kind: ImageKind, python: string): string {
  return KINDS[kind].segment(config, python);
}

/** DockerHub-style local names (spec §2a). */
export function localNames(config: NamingInput, python: string) {
  const hub = `${config.dockerhubUser}/${config.dockerhubRepo}`;
  const ciBaseTag = imageSegment(config, 'ci', python);
  const prodBaseTag = imageSegment(config, 'prod', python);
  return {
    pythonBaseImage: `python:${python}-slim-buster`,
    airflowPythonBaseImage: `${hub}:python${python}-${config.branchName}`,
    ciBaseTag,
    ciImage: `${hub}:${ciBaseTag}`,
    prodBaseTag,
    prodImage: `${hub}:${prodBaseTag}`,
    prodBuildImage: `${hub}:${prodBaseTag}-build`,
    prodImageKubernetes: `${hub}:${prodBaseTag}-kubernetes`,
    prodImageDefault: `${hub}:${config.branchName}`,
    ciLocalManifestImage: `local/${config.dockerhubRepo}:${ciBaseTag}-manifest`,
    ciRemoteManifestImage: `${hub}:${ciBaseTag}-manifest`,
  };
}

export function localImage(config: NamingInput, kind: ImageKind, python: string): string {
  const names = localNames(config, python);
  return kind === 'ci' ? names.ciImage : kind === 'prod' ? names.prodImage : names.prodBuildImage;
}

/** `docker.pkg.github.com/<owner>/<repo>` or `ghcr.io/<owner>/<repo>`, lower-cased. */
export function githubPrefix(config: NamingInput, registry: GithubRegistry): string {
  return `${registry}/${config.githubRepository.toLowerCase()}`;
}

/** Repository without tag: `/` joins on GitHub Packages, `-` on ghcr.io (spec §2b). */
export function githubRepositoryName(config: NamingInput, registry: GithubRegistry, segment: string): string {
  return `${githubPrefix(config, registry)}${hostProfile(registry).separator}${segment}${config.githubRegistryImageSuffix}`;
}

export function githubImage(config: NamingInput, registry: GithubRegistry, kind: ImageKind, python: string, tag: string): string {
  return `${githubRepositoryName(config, registry, imageSegment(config, kind, python))}:${tag}`;
}

/** Python base image: tag `<V>-slim-buster`, plus `-<TAG>` unless TAG is `latest`. */
export function githubPythonBaseImage(config: NamingInput, registry: GithubRegistry, python: string, tag: string): string {
  const suffix = tag === 'latest' ? '' : `-${tag}`;
  return `${githubRepositoryName(config, registry, 'python')}:${python}-slim-buster${suffix}`;
}

/**
 * BuildKit registry cache (spec §5b): the image's repository with the `cache` tag; a build of one
 * named platform (one runner per platform) has its own, `cache-linux-arm64`, as Airflow uses
 * today, so runners of different architectures do not overwrite each other's cache.
 */
export function buildCacheRef(config: NamingInput, registry: GithubRegistry, kind: Exclude<ImageKind, 'prod-build'>, python: string, platform?: string): string {
  return githubImage(config, registry, kind, python, platform ? `cache-${platformTagSuffix(platform)}` : 'cache');
}

/** `linux/arm64/v8` → `linux-arm64-v8`: a platform as a tag segment. */
export function platformTagSuffix(platform: string): string {
  return platform.replace(/\//g, '-');
}

/** The same image in every GitHub registry, preferred (ghcr.io) first, as the wait scripts probe them. */
export function candidateImages(config: NamingInput, kind: ImageKind, python: string, tag: string): Record<GithubRegistry, string> {
  return Object.fromEntries(GITHUB_REGISTRIES.map((registry) => [registry, githubImage(config, registry, kind, python, tag)])) as Record<GithubRegistry, string>;
}

/**
 * The images a command handles: CI → the CI image; PROD → the PROD image, plus the `-build`
 * segment image: waited for and pulled with WAIT_FOR_PROD_BUILD_IMAGE=true, always published
 * (push, promote, copy) when it exists, as the bash push did.
 */
export function imageKinds(config: Pick<Config, 'waitForProdBuildImage'>, image: ImageChoice, purpose: 'wait' | 'publish' = 'wait'): ImageKind[] {
  return IMAGE_KINDS.filter(
    (kind) => KINDS[kind].choice === image && (!isOptionalKind(kind) || purpose === 'publish' || config.waitForProdBuildImage),
  );
}

/** A kind a build may not produce: published when present, skipped with a line when not. */
export function isOptionalKind(kind: ImageKind): boolean {
  return (KINDS[kind] as { readonly optional?: boolean }).optional === true;
}
