/**
 * Multi-platform images without a daemon: an OCI image index assembled from single-platform
 * images already pushed to the target repository (one per runner, or one per classic BuildKit
 * build), each child's platform read from its own config; the equivalent of
 * `docker buildx imagetools create`. And `hasPlatform`, for waits that need one platform.
 */
import { createHash } from 'node:crypto';
import { CiImagesError, ConfigError } from '../support/errors.ts';
import { readStreamBounded } from '../support/bounded-body.ts';
import { formatPlatform, isUnknownPlatform, matchesPlatform, platformOf, type Platform } from '../oci/platform.ts';
import { isAttestationManifest } from '../oci/referrers.ts';
import type { Descriptor } from '../oci/media-types.ts';
import { formatReference, type Reference } from '../oci/reference.ts';
import { MEDIA_TYPES, parseReference, type Manifest, type RegistryClient } from '../registry/index.ts';
import type { Config } from '../config/load.ts';
import { githubImage, type ImageChoice } from '../images.ts';
import { publishTags } from './push.ts';
import { commitTagToPublish } from './commit.ts';
import type { Writer } from '../support/writer.ts';

const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** An image config is a few kB; a larger answer is not one. */
const MAX_CONFIG_BYTES = 4 << 20;

const isIndex = (mediaType: string) => mediaType === MEDIA_TYPES.ociIndex || mediaType === MEDIA_TYPES.dockerList;

/** The manifest at `ref`, or undefined when the registry does not hold it (HEAD first: 404 is an answer, not an error). */
async function manifestIfAny(client: RegistryClient, ref: Reference): Promise<Manifest | undefined> {
  const digest = await client.manifestDigest(ref);
  return digest === undefined ? undefined : client.getManifest(ref.digest ? ref : { ...ref, digest });
}

export interface IndexEntry {
  readonly mediaType: string;
  readonly digest: string;
  readonly size: number;
  readonly platform: Platform;
}

/** A buildx attestation manifest kept next to its image (platform unknown/unknown, its annotations as they were). */
export interface AttestationEntry {
  readonly mediaType: string;
  readonly digest: string;
  readonly size: number;
  readonly platform: Readonly<Record<string, unknown>>;
  readonly annotations: Readonly<Record<string, string>>;
}

const isAttestationEntry = (entry: IndexEntry | AttestationEntry): entry is AttestationEntry => 'annotations' in entry;

export interface MergeResult {
  /** Public references the index was pushed under (the target, then any extra tags). */
  readonly references: readonly string[];
  /** The index digest (also in dry-run: it is computed before the PUT). */
  readonly imageDigest: string;
  readonly manifests: readonly IndexEntry[];
  /** buildx attestation manifests carried with their images (not platforms). */
  readonly attestations: readonly AttestationEntry[];
}

export interface MergeOptions {
  /** More tags for the same index (e.g. the commit sha). */
  readonly extraTags?: readonly string[];
  readonly dryRun?: boolean;
  readonly log?: Writer;
}

/** A digest argument: `sha256:<64 hex>`, else a ConfigError (exit 2) naming it. */
export function parseDigestArgument(text: string): string {
  if (!DIGEST.test(text)) throw ConfigError.invalid('digest', text, 'expected sha256:<64 lower-case hex digits>');
  return text;
}

/** The digest arguments: at least one, each `sha256:<64 hex>` (ConfigError, exit 2, before anything runs). */
export function parseDigestArguments(texts: readonly string[]): string[] {
  if (texts.length === 0) throw new ConfigError('digest', 'no digest given: name the single-platform images to merge (sha256:…)');
  return texts.map(parseDigestArgument);
}

interface ManifestBody {
  readonly config?: { readonly digest?: unknown };
  readonly manifests?: readonly {
    mediaType?: unknown;
    digest?: unknown;
    size?: unknown;
    platform?: Readonly<Record<string, unknown>>;
    annotations?: unknown;
  }[];
}

