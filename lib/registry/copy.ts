/**
 * Copy a whole image (an index and all its platforms) between repositories or registries: blobs
 * already there are skipped, blobs in the same registry are mounted, the rest are streamed a few at
 * a time; manifests go up by digest first and the tag last, so a tag never points at an
 * incomplete image.
 */
import type { RegistryClient } from './client.ts';
import { networkError, RegistryError } from './errors.ts';
import { isIndex, manifestBlobs, type Descriptor } from '../oci/media-types.ts';
import { type Reference } from '../oci/reference.ts';
import { retry } from '../support/retry.ts';
import { mapLimit } from '../support/concurrency.ts';

export interface CopyEvent {
  readonly digest: string;
  readonly size: number;
  readonly action: 'skipped' | 'mounted' | 'streamed' | 'foreign';
}

export interface CopyOptions {
  /** Blobs transferred at once. */
  readonly concurrency?: number;
  readonly onBlob?: (event: CopyEvent) => void;
}

export interface CopyResult {
  readonly digest: string;
  readonly mediaType: string;
  readonly blobs: { skipped: number; mounted: number; streamed: number; foreign: number };
  readonly bytesStreamed: number;
}

export async function copyImage(client: RegistryClient, source: Reference, target: Reference, options: CopyOptions = {}): Promise<CopyResult> {
  const result: CopyResult = { digest: '', mediaType: '', blobs: { skipped: 0, mounted: 0, streamed: 0, foreign: 0 }, bytesStreamed: 0 };
  const onBlob = (event: CopyEvent) => {
    result.blobs[event.action]++;
    if (event.action === 'streamed') (result as { bytesStreamed: number }).bytesStreamed += event.size;
    options.onBlob?.(event);
  };
  const top = await client.getManifest(source);
  if (isIndex(top.mediaType)) {
    const index = JSON.parse(top.body.toString()) as { manifests: Descriptor[] };
    for (const child of index.manifests) {
      await copySingle(client, { ...source, tag: undefined, digest: child.digest }, { ...target, tag: undefined, digest: child.digest }, options, onBlob);
    }
  } else {
    await copyBlobs(client, source, target, manifestBlobs(top.body), options, onBlob);
  }
  const digest = await client.putManifest(target, top.body, top.mediaType);
  return { ...result, digest, mediaType: top.mediaType };
}

/** Re-tag an image already in the repository with one manifest PUT: no blob moves, no pull. */
export async function retagImage(client: RegistryClient, source: Reference, tag: string): Promise<string> {
  const manifest = await client.getManifest(source);
  return client.putManifest({ registry: source.registry, repository: source.repository, tag }, manifest.body, manifest.mediaType);
}

async function copySingle(
  client: RegistryClient, source: Reference, target: Reference, options: CopyOptions, onBlob: (e: CopyEvent) => void,
): Promise<void> {
  const manifest = await client.getManifest(source);
  await copyBlobs(client, source, target, manifestBlobs(manifest.body), options, onBlob);
  await client.putManifest(target, manifest.body, manifest.mediaType);
}

async function copyBlobs(
  client: RegistryClient, source: Reference, target: Reference, blobs: Descriptor[], options: CopyOptions, onBlob: (e: CopyEvent) => void,
): Promise<void> {
  const unique = [...new Map(blobs.map((b) => [b.digest, b])).values()];
  await mapLimit(unique, options.concurrency ?? 4, (blob) => copyBlob(client, source, target, blob, onBlob));
}

async function copyBlob(client: RegistryClient, source: Reference, target: Reference, blob: Descriptor, onBlob: (e: CopyEvent) => void): Promise<void> {
  const event = (action: CopyEvent['action']) => onBlob({ digest: blob.digest, size: blob.size, action });
  // Non-distributable layers live elsewhere (their `urls`); registries do not hold them.
  if (blob.urls?.length) return event('foreign');
  if (await client.blobExists(target, blob.digest)) return event('skipped');
  if (source.registry === target.registry && source.repository !== target.repository) {
    if (await client.mountBlob(target, blob.digest, source.repository)) return event('mounted');
  }
  await retry(async () => {
    const stream = await client.fetchBlob(source, blob.digest, blob.size);
    try {
      await client.pushBlob(target, blob.digest, () => stream, { size: blob.size });
    } catch (error) {
      await stream.cancel().catch(() => undefined);
      if (error instanceof RegistryError) throw error;
      throw networkError(`copy blob ${blob.digest}: ${(error as Error).message}`);
    }
  }, client.retryOptions);
  event('streamed');
}
