/**
 * Retention for the CI images in a GitHub registry. The original never deleted anything from
 * GitHub Packages, so run-id tags piled up forever; this plans and (with --yes) performs the
 * deletions:
 *
 * - `latest` and `cache` are always kept and never count towards N;
 * - of the run-id (digits) and sha (hex) tags, the newest N by the image config's `created` date
 *   are kept, and so is anything created within `--older-than`;
 * - a tag whose age cannot be read, or that is neither run-id nor sha, is kept (and said so);
 * - the rest is deleted by manifest digest, never a digest that a kept tag still points to
 *   (deleting a digest removes every tag on it).
 *
 * On ghcr.io the registry API refuses manifest DELETE: deletion goes through GitHub's REST API
 * for package versions (lib/github-packages.ts), decided by the public host even when
 * REGISTRY_ENDPOINTS sends the registry traffic elsewhere.
 */
import { mapLimit } from '../../support/concurrency.ts';
import { ConfigError, exitCodeFor } from '../../support/errors.ts';
import { markdownTable, type Writer } from '../../github/actions.ts';
import { GithubPackagesClient, ghcrPackage, type PackageVersion } from '../../github/packages-api.ts';
import { githubRepositoryName, imageSegment, IMAGE_KINDS } from '../../images.ts';
import { requirePythonVersions, type Config } from '../../config/load.ts';
import { GITHUB_REGISTRIES, type GithubRegistry } from '../../hosts.ts';
import {
  isIndex, isNotFound, isRefused, RegistryError, type Descriptor, type RegistryClient,
} from '../../registry/index.ts';

export type TagKind = 'latest' | 'cache' | 'run-id' | 'sha' | 'other';

export interface PruneOptions {
  /** Run-id / sha tags kept regardless of age (newest first). */
  readonly keep: number;
  /** Tags created less than this many seconds ago are kept. */
  readonly olderThanSeconds: number;
  /** Milliseconds since the epoch; tests pin it. */
  readonly now?: number;
  /** Tags resolved at once. */
  readonly concurrency?: number;
  readonly log?: Writer;
}

/** One tag as found in the registry. `created` is undefined when the age could not be read. */
export interface TagInfo {
  readonly tag: string;
  readonly digest: string;
  readonly created?: string;
  /** Why the age is unknown. */
  readonly unknownAge?: string;
}

export interface KeptTag {
  readonly tag: string;
  readonly digest: string;
  readonly created?: string;
  readonly reason: string;
}

export type DeletionStatus = 'planned' | 'deleted' | 'gone' | 'skipped' | 'failed';

export interface Deletion {
  readonly digest: string;
  readonly tags: string[];
  readonly created?: string;
  status: DeletionStatus;
  detail?: string;
  /** ghcr.io: the GitHub package version deleted. */
  versionId?: number;
}

export interface RepositoryPlan {
  /** `docker.pkg.github.com/apache/airflow/master-python3.8-ci-v2` */
  readonly image: string;
  readonly registry: GithubRegistry;
  readonly repository: string;
  /** Set when the repository was skipped (it does not exist). */
  readonly skipped?: string;
  readonly kept: KeptTag[];
  readonly deletions: Deletion[];
}

export interface PrunePlan {
  readonly registry: GithubRegistry;
  readonly keep: number;
  readonly olderThan: string;
  readonly now: string;
  /** Images created before this are old. */
  readonly cutoff: string;
  readonly repositories: RepositoryPlan[];
}

// ---- flags ---------------------------------------------------------------------------------------

export const DEFAULT_KEEP = 10;
export const DEFAULT_OLDER_THAN = '14d';

/** `--keep N`: a non-negative integer. */
export function parseKeep(value: string | undefined): number {
  if (value === undefined) return DEFAULT_KEEP;
  if (!/^\d{1,9}$/.test(value)) throw ConfigError.invalid('--keep', value, 'expected a non-negative whole number of run-id/sha tags to keep, e.g. 10');
  return Number(value);
}

const UNITS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400, w: 604800 };

