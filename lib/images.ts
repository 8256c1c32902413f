/**
 * Image references, as pure functions of the naming variables (spec §2); the configuration
 * satisfies NamingInput, nothing here reads it. The GitHub names use the lower-cased repository
 * everywhere (the original forgot it for ghcr.io, spec §6.7).
 */
import { GITHUB_REGISTRIES, hostProfile, type GithubRegistry } from './hosts.ts';

/** `--image`: the images a script handles, with the words used for them in logs. */
export const IMAGE_CHOICES = {
  ci: { label: 'CI' },
  prod: { label: 'PROD' },
} as const;
export type ImageChoice = keyof typeof IMAGE_CHOICES;

/** The variables image names are made of (spec §2). */
export interface NamingInput {
  readonly branchName: string;
  readonly dockerhubUser: string;
  readonly dockerhubRepo: string;
  readonly forceAirflowProdBaseTag: string | undefined;
  readonly githubRepository: string;
  readonly githubRegistryImageSuffix: string;
}

interface KindEntry {
  /** The image choice (`--image ci|prod`) it belongs to. */
  readonly choice: ImageChoice;
  /** Its name segment (spec §2): the local tag, and the GitHub repository's last part. */
  readonly segment: (c: NamingInput, python: string) => string;
  /** Its key among the DockerHub-style local names (spec §2a, `localNames`). */
  readonly localName: string;
  /** A build of its choice makes it (`-t`), with a BuildKit registry cache (`:cache`). */
  readonly built?: true;
  /** A build may not produce it: published when present, skipped with a line when not. */
  readonly optional?: true;
}

/**
 * The image kinds, in one table: what each is called, locally and in the registries, and the
 * image choice it belongs to. A new kind of image is one entry here.
 */
const KINDS = {
  ci: { choice: 'ci', segment: (c, python) => `${c.branchName}-python${python}-ci`, localName: 'ciImage', built: true },
  prod: { choice: 'prod', segment: (c, python) => prodBaseTag(c, python), localName: 'prodImage', built: true },
  /**
   * The PROD build-stage image: waited for and pulled only with WAIT_FOR_PROD_BUILD_IMAGE=true;
   * always pushed with the PROD image, as the bash did, when the build made one (a BuildKit
   * single-stage build with the registry cache makes none).
   */
  'prod-build': { choice: 'prod', segment: (c, python) => `${prodBaseTag(c, python)}-build`, localName: 'prodBuildImage', optional: true },
} as const satisfies Readonly<Record<string, KindEntry>>;

export type ImageKind = keyof typeof KINDS;
export const IMAGE_KINDS = Object.keys(KINDS) as readonly ImageKind[];
/** The kinds a build makes, each with its registry cache. */
export type BuiltKind = { [K in ImageKind]: (typeof KINDS)[K] extends { readonly built: true } ? K : never }[ImageKind];
type LocalImageNames = { readonly [K in ImageKind as (typeof KINDS)[K]['localName']]: string };

function prodBaseTag(config: NamingInput, python: string): string {
  return config.forceAirflowProdBaseTag ?? `${config.branchName}-python${python}`;
}

/** `<branch>-python<V>-ci`, `<branch>-python<V>` (or FORCE_AIRFLOW_PROD_BASE_TAG), `…-build`. */
export function imageSegment(config: NamingInput, kind: ImageKind, python: string): string {
  return KINDS[kind].segment(config, python);
}

/** `<DOCKERHUB_USER>/<DOCKERHUB_REPO>:<segment>`: the local name of an image kind (spec §2a). */
export function localImage(config: NamingInput, kind: ImageKind, python: string): string {
  return `${config.dockerhubUser}/${config.dockerhubRepo}:${imageSegment(config, kind, python)}`;
}

/** DockerHub-style local names (spec §2a): one per image kind (its `localName`), and the bash's others. */
export function localNames(config: NamingInput, python: string) {
  const hub = `${config.dockerhubUser}/${config.dockerhubRepo}`;
  const ciBaseTag = imageSegment(config, 'ci', python);
  const prodBaseTag = imageSegment(config, 'prod', python);
  const images = Object.fromEntries(
    IMAGE_KINDS.map((kind) => [KINDS[kind].localName, localImage(config, kind, python)]),
  ) as LocalImageNames;
  return {
    pythonBaseImage: `python:${python}-slim-buster`,
    airflowPythonBaseImage: `${hub}:python${python}-${config.branchName}`,
    ciBaseTag,
    prodBaseTag,
    ...images,
    prodImageKubernetes: `${hub}:${prodBaseTag}-kubernetes`,
    prodImageDefault: `${hub}:${config.branchName}`,
    ciLocalManifestImage: `local/${config.dockerhubRepo}:${ciBaseTag}-manifest`,
    ciRemoteManifestImage: `${hub}:${ciBaseTag}-manifest`,
  };
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
export function buildCacheRef(config: NamingInput, registry: GithubRegistry, kind: BuiltKind, python: string, platform?: string): string {
  return githubImage(config, registry, kind, python, platform ? `cache-${platformTagSuffix(platform)}` : 'cache');
}

/** `linux/arm64/v8` → `linux-arm64-v8`: a platform as a tag segment. */
export function platformTagSuffix(platform: string): string {
  return platform.replace(/\//g, '-');
}

/** The same image in every GitHub registry, preferred (ghcr.io) first, as the wait scripts probe them. */
export function candidateImages(config: NamingInput, kind: ImageKind, python: string, tag: string): Record<GithubRegistry, string> {
  return Object.fromEntries(GITHUB_REGISTRIES.map((registry) => [registry, githubImage(config, registry, kind, python, tag)])) as Record<
    GithubRegistry,
    string
  >;
}

/**
 * The images a command handles: CI → the CI image; PROD → the PROD image, plus the `-build`
 * segment image: waited for and pulled with WAIT_FOR_PROD_BUILD_IMAGE=true, always published
 * (push, promote, copy) when it exists, as the bash push did.
 */
export function imageKinds(
  config: { readonly waitForProdBuildImage: boolean },
  image: ImageChoice,
  purpose: 'wait' | 'publish' = 'wait',
): ImageKind[] {
  return IMAGE_KINDS.filter(
    (kind) => KINDS[kind].choice === image && (!isOptionalKind(kind) || purpose === 'publish' || config.waitForProdBuildImage),
  );
}

/** A kind a build may not produce: published when present, skipped with a line when not. */
export function isOptionalKind(kind: ImageKind): boolean {
  return (KINDS[kind] as KindEntry).optional === true;
}
