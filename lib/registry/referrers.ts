/**
 * What belongs to an image digest (`oras discover`): the OCI 1.1 referrers API
 * (`GET /v2/<name>/referrers/<digest>`, its `OCI-Filters-Applied` honoured, Link pages followed on the
 * registry's own origin only, pages and bytes capped); where the registry has no such API (a 404),
 * the fallback tag `sha256-<hex>` holding an index of them; and cosign's legacy tags
 * `sha256-<hex>.sig` / `.att` / `.sbom`. Every digest read from the network is held to the grammar
 * before it goes into a URL; referrers of referrers are followed to a depth, each digest once, and
 * more than LIMITS.referrers in all is refused rather than cut short.
 */
import { isNotFound, RegistryError, statusError } from './errors.ts';
import { LIMITS } from './limits.ts';
import { getManifest, type Manifest } from './manifests.ts';
import { followableNext } from './tags.ts';
import { errorDetail, type RepositoryHandle } from './transport/index.ts';
import { isDigest } from '../oci/grammar.ts';
import { descriptorProblem, isIndex, isMediaType, MEDIA_TYPES } from '../oci/media-types.ts';
import { artifactTypeOf, COSIGN_SUFFIXES, cosignTagName, fallbackTagName } from '../oci/referrers.ts';
import { formatBytes } from '../support/bounded-body.ts';
import { displayUrl, neutralize } from '../support/network-text.ts';

export type FoundBy = 'api' | 'fallback-tag' | 'cosign-tag';

export interface Referrer {
  /** The digest this one belongs to (the image, or a referrer of it at depth > 1). */
  readonly subject: string;
  readonly artifactType?: string;
  readonly digest: string;
  readonly size: number;
  readonly mediaType: string;
  readonly foundBy: FoundBy;
  /** The tag it was found under (fallback-tag, cosign-tag). */
  readonly tag?: string;
  readonly annotations?: Readonly<Record<string, string>>;
}

export interface ReferrersOptions {
  /** Only referrers of this artifact type (cosign tags are matched on the type read from their manifest). */
  readonly artifactType?: string;
  /** Look at cosign's `.sig` / `.att` / `.sbom` tags too (default true). */
  readonly cosign?: boolean;
  /** Levels followed: 1 = the image's referrers, 2 = and theirs (default 1, at most 8). */
  readonly depth?: number;
  readonly maxReferrers?: number;
  readonly maxPages?: number;
  readonly signal?: AbortSignal;
}

export interface ReferrersListing {
  readonly referrers: readonly Referrer[];
  /** Whether the registry answered the referrers API (false: the fallback tag was read instead). */
  readonly api: boolean;
  /** Entries refused (not descriptors, digests outside the grammar), neutralized, to be mentioned. */
  readonly dropped: readonly string[];
}

const MAX_DEPTH = 8;

export async function findReferrers(repo: RepositoryHandle, subject: string, options: ReferrersOptions = {}): Promise<ReferrersListing> {
  if (!isDigest(subject))
    throw new RegistryError(`referrers of ${repo.name}: ${neutralize(subject, 80)} is not a digest`, { code: 'DIGEST_INVALID' });
  const max = options.maxReferrers ?? LIMITS.referrers;
  const depth = Math.min(Math.max(1, options.depth ?? 1), MAX_DEPTH);
  const found: Referrer[] = [];
  const dropped: string[] = [];
  const seen = new Set<string>([subject]);
  let api = false;
  let level = [subject];
  for (let d = 1; d <= depth && level.length > 0; d++) {
    const next: string[] = [];
    for (const digest of level) {
      const one = await referrersOf(repo, digest, options, dropped);
      if (d === 1) api = one.api;
      for (const referrer of one.referrers) {
        if (seen.has(referrer.digest)) continue;
        seen.add(referrer.digest);
        found.push(referrer);
        next.push(referrer.digest);
        if (found.length > max) {
          throw new RegistryError(`referrers of ${repo.name}@${subject}: more than ${max}; stopping`, { code: 'TOO_MANY_REFERRERS' });
        }
      }
    }
    level = next;
  }
  return { referrers: found, api, dropped };
}

/** One digest's referrers: the API, else the fallback tag; then cosign's tags. */
async function referrersOf(
  repo: RepositoryHandle,
  subject: string,
  options: ReferrersOptions,
  dropped: string[],
): Promise<{ referrers: Referrer[]; api: boolean }> {
  const wanted = (r: Referrer) => !options.artifactType || r.artifactType === options.artifactType;
  // The API's answer is already filtered (by the registry when it says so, else in referrersApi).
  const fromApi = await referrersApi(repo, subject, options, dropped);
  const referrers = fromApi ?? (await fallbackIndex(repo, subject, dropped)).filter(wanted);
  if (options.cosign !== false) referrers.push(...(await cosignTags(repo, subject, options.signal)).filter(wanted));
  return { referrers, api: fromApi !== undefined };
}