/** `--older-than`: `14d`, `36h`, `90m`, `2w`, `30s` or plain seconds. */
export function parseDuration(flag: string, value: string | undefined, fallback = DEFAULT_OLDER_THAN): number {
  const text = value ?? fallback;
  const match = /^(\d{1,9})([smhdw]?)$/.exec(text);
  if (!match) throw ConfigError.invalid(flag, text, 'expected a duration such as 14d, 36h, 90m, 2w or a number of seconds');
  return Number(match[1]) * UNITS[match[2]];
}

export function formatDuration(seconds: number): string {
  for (const [unit, size] of [['d', 86400], ['h', 3600], ['m', 60]] as const) {
    if (seconds >= size && seconds % size === 0) return `${seconds / size}${unit}`;
  }
  return `${seconds}s`;
}

export function parseRegistryFlag(value: string | undefined, fallback: GithubRegistry): GithubRegistry {
  if (value === undefined) return fallback;
  if ((GITHUB_REGISTRIES as readonly string[]).includes(value)) return value as GithubRegistry;
  throw ConfigError.invalid('--registry', value, `expected one of ${GITHUB_REGISTRIES.join(', ')}`);
}

// ---- what to look at -----------------------------------------------------------------------------

export function tagKind(tag: string): TagKind {
  if (tag === 'latest') return 'latest';
  if (tag === 'cache') return 'cache';
  if (/^\d+$/.test(tag)) return 'run-id';
  if (/^[0-9a-f]{7,64}$/.test(tag)) return 'sha';
  return 'other';
}

/** The CI, PROD and PROD-build repositories of every configured python version, in one registry. */
export function pruneRepositories(config: Config, registry: GithubRegistry): { image: string; registry: GithubRegistry; repository: string }[] {
  const images = new Set<string>();
  for (const python of requirePythonVersions(config)) {
    for (const kind of IMAGE_KINDS) images.add(githubRepositoryName(config, registry, imageSegment(config, kind, python)));
  }
  return [...images].map((image) => ({ image, registry, repository: image.slice(registry.length + 1) }));
}

// ---- the decision (pure) -------------------------------------------------------------------------

function newestFirst(a: TagInfo, b: TagInfo): number {
  const byDate = Date.parse(b.created!) - Date.parse(a.created!);
  if (byDate !== 0) return byDate;
  const aRun = tagKind(a.tag) === 'run-id';
  const bRun = tagKind(b.tag) === 'run-id';
  if (aRun !== bRun) return aRun ? -1 : 1;
  if (aRun) {
    const x = BigInt(a.tag);
    const y = BigInt(b.tag);
    return x > y ? -1 : x < y ? 1 : 0;
  }
  return a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0;
}

/**
 * Which tags stay and which digests go. Ties in `created` are broken by tag: run ids before shas,
 * higher run id first, shas alphabetically, so the plan is the same on every run.
 */
export function decide(tags: readonly TagInfo[], keep: number, cutoffMs: number, olderThan = ''): { kept: KeptTag[]; deletions: Deletion[] } {
  const kept: KeptTag[] = [];
  const candidates: TagInfo[] = [];
  const dated: TagInfo[] = [];
  const sorted = [...tags].sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  for (const info of sorted) {
    const kind = tagKind(info.tag);
    const keepAs = (reason: string) => kept.push({ tag: info.tag, digest: info.digest, created: info.created, reason });
    if (kind === 'latest' || kind === 'cache') keepAs(`${kind} (always kept)`);
    else if (kind === 'other') keepAs('not a run-id or sha tag (only those are pruned)');
    else if (info.created === undefined) keepAs(`unknown age (${info.unknownAge ?? 'no created date'}): kept to be safe`);
    else dated.push(info);
  }
  dated.sort(newestFirst);
  dated.forEach((info, index) => {
    const keepAs = (reason: string) => kept.push({ tag: info.tag, digest: info.digest, created: info.created, reason });
    if (index < keep) keepAs(`newest ${index + 1} of ${keep}`);
    else if (Date.parse(info.created!) >= cutoffMs) keepAs(`younger than ${olderThan || 'the cut-off'}`);
    else candidates.push(info);
  });
  const keptDigests = new Map<string, string[]>();
  for (const k of kept) keptDigests.set(k.digest, [...(keptDigests.get(k.digest) ?? []), k.tag]);
  const deletions = new Map<string, Deletion>();
  for (const info of candidates) {
    const protectors = keptDigests.get(info.digest);
    if (protectors) {
      kept.push({ tag: info.tag, digest: info.digest, created: info.created, reason: `old, but shares its digest with kept tag(s) ${protectors.join(', ')}` });
      continue;
    }
    const deletion = deletions.get(info.digest) ?? { digest: info.digest, tags: [], created: info.created, status: 'planned' as const };
    deletion.tags.push(info.tag);
    deletions.set(info.digest, deletion);
  }
  return { kept, deletions: [...deletions.values()] };
}

