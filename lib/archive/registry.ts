/**
 * Between a registry and an archive, through the few calls it needs (the RegistryClient has them):
 * an image read with all its children, and pushed back byte for byte (blobs, then each child by
 * digest, the tag last), so every digest is the one the image had before it became a file.
 */
import type { Readable } from 'node:stream';
import type { Descriptor } from '../oci/media-types.ts';
import { indexChildren, isIndex } from '../oci/media-types.ts';
import { formatReference, type Reference } from '../oci/reference.ts';
import { ArchiveError, blobsOf, type ArchiveImage, type BlobOpener, type ManifestDoc } from './layout.ts';

type Repository = Pick<Reference, 'registry' | 'repository'>;

/** The registry calls an archive needs (a RegistryClient fits). */
export interface ArchiveRegistry {
  getManifest(ref: Reference): Promise<{ body: Buffer; mediaType: string; digest: string }>;
  fetchBlob(ref: Repository, digest: string, size?: number): Promise<Readable>;
  blobExists(ref: Repository, digest: string): Promise<boolean>;
  pushBlob(ref: Repository, digest: string, data: () => Promise<Readable>, options?: { size?: number }): Promise<void>;
  putManifest(ref: Reference, body: Buffer, mediaType: string): Promise<string>;
}

/** The image at `ref` with every child of an index; and an opener that streams its blobs from the registry. */
export async function readRegistryImage(registry: ArchiveRegistry, ref: Reference): Promise<{ image: ArchiveImage; open: BlobOpener }> {
  const top = await registry.getManifest(ref);
  const children: ManifestDoc[] = [];
  if (isIndex(top.mediaType)) {
    for (const child of indexChildren(top.body)) {
      const manifest = await registry.getManifest({ registry: ref.registry, repository: ref.repository, digest: child.digest });
      if (isIndex(manifest.mediaType)) throw new ArchiveError(`${formatReference(ref)}: an index inside an index is not supported`);
      children.push({ digest: child.digest, mediaType: manifest.mediaType, body: manifest.body, platform: child.platform });
    }
  }
  const name = formatReference({ ...ref, digest: ref.tag ? undefined : ref.digest });
  return {
    image: { name, top: { digest: top.digest, mediaType: top.mediaType, body: top.body }, children },
    open: (descriptor: Descriptor) => registry.fetchBlob(ref, descriptor.digest, descriptor.size),
  };
}

export interface PushEvent {
  readonly digest: string;
  readonly size: number;
  readonly action: 'skipped' | 'pushed';
}

/** Pushes `image` to `target` keeping its bytes; returns the digest the registry reports, checked against the file's. */
export async function pushArchiveImage(
  registry: ArchiveRegistry,
  image: ArchiveImage,
  open: BlobOpener,
  target: Reference,
  onBlob?: (event: PushEvent) => void,
): Promise<string> {
  for (const descriptor of blobsOf(image)) {
    if (await registry.blobExists(target, descriptor.digest)) {
      onBlob?.({ digest: descriptor.digest, size: descriptor.size, action: 'skipped' });
      continue;
    }
    // A retried upload opens the blob again: each attempt streams it from the start.
    await registry.pushBlob(target, descriptor.digest, () => open(descriptor), { size: descriptor.size });
    onBlob?.({ digest: descriptor.digest, size: descriptor.size, action: 'pushed' });
  }
  for (const child of image.children) {
    await registry.putManifest(
      { registry: target.registry, repository: target.repository, digest: child.digest },
      child.body,
      child.mediaType,
    );
  }
  const digest = await registry.putManifest(target, image.top.body, image.top.mediaType);
  if (digest !== image.top.digest)
    throw new ArchiveError(`${formatReference(target)}: the registry reports ${digest}, the archive holds ${image.top.digest}`);
  return digest;
}
