/**
 * A copy carries what belongs to the image (regctl's and `oras cp -r`'s behaviour): each referrer
 * (found by the source's referrers API, its fallback tag or cosign's tags, two levels deep) is
 * copied whole, blobs first, by digest; cosign's tags are copied as tags; on a target without the
 * referrers API, the fallback index `sha256-<hex>` is merged with what is already there (another
 * client's entries are never dropped) and PUT only when it gains something. The caller moves its
 * tag afterwards, so a tag never points at an image whose signature has not arrived.
 */
import type { RegistryClient } from './client.ts';
import { isNotFound } from './errors.ts';
import type { Referrer } from './referrers.ts';
import { MEDIA_TYPES } from '../oci/media-types.ts';
import { fallbackTagName } from '../oci/referrers.ts';
import type { Reference } from '../oci/reference.ts';

export interface CopiedReferrer {
  readonly digest: string;
  readonly subject: string;
  readonly artifactType?: string;
  readonly foundBy: Referrer['foundBy'];
  readonly tag?: string;
}

export interface ReferrersCopy {
  readonly referrers: readonly CopiedReferrer[];
  /** Fallback tags written at the target (none when it has the referrers API or nothing changed). */
  readonly fallbackTags: readonly string[];
}

/** Copies one manifest (and its blobs, or its children) from source to target: copy.ts's copyImage without referrers. */
export type CopyOne = (source: Reference, target: Reference) => Promise<unknown>;

const REFERRER_DEPTH = 2;

export async function copyReferrers(
  client: RegistryClient,
  source: Reference,
  target: Reference,
  subject: string,
  copyOne: CopyOne,
  signal?: AbortSignal,
): Promise<ReferrersCopy> {
  const { referrers } = await client.referrers(source, subject, { depth: REFERRER_DEPTH, signal });
  if (referrers.length === 0) return { referrers: [], fallbackTags: [] };
  const at = (ref: Reference, r: Referrer): Reference => ({ registry: ref.registry, repository: ref.repository, digest: r.digest });
  for (const referrer of referrers) {
    const to =
      referrer.foundBy === 'cosign-tag'
        ? { registry: target.registry, repository: target.repository, tag: referrer.tag }
        : at(target, referrer);
    await copyOne(at(source, referrer), to);
  }
  const listed = referrers.filter((r) => r.foundBy !== 'cosign-tag');
  const fallbackTags: string[] = [];
  const subjects = [...new Set(listed.map((r) => r.subject))];
  if (subjects.length > 0 && !(await client.referrers(target, subjects[0], { cosign: false, signal })).api) {
    for (const s of subjects) {
      const tag = await mergeFallbackIndex(
        client,
        target,
        s,
        listed.filter((r) => r.subject === s),
        signal,
      );
      if (tag) fallbackTags.push(tag);
    }
  }
  return {
    referrers: referrers.map(({ digest, subject: of, artifactType, foundBy, tag }) => ({
      digest,
      subject: of,
      artifactType,
      foundBy,
      ...(tag ? { tag } : {}),
    })),
    fallbackTags,
  };
}

/** Adds `referrers` to the target's fallback index of `subject` (keeping every entry already there); the tag when it was written. */
async function mergeFallbackIndex(
  client: RegistryClient,
  target: Reference,
  subject: string,
  referrers: readonly Referrer[],
  signal?: AbortSignal,
): Promise<string | undefined> {
  const tag = fallbackTagName(subject);
  const ref = { registry: target.registry, repository: target.repository, tag };
  let existing: unknown[] = [];
  let annotations: unknown;
  try {
    const manifest = await client.getManifest(ref, signal);
    const body = JSON.parse(manifest.body.toString('utf8')) as { manifests?: unknown; annotations?: unknown };
    existing = Array.isArray(body.manifests) ? body.manifests : [];
    annotations = body.annotations;
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  const present = new Set(existing.map((e) => (e as { digest?: unknown })?.digest));
  const added = referrers
    .filter((r) => !present.has(r.digest))
    .map((r) => ({
      mediaType: r.mediaType,
      digest: r.digest,
      size: r.size,
      ...(r.artifactType ? { artifactType: r.artifactType } : {}),
      ...(r.annotations ? { annotations: r.annotations } : {}),
    }));
  if (added.length === 0) return undefined;
  const body = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociIndex,
      manifests: [...existing, ...added],
      ...(annotations !== undefined ? { annotations } : {}),
    }),
  );
  await client.putManifest(ref, body, MEDIA_TYPES.ociIndex, signal);
  return tag;
}