// ---- reading the registry ------------------------------------------------------------------------

const MAX_CONFIG_BYTES = 4 << 20;

/** A repository whose tags cannot be listed because it does not exist. */
function isMissingRepository(error: unknown): boolean {
  return isNotFound(error) || (error instanceof RegistryError && error.status === 404);
}

/** Failures that make an age unknown (kept) rather than the run fail. */
function isUnreadable(error: unknown): boolean {
  return error instanceof SyntaxError || (error instanceof RegistryError && !error.retryable && !isRefused(error));
}

type Age = { created: string } | { unknown: string };

/**
 * Every tag of a repository with its digest and its image's `created` date; undefined when the
 * repository does not exist. Manifests and configs are fetched once per digest.
 */
export async function inspectRepository(
  client: RegistryClient, repo: { registry: string; repository: string }, options: Pick<PruneOptions, 'concurrency' | 'log'> = {},
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
    return 'created' in age ? { tag, digest, created: age.created } : { tag, digest, unknownAge: age.unknown };
  });
  return infos.filter((i): i is TagInfo => i !== undefined);
}

async function readAge(client: RegistryClient, repo: { registry: string; repository: string }, digest: string): Promise<Age> {
  try {
    let manifest = await client.getManifest({ ...repo, digest });
    if (isIndex(manifest.mediaType)) {
      const first = (JSON.parse(manifest.body.toString()) as { manifests?: Descriptor[] }).manifests?.[0];
      if (!first) return { unknown: 'empty image index' };
      manifest = await client.getManifest({ ...repo, digest: first.digest });
    }
    const config = (JSON.parse(manifest.body.toString()) as { config?: Descriptor }).config;
    if (!config?.digest) return { unknown: `no config in ${manifest.mediaType || 'the manifest'}` };
    if (typeof config.size === 'number' && config.size > MAX_CONFIG_BYTES) return { unknown: `config blob of ${config.size} bytes` };
    const stream = await client.fetchBlob(repo, config.digest, typeof config.size === 'number' ? config.size : undefined);
    const created = (JSON.parse(await new Response(stream).text()) as { created?: unknown }).created;
    if (typeof created !== 'string' || Number.isNaN(Date.parse(created))) return { unknown: 'no valid created date in the image config' };
    return { created: new Date(Date.parse(created)).toISOString() };
  } catch (error) {
    if (isUnreadable(error)) return { unknown: (error as Error).message };
    throw error;
  }
}

/** Inspects every repository and decides; deletes nothing. */
export async function planPrune(
  client: RegistryClient, repositories: readonly { image: string; registry: GithubRegistry; repository: string }[], options: PruneOptions,
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
    registry: repositories[0]?.registry ?? 'docker.pkg.github.com', keep: options.keep, olderThan,
    now: new Date(now).toISOString(), cutoff: new Date(cutoffMs).toISOString(), repositories: plans,
  };
}

// ---- deleting ------------------------------------------------------------------------------------

export interface DeleteOutcome {
  readonly status: 'deleted' | 'gone' | 'skipped';
  readonly detail?: string;
  readonly versionId?: number;
}

/** How a registry deletes one digest. */
export interface Deleter {
  readonly method: string;
  delete(repo: RepositoryPlan, deletion: Deletion): Promise<DeleteOutcome>;
}