/** os/architecture/variant of an image manifest, from its config blob. */
export async function imagePlatform(
  client: RegistryClient,
  repo: Pick<Reference, 'registry' | 'repository'>,
  body: Buffer,
  what: string,
): Promise<Platform> {
  const configDigest = (JSON.parse(body.toString('utf8')) as ManifestBody).config?.digest;
  if (typeof configDigest !== 'string' || !DIGEST.test(configDigest))
    throw new CiImagesError(`${what}: the manifest names no config digest`);
  const stream = await client.fetchBlob(repo, configDigest);
  const config = await readStreamBounded(stream, MAX_CONFIG_BYTES);
  if (!config.ok) throw new CiImagesError(`${what}: config ${configDigest} is larger than ${MAX_CONFIG_BYTES} bytes`);
  const platform = platformOf(JSON.parse(config.bytes.toString('utf8')) as Record<string, unknown>);
  if (!platform) throw new CiImagesError(`${what}: config ${configDigest} has no os/architecture`);
  if (isUnknownPlatform(platform))
    throw new CiImagesError(`${what}: an attestation manifest (unknown/unknown), not the image of a platform`);
  return platform;
}

/**
 * Whether the image at `ref` runs on `platform`: an index lists it, or a single image's config
 * says so. False when the image does not exist (yet), so a wait can poll it.
 */
export async function hasPlatform(client: RegistryClient, ref: Reference, platform: Platform | string): Promise<boolean> {
  const manifest = await manifestIfAny(client, ref);
  if (!manifest) return false;
  if (isIndex(manifest.mediaType)) {
    const body = JSON.parse(manifest.body.toString('utf8')) as ManifestBody;
    return (body.manifests ?? []).some((m) => !isAttestationManifest(m as Descriptor) && matchesPlatform(m.platform, platform));
  }
  return matchesPlatform(await imagePlatform(client, ref, manifest.body, formatReference(ref)), platform);
}

/** The children of one digest argument: itself with its config's platform, or an index's platform entries. */
async function entriesFor(client: RegistryClient, target: Reference, digest: string): Promise<(IndexEntry | AttestationEntry)[]> {
  const ref: Reference = { registry: target.registry, repository: target.repository, digest };
  const what = formatReference(ref);
  const manifest = await manifestIfAny(client, ref);
  if (!manifest) throw new CiImagesError(`${digest} is not in ${target.registry}/${target.repository}: push it there first`);
  if (!isIndex(manifest.mediaType)) {
    const platform = await imagePlatform(client, ref, manifest.body, what);
    return [{ mediaType: manifest.mediaType, digest, size: manifest.body.length, platform }];
  }
  // An index (e.g. from buildx) contributes its platform children; attestation manifests are not
  // platforms: each goes along (as it is) with the platform image it describes.
  const entries: IndexEntry[] = [];
  const attestations: AttestationEntry[] = [];
  for (const child of (JSON.parse(manifest.body.toString('utf8')) as ManifestBody).manifests ?? []) {
    const attestation = isAttestationManifest(child as Descriptor);
    const platform = platformOf(child.platform);
    if (!attestation && (!platform || platform.os === 'unknown')) continue;
    if (
      typeof child.digest !== 'string' ||
      !DIGEST.test(child.digest) ||
      typeof child.size !== 'number' ||
      typeof child.mediaType !== 'string'
    ) {
      throw new CiImagesError(`${what}: an index entry without a valid digest, size or media type`);
    }
    const descriptor = { mediaType: child.mediaType, digest: child.digest, size: child.size };
    if (attestation)
      attestations.push({ ...descriptor, platform: { ...child.platform }, annotations: stringAnnotations(child.annotations) });
    else entries.push({ ...descriptor, platform: platform! });
  }
  const kept = new Set(entries.map((e) => e.digest));
  return [...entries, ...attestations.filter((a) => kept.has(a.annotations[ATTESTATION_SUBJECT] ?? ''))];
}

/** buildx's annotation naming the image an attestation manifest describes. */
const ATTESTATION_SUBJECT = 'vnd.docker.reference.digest';

