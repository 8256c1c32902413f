/** Reading a registry for retention: every tag, its digest and its image's `created` date. */
import { mapLimit } from '../../support/concurrency.ts';
import { descriptorProblem, indexChildren as checkedIndexChildren } from '../../oci/media-types.ts';
import { readStreamBounded } from '../../support/bounded-body.ts';
import { githubRepositoryName, imageSegment, IMAGE_KINDS } from '../../images.ts';
import { requirePythonVersions, type Config } from '../../config/load.ts';
import { DEFAULT_GITHUB_REGISTRY, type GithubRegistry } from '../../hosts.ts';
import { isIndex, isNotFound, isRefused, RegistryError, type Descriptor, type RegistryClient } from '../../registry/index.ts';
import { decide, formatDuration, type PruneOptions, type PrunePlan, type RepositoryPlan, type TagInfo } from './policy.ts';

export function pruneRepositories(
  config: Config,
  registry: GithubRegistry,
): { image: string; registry: GithubRegistry; repository: string }[] {
  const images = new Set<string>();
  for (const python of requirePythonVersions(config)) {
    for (const kind of IMAGE_KINDS) images.add(githubRepositoryName(config, registry, imageSegment(config, kind, python)));
  }
  return [...images].map((image) => ({ image, registry, repository: image.slice(registry.length + 1) }));
}

const MAX_CONFIG_BYTES = 4 << 20;

/** A repository whose tags cannot be listed because it does not exist. */
function isMissingRepository(error: unknown): boolean {
  return isNotFound(error) || (error instanceof RegistryError && error.status === 404);
}

/** Failures that make an age unknown (kept) rather than the run fail. */
function isUnreadable(error: unknown): boolean {
  return error instanceof SyntaxError || (error instanceof RegistryError && !error.retryable && !isRefused(error));
}

type Age = ({ created: string } | { unknown: string }) & { children?: string[] };

/**
 * Every tag of a repository with its digest and its image's `created` date; undefined when the
 * repository does not exist. Manifests and configs are fetched once per digest.
 */
export async function inspectRepository(
  client: RegistryClient,
  repo: { registry: string; repository: string },
  options: Pick<PruneOptions, 'concurrency' | 'log'> = {},
): Promise<TagInfo[] | undefined> {
  let tags: string[];
  try {
    tags = await client.listTags(repo);
  } catch (error) {
    if (isMissingRepository(error)) return undefined;
    throw error;
  }
  const ages = new Map<string, Promise<Age>>();
  const ageOf = (digest: string) => {
    let age = ages.get(digest);
    if (!age) ages.set(digest, (age = readAge(client, repo, digest)));
    return age;
  };
  const infos = await mapLimit(tags, options.concurrency ?? 8, async (tag): Promise<TagInfo | undefined> => {
    const digest = await client.manifestDigest({ ...repo, tag });
    if (!digest) {
      options.log?.(`note: ${repo.registry}/${repo.repository}:${tag} disappeared while listing; ignored`);
      return undefined;
    }
    const age = await ageOf(digest);
    const children = age.children ? { children: age.children } : {};
    return 'created' in age ? { tag, digest, created: age.created, ...children } : { tag, digest, unknownAge: age.unknown, ...children };
  });
  return infos.filter((i): i is TagInfo => i !== undefined);
}

/** The manifests an image index lists (its platforms, attestations): a kept index keeps them all. */
export function indexChildren(body: Buffer): string[] {
  // A child outside the digest grammar stops the plan (nothing deleted) rather than reaching a URL.
  return checkedIndexChildren(body).map((m) => m.digest);
}

async function readAge(client: RegistryClient, repo: { registry: string; repository: string }, digest: string): Promise<Age> {
  let children: string[] | undefined;
  try {
    let manifest = await client.getManifest({ ...repo, digest });
    if (isIndex(manifest.mediaType)) {
      children = indexChildren(manifest.body);
      if (!children.length) return { unknown: 'empty image index', children };
      manifest = await client.getManifest({ ...repo, digest: children[0] });
    }
    const config = (JSON.parse(manifest.body.toString()) as { config?: Descriptor }).config;
    if (!config?.digest) return { unknown: `no config in ${manifest.mediaType || 'the manifest'}`, children };
    const problem = descriptorProblem(config);
    if (problem) return { unknown: `config descriptor refused: ${problem}`, children };
    if (typeof config.size === 'number' && config.size > MAX_CONFIG_BYTES)
      return { unknown: `config blob of ${config.size} bytes`, children };
    const stream = await client.fetchBlob(repo, config.digest, typeof config.size === 'number' ? config.size : undefined);
    const body = await readStreamBounded(stream, MAX_CONFIG_BYTES);
    if (!body.ok) return { unknown: `config blob of more than ${MAX_CONFIG_BYTES} bytes`, children };
    const created = (JSON.parse(body.bytes.toString('utf8')) as { created?: unknown }).created;
    if (typeof created !== 'string' || Number.isNaN(Date.parse(created)))
      return { unknown: 'no valid created date in the image config', children };
    return { created: new Date(Date.parse(created)).toISOString(), children };
  } catch (error) {
    if (isUnreadable(error)) return { unknown: (error as Error).message, children };
    throw error;
  }
}

/** Inspects every repository and decides; deletes nothing. */
export async function planPrune(
  client: RegistryClient,
  repositories: readonly { image: string; registry: GithubRegistry; repository: string }[],
  options: PruneOptions,
): Promise<PrunePlan> {
  const now = options.now ?? Date.now();
  const cutoffMs = now - options.olderThanSeconds * 1000;
  const olderThan = formatDuration(options.olderThanSeconds);
  const plans: RepositoryPlan[] = [];
  for (const repo of repositories) {
    const tags = await inspectRepository(client, repo, options);
    if (!tags) {
      options.log?.(`note: ${repo.image} does not exist; skipped`);
      plans.push({ ...repo, skipped: 'the repository does not exist', kept: [], deletions: [] });
      continue;
    }
    plans.push({ ...repo, ...decide(tags, options.keep, cutoffMs, olderThan) });
  }
  return {
    registry: repositories[0]?.registry ?? DEFAULT_GITHUB_REGISTRY,
    keep: options.keep,
    olderThan,
    now: new Date(now).toISOString(),
    cutoff: new Date(cutoffMs).toISOString(),
    repositories: plans,
  };
}