/** The registry API: `DELETE /v2/<name>/manifests/<digest>`. */
export function registryDeleter(client: RegistryClient): Deleter {
  return {
    method: 'registry API (DELETE manifest by digest)',
    async delete(repo, deletion) {
      try {
        await client.deleteManifest({ registry: repo.registry, repository: repo.repository, digest: deletion.digest });
        return { status: 'deleted' };
      } catch (error) {
        if (isNotFound(error)) return { status: 'gone', detail: 'already gone' };
        throw error;
      }
    },
  };
}

/** ghcr.io: the package version whose name is the digest, through GitHub's REST API. */
export function githubPackagesDeleter(api: GithubPackagesClient): Deleter {
  const versions = new Map<string, Promise<Map<string, PackageVersion>>>();
  return {
    method: 'GitHub REST API (DELETE package version)',
    async delete(repo, deletion) {
      const { owner, packageName } = ghcrPackage(repo.repository);
      let byDigest = versions.get(repo.repository);
      if (!byDigest) {
        byDigest = api.listVersions(owner, packageName).then((list) => new Map(list.map((v) => [v.name, v])));
        versions.set(repo.repository, byDigest);
        byDigest.catch(() => versions.delete(repo.repository));
      }
      const version = (await byDigest).get(deletion.digest);
      if (!version) return { status: 'skipped', detail: `no package version of ${owner}/${packageName} has this digest` };
      const keptTags = new Set(repo.kept.map((k) => k.tag));
      const protectedTags = version.tags.filter((t) => keptTags.has(t) || !deletion.tags.includes(t));
      if (protectedTags.length) {
        return { status: 'skipped', detail: `package version ${version.id} also carries tag(s) ${protectedTags.join(', ')}`, versionId: version.id };
      }
      const deleted = await api.deleteVersion(owner, packageName, version.id);
      return { status: deleted ? 'deleted' : 'gone', versionId: version.id, ...(deleted ? {} : { detail: 'already gone' }) };
    },
  };
}

/** The deleter for a registry, by its public host. */
export function deleterFor(config: Config, registry: GithubRegistry, client: RegistryClient, log?: Writer): Deleter {
  if (registry !== 'ghcr.io') return registryDeleter(client);
  const token = config.containerRegistryToken || config.githubToken;
  if (!token) {
    throw new ConfigError('CONTAINER_REGISTRY_TOKEN', 'deleting from ghcr.io goes through the GitHub REST API and needs CONTAINER_REGISTRY_TOKEN (or GITHUB_TOKEN) with the delete:packages scope');
  }
  return githubPackagesDeleter(new GithubPackagesClient({ apiUrl: config.githubApiUrl, token, onRetry: log }));
}

export interface ExecuteResult {
  readonly deleted: number;
  readonly failed: number;
  readonly skipped: number;
  /** 0, or the exit code of the first failure (3 for refused credentials). */
  readonly exitCode: number;
}

/**
 * Deletes the planned digests. Just before, each repository's tags are listed again: a digest that
 * a tag outside the plan now points to (pushed or moved meanwhile) is skipped.
 */
export async function executePlan(plan: PrunePlan, client: RegistryClient, deleter: Deleter, log?: Writer): Promise<ExecuteResult> {
  let exitCode = 0;
  for (const repo of plan.repositories) {
    if (!repo.deletions.length) continue;
    const byDigest = new Map(repo.deletions.map((d) => [d.digest, d]));
    const planned = new Set(repo.deletions.flatMap((d) => d.tags));
    const now = await client.listTags(repo);
    await mapLimit(now.filter((t) => !planned.has(t)), 8, async (tag) => {
      const digest = await client.manifestDigest({ registry: repo.registry, repository: repo.repository, tag });
      const deletion = digest ? byDigest.get(digest) : undefined;
      if (deletion && deletion.status === 'planned') {
        deletion.status = 'skipped';
        deletion.detail = `tag ${tag} points to it now`;
      }
    });
    for (const deletion of repo.deletions) {
      if (deletion.status !== 'planned') continue;
      if (exitCode === 3) {
        deletion.status = 'skipped';
        deletion.detail = 'not attempted after the credentials were refused';
        continue;
      }
      try {
        Object.assign(deletion, await deleter.delete(repo, deletion));
      } catch (error) {
        deletion.status = 'failed';
        deletion.detail = (error as Error).message;
        exitCode = exitCode || exitCodeFor(error);
        if (exitCodeFor(error) === 3) exitCode = 3;
      }
      log?.(`${deletion.status} ${repo.image}@${deletion.digest} (${deletion.tags.join(', ')})${deletion.detail ? `: ${deletion.detail}` : ''}`);
    }
  }
  const all = plan.repositories.flatMap((r) => r.deletions);
  const count = (...s: DeletionStatus[]) => all.filter((d) => s.includes(d.status)).length;
  return { deleted: count('deleted', 'gone'), failed: count('failed'), skipped: count('skipped'), exitCode };
}

