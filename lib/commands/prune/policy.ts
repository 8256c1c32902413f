/**
 * Retention policy (pure): the original never deleted anything from GitHub Packages, so run-id
 * tags piled up forever. This decides which tags stay and which digests go:
 *
 * - `latest` and `cache` are always kept and never count towards N;
 * - of the run-id (digits) and sha (hex) tags, the newest N by the image config's `created` date
 *   are kept, and so is anything created within `--older-than`;
 * - a tag whose age cannot be read, or that is neither run-id nor sha, is kept (and said so);
 * - the rest is deleted by manifest digest, never a digest that a kept tag still points to
 *   (deleting a digest removes every tag on it).
 */
import type { Writer } from '../../support/writer.ts';
import type { GithubRegistry } from '../../hosts.ts';

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
  /** An index: the manifests it lists (kept with it). */
  readonly children?: readonly string[];
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

export function formatDuration(seconds: number): string {
  for (const [unit, size] of [
    ['d', 86400],
    ['h', 3600],
    ['m', 60],
  ] as const) {
    if (seconds >= size && seconds % size === 0) return `${seconds / size}${unit}`;
  }
  return `${seconds}s`;
}

export function tagKind(tag: string): TagKind {
  if (tag === 'latest') return 'latest';
  // The BuildKit registry cache, and a per-runner build's own (`cache-linux-arm64`, docs/buildkit.md).
  if (/^cache(?:-[a-z0-9]+)*$/.test(tag)) return 'cache';
  if (/^\d+$/.test(tag)) return 'run-id';
  if (/^[0-9a-f]{7,64}$/.test(tag)) return 'sha';
  return 'other';
}

/** The CI, PROD and PROD-build repositories of every configured python version, in one registry. */
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
export function decide(
  tags: readonly TagInfo[],
  keep: number,
  cutoffMs: number,
  olderThan = '',
): { kept: KeptTag[]; deletions: Deletion[] } {
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
  // A digest a kept tag points to, or that a kept index lists (a platform of a multi-arch image),
  // is never deleted: deleting it would leave the kept tag unpullable.
  const protectors = new Map<string, string[]>();
  const protect = (digest: string, by: string) => protectors.set(digest, [...(protectors.get(digest) ?? []), by]);
  const byDigest = new Map(tags.map((t) => [t.digest, t]));
  for (const k of kept) {
    protect(k.digest, k.tag);
    for (const child of byDigest.get(k.digest)?.children ?? []) protect(child, `${k.tag} (index)`);
  }
  const deletions = new Map<string, Deletion>();
  for (const info of candidates) {
    const by = protectors.get(info.digest);
    if (by) {
      const how = by.some((b) => b.endsWith('(index)')) ? 'is listed by or shares its digest with kept' : 'shares its digest with kept';
      kept.push({ tag: info.tag, digest: info.digest, created: info.created, reason: `old, but ${how} tag(s) ${by.join(', ')}` });
      continue;
    }
    const deletion = deletions.get(info.digest) ?? { digest: info.digest, tags: [], created: info.created, status: 'planned' as const };
    deletion.tags.push(info.tag);
    deletions.set(info.digest, deletion);
  }
  return { kept, deletions: [...deletions.values()] };
}