function stringAnnotations(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/** The index body: OCI image index, children in the order given. */
export function indexBody(entries: readonly IndexEntry[], attestations: readonly AttestationEntry[] = []): Buffer {
  return Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociIndex,
      manifests: [
        ...entries.map((e) => ({ mediaType: e.mediaType, digest: e.digest, size: e.size, platform: { ...e.platform } })),
        ...attestations.map((a) => ({
          mediaType: a.mediaType,
          digest: a.digest,
          size: a.size,
          platform: { ...a.platform },
          annotations: { ...a.annotations },
        })),
      ],
    }),
  );
}

/**
 * Assembles the index of `digests` (all in `target`'s repository) and pushes it under target's
 * tag and `extraTags`. Refuses a digest given twice, two images of one platform, and a digest the
 * repository does not hold (CiImagesError, exit 1, one line naming it).
 */
export async function mergePlatforms(
  client: RegistryClient,
  target: Reference,
  digests: readonly string[],
  options: MergeOptions = {},
): Promise<MergeResult> {
  if (digests.length === 0) throw new ConfigError('digest', 'no digest given: name the single-platform images to merge (sha256:…)');
  if (!target.tag) throw new ConfigError('--target', `--target ${formatReference(target)} has no tag: the index is pushed by tag`);
  const seen = new Map<string, string>();
  for (const digest of digests) {
    parseDigestArgument(digest);
    if (seen.has(digest)) throw new CiImagesError(`${digest} is given twice`);
    seen.set(digest, digest);
  }
  const entries: IndexEntry[] = [];
  const attestations: AttestationEntry[] = [];
  const byPlatform = new Map<string, string>();
  for (const digest of digests) {
    for (const entry of await entriesFor(client, target, digest)) {
      if (isAttestationEntry(entry)) {
        attestations.push(entry);
        continue;
      }
      const name = formatPlatform(entry.platform);
      const other = byPlatform.get(name);
      if (other) throw new CiImagesError(`two images for ${name}: ${other} and ${entry.digest}; keep one`);
      byPlatform.set(name, entry.digest);
      entries.push(entry);
    }
  }
  const body = indexBody(entries, attestations);
  const tags = [target.tag, ...(options.extraTags ?? []).filter((t) => t !== target.tag)];
  const references = tags.map((tag) => formatReference({ registry: target.registry, repository: target.repository, tag }));
  let imageDigest = '';
  for (const [i, tag] of tags.entries()) {
    const line = `PUT index ${references[i]} (${entries.map((e) => `${formatPlatform(e.platform)} ${e.digest}`).join(', ')})`;
    if (options.dryRun) {
      options.log?.(`[dry-run] ${line}`);
      continue;
    }
    options.log?.(line);
    imageDigest = await client.putManifest({ registry: target.registry, repository: target.repository, tag }, body, MEDIA_TYPES.ociIndex);
  }
  if (options.dryRun) imageDigest = sha256(body);
  return { references, imageDigest, manifests: entries, attestations };
}

function sha256(body: Buffer): string {
  return `sha256:${createHash('sha256').update(body).digest('hex')}`;
}

/**
 * Where merge-platforms pushes the index: `--target` as given, or the image of the configuration
 * (GITHUB_REGISTRY, push tag, plus GITHUB_SHA as an extra tag), as push-images would name it.
 */
export async function mergeTarget(
  config: Config,
  target: string | undefined,
  kind: ImageChoice,
  python: string,
): Promise<{ target: Reference; extraTags: string[] }> {
  if (target !== undefined) {
    try {
      return { target: parseReference(target), extraTags: [] };
    } catch (error) {
      throw new ConfigError('--target', `--target: ${(error as Error).message}`);
    }
  }
  const [tag, ...extraTags] = publishTags(config, kind, (await commitTagToPublish(config)).tag);
  return { target: parseReference(githubImage(config, config.githubRegistry, kind, python, tag)), extraTags };
}