/** The referrers API, every page; undefined when the registry has none (404 on the first page). */
async function referrersApi(
  repo: RepositoryHandle,
  subject: string,
  options: ReferrersOptions,
  dropped: string[],
): Promise<Referrer[] | undefined> {
  const what = `GET referrers ${repo.name}@${subject}`;
  const maxPages = options.maxPages ?? LIMITS.referrerPages;
  const query = options.artifactType ? `?artifactType=${encodeURIComponent(options.artifactType)}` : '';
  const seenPages = new Set<string>();
  const referrers: Referrer[] = [];
  let bytes = 0;
  let url = new URL(repo.url(`referrers/${subject}${query}`)).toString();
  for (let page = 1; ; page++) {
    seenPages.add(url);
    const { response } = await repo.send({
      method: 'GET',
      url,
      actions: 'pull',
      what,
      headers: { accept: MEDIA_TYPES.ociIndex },
      maxBytes: LIMITS.manifest,
      signal: options.signal,
      subject: 'manifest',
    });
    if (response.status === 404 && page === 1) return undefined;
    if (!response.ok) throw statusError(response.status, what, await errorDetail(response), 'manifest');
    bytes += response.buffered?.length ?? 0;
    if (bytes > LIMITS.referrersTotal) {
      throw new RegistryError(`${what}: more than ${formatBytes(LIMITS.referrersTotal)} of referrers over ${page} pages; stopping`, {
        code: 'TOO_LARGE',
      });
    }
    let manifests: unknown;
    try {
      manifests = (JSON.parse((response.buffered ?? Buffer.alloc(0)).toString('utf8')) as { manifests?: unknown })?.manifests;
    } catch {
      manifests = undefined;
    }
    if (!Array.isArray(manifests)) {
      throw new RegistryError(`${what}: page ${page} from ${displayUrl(url)} is not an image index`, {
        status: response.status,
        code: 'REFERRERS_INVALID',
      });
    }
    const filtered = (response.headers.get('oci-filters-applied') ?? '')
      .split(',')
      .map((s) => s.trim())
      .includes('artifactType');
    for (const entry of descriptors(manifests, subject, 'api', undefined, dropped)) {
      if (!options.artifactType || filtered || entry.artifactType === options.artifactType) referrers.push(entry);
    }
    const next = followableNext(repo, response.headers.get('link'), url, what);
    if (!next) return referrers;
    if (seenPages.has(next))
      throw new RegistryError(`${what}: the next page ${displayUrl(next)} was already read (a pagination loop); stopping`, {
        code: 'PAGINATION_LOOP',
      });
    if (page >= maxPages)
      throw new RegistryError(`${what}: more than ${maxPages} pages of referrers; stopping`, { code: 'TOO_MANY_PAGES' });
    url = next;
  }
}

/** The index under the fallback tag `sha256-<hex>`, if there is one. */
async function fallbackIndex(repo: RepositoryHandle, subject: string, dropped: string[]): Promise<Referrer[]> {
  const tag = fallbackTagName(subject);
  const manifest = await manifestAt(repo, tag);
  if (!manifest) return [];
  if (!isIndex(manifest.mediaType)) {
    dropped.push(`fallback tag ${tag}: not an index (${neutralize(manifest.mediaType, 80)})`);
    return [];
  }
  const { manifests } = JSON.parse(manifest.body.toString('utf8')) as { manifests: unknown[] };
  return descriptors(manifests, subject, 'fallback-tag', tag, dropped);
}

/** cosign's `.sig` / `.att` / `.sbom` tags that exist, each read for its digest and artifact type. */
async function cosignTags(repo: RepositoryHandle, subject: string, signal?: AbortSignal): Promise<Referrer[]> {
  const referrers: Referrer[] = [];
  for (const suffix of COSIGN_SUFFIXES) {
    const tag = cosignTagName(subject, suffix);
    const manifest = await manifestAt(repo, tag, signal);
    if (!manifest) continue;
    const artifactType = artifactTypeOf(JSON.parse(manifest.body.toString('utf8')));
    referrers.push({
      subject,
      artifactType,
      digest: manifest.digest,
      size: manifest.body.length,
      mediaType: manifest.mediaType,
      foundBy: 'cosign-tag',
      tag,
    });
  }
  return referrers;
}

async function manifestAt(repo: RepositoryHandle, tag: string, signal?: AbortSignal): Promise<Manifest | undefined> {
  try {
    return await getManifest(repo, { registry: repo.registry, repository: repo.name, tag }, signal);
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** The entries of a referrers index that are descriptors (digest in the grammar); the others noted in `dropped`. */
function descriptors(values: unknown[], subject: string, foundBy: FoundBy, tag: string | undefined, dropped: string[]): Referrer[] {
  const referrers: Referrer[] = [];
  values.forEach((value, i) => {
    const problem = descriptorProblem(value);
    if (problem) {
      dropped.push(`${foundBy}${tag ? ` ${tag}` : ''} entry ${i}: ${neutralize(problem, 120)}`);
      return;
    }
    const { mediaType, digest, size, artifactType, annotations } = value as Record<string, unknown> & {
      mediaType: string;
      digest: string;
      size: number;
    };
    referrers.push({
      subject,
      digest,
      size,
      mediaType,
      foundBy,
      ...(tag ? { tag } : {}),
      ...(isMediaType(artifactType) ? { artifactType } : {}),
      ...(stringRecord(annotations) ? { annotations: stringRecord(annotations) } : {}),
    });
  });
  return referrers;
}

function stringRecord(value: unknown): Record<string, string> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value)
    .filter((e): e is [string, string] => typeof e[1] === 'string')
    .slice(0, 64);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}