// ---- reporting -----------------------------------------------------------------------------------

const short = (digest: string) => digest.slice(0, 19);
const day = (created: string | undefined) => created?.slice(0, 16).replace('T', ' ') ?? 'unknown age';

/** The plan in plain words: per repository, kept tags with their reason and digests to delete. */
export function formatPlan(plan: PrunePlan, dryRun: boolean): string[] {
  const lines = [
    `${dryRun ? 'Dry run (nothing is deleted; pass --yes to delete)' : 'Pruning'}: ${plan.registry}, keep latest, cache, ` +
      `the newest ${plan.keep} run-id/sha tags and anything created after ${plan.cutoff} (--older-than ${plan.olderThan})`,
  ];
  for (const repo of plan.repositories) {
    if (repo.skipped) {
      lines.push('', `${repo.image}: skipped, ${repo.skipped}`);
      continue;
    }
    const tagCount = repo.kept.length + repo.deletions.reduce((n, d) => n + d.tags.length, 0);
    lines.push('', `${repo.image}: ${tagCount} tags; keep ${repo.kept.length}, ${dryRun ? 'would delete' : 'delete'} ${repo.deletions.length} digests`);
    for (const k of repo.kept) lines.push(`  keep    ${k.tag.padEnd(20)} ${short(k.digest)}  ${day(k.created).padEnd(16)}  ${k.reason}`);
    for (const d of repo.deletions) {
      lines.push(`  ${dryRun ? 'would delete' : 'delete'} ${d.digest}  ${day(d.created)}  tags: ${d.tags.join(', ')}`);
    }
  }
  const deletions = plan.repositories.flatMap((r) => r.deletions);
  lines.push('', `${dryRun ? 'Would delete' : 'To delete'}: ${deletions.length} digests (${deletions.reduce((n, d) => n + d.tags.length, 0)} tags) in ` +
    `${plan.repositories.filter((r) => r.deletions.length).length} of ${plan.repositories.length} repositories`);
  return lines;
}

/** A job-summary table for GitHub Actions. */
export function summaryMarkdown(plan: PrunePlan, dryRun: boolean): string {
  const rows = plan.repositories.map((repo) => {
    const tags = repo.deletions.flatMap((d) => d.tags);
    const statuses = [...new Set(repo.deletions.map((d) => d.status))];
    return [
      `\`${repo.image}\``,
      repo.skipped ? '–' : String(repo.kept.length),
      repo.skipped ? '–' : String(repo.deletions.length),
      tags.length ? tags.join(' ') : '–',
      repo.skipped ? `skipped: ${repo.skipped}` : dryRun ? (repo.deletions.length ? 'dry run' : 'nothing to delete') : statuses.join(', ') || 'nothing to delete',
    ];
  });
  return [
    `### Image retention on ${plan.registry}${dryRun ? ' (dry run)' : ''}`,
    '',
    `Kept: latest, cache, the newest ${plan.keep} run-id/sha tags, anything younger than ${plan.olderThan}.`,
    '',
    markdownTable(['Repository', 'Kept tags', 'Digests deleted', 'Tags deleted', 'Result'], rows),
  ].join('\n');
}
