/**
 * Copy a whole image (an index and all its platforms) between repositories or registries: blobs
 * already there are skipped, blobs in the same registry are mounted, the rest are streamed a few at
 * a time (small blobs more than large ones); manifests go up by digest first and the tag last, so a tag never points at an
 * incomplete image. The copy is one error group: the first failure cancels every request still under
 * way and starts nothing more, so no tag is written and the command ends at once.
 */
import type { RegistryClient } from './client.ts';
import { copyReferrers, type CopyOne, type ReferrersCopy } from './copy-referrers.ts';
import { networkError, RegistryError } from './errors.ts';
import { indexChildren, isIndex, manifestBlobs, type Descriptor } from '../oci/media-types.ts';
import { type Reference } from '../oci/reference.ts';
import { retry } from '../support/retry.ts';
import { errorGroup, limiter, mapLimit, type ErrorGroup } from '../support/concurrency.ts';

export interface CopyEvent {
  readonly digest: string;
  readonly size: number;
  readonly action: 'skipped' | 'mounted' | 'streamed' | 'foreign';
}

export interface CopyOptions {
  /** Large blobs (over 1 MiB) transferred at once; small ones go several more at a time. */
  readonly concurrency?: number;
  readonly onBlob?: (event: CopyEvent) => void;
  /** Cancels the copy (a deadline); the copy also cancels itself at its first failure. */
  readonly signal?: AbortSignal;
  /** Carry the image's referrers (signatures, SBOMs, attestations; copy-referrers.ts) before the tag moves (default true). */
  readonly referrers?: boolean;
}

export interface CopyResult {
  readonly digest: string;
  readonly mediaType: string;
  readonly blobs: { skipped: number; mounted: number; streamed: number; foreign: number };
  readonly bytesStreamed: number;
  /** What was carried with the image (empty when nothing belongs to it, or `referrers: false`). */
  readonly referrers: ReferrersCopy;
}

/** Blobs up to this size are "small": a config, a tiny layer; their cost is round trips, not bytes. */
const SMALL_BLOB = 1024 * 1024;
/** Small blobs (and existence checks, mounts, child manifests) in flight at once. */
const SMALL_CONCURRENCY = 8;
/**
 * Large blobs in flight at once. Each is socket → hash → socket with backpressure; on loopback a
 * few streams already saturate a small machine's CPUs, more only add contention.
 */
const LARGE_CONCURRENCY = 3;

export async function copyImage(
  client: RegistryClient,
  source: Reference,
  target: Reference,
  options: CopyOptions = {},
): Promise<CopyResult> {
  const result: CopyResult = {
    digest: '',
    mediaType: '',
    blobs: { skipped: 0, mounted: 0, streamed: 0, foreign: 0 },
    bytesStreamed: 0,
    referrers: { referrers: [], fallbackTags: [] },
  };
  const onBlob = (event: CopyEvent) => {
    result.blobs[event.action]++;
    if (event.action === 'streamed') (result as { bytesStreamed: number }).bytesStreamed += event.size;
    options.onBlob?.(event);
  };
  const group = errorGroup(options.signal);
  const { signal } = group;
  const top = await group.run(() => client.getManifest(source, signal));
  if (isIndex(top.mediaType)) {
    const byDigest = (ref: Reference, digest: string): Reference => ({ ...ref, tag: undefined, digest });
    // Every platform's manifest first, then their blobs as one set (a layer shared by platforms moves once).
    const children = await mapLimit(indexChildren(top.body), SMALL_CONCURRENCY, (child) =>
      group.run(() => client.getManifest(byDigest(source, child.digest), signal)),
    );
    await copyBlobs(
      client,
      source,
      target,
      children.flatMap((child) => manifestBlobs(child.body)),
      options,
      onBlob,
      group,
    );
    await mapLimit(children, SMALL_CONCURRENCY, (child) =>
      group.run(() => client.putManifest(byDigest(target, child.digest), child.body, child.mediaType, signal)),
    );
  } else {
    await copyBlobs(client, source, target, manifestBlobs(top.body), options, onBlob, group);
  }
  let referrers = result.referrers;
  if (options.referrers !== false) {
    // The image by digest first (a referrer's subject exists before it), its referrers, the tag last.
    if (target.tag)
      await group.run(() => client.putManifest({ ...target, tag: undefined, digest: top.digest }, top.body, top.mediaType, signal));
    const copyOne: CopyOne = (from, to) => copyImage(client, from, to, { ...options, referrers: false, onBlob });
    referrers = await group.run(() =>
      copyReferrers(client, { ...source, tag: undefined, digest: top.digest }, target, top.digest, copyOne, signal),
    );
  }
  const digest = await group.run(() => client.putManifest(target, top.body, top.mediaType, signal));
  return { ...result, digest, mediaType: top.mediaType, referrers };
}

/** Re-tag an image already in the repository with one manifest PUT: no blob moves, no pull. */
export async function retagImage(client: RegistryClient, source: Reference, tag: string): Promise<string> {
  const manifest = await client.getManifest(source);
  return client.putManifest({ registry: source.registry, repository: source.repository, tag }, manifest.body, manifest.mediaType);
}

/**
 * Each blob is checked (and mounted) and, when missing, streamed as soon as its check answers:
 * checks and small blobs many at a time, large ones (largest first) a few at a time.
 */
async function copyBlobs(
  client: RegistryClient,
  source: Reference,
  target: Reference,
  blobs: Descriptor[],
  options: CopyOptions,
  onBlob: (e: CopyEvent) => void,
  group: ErrorGroup,
): Promise<void> {
  const unique = [...new Map(blobs.map((b) => [b.digest, b])).values()].sort((a, b) => b.size - a.size);
  const checks = limiter(SMALL_CONCURRENCY);
  const small = limiter(SMALL_CONCURRENCY);
  const large = limiter(options.concurrency ?? LARGE_CONCURRENCY);
  await Promise.all(
    unique.map(async (blob) => {
      // All at once: on a registry with auth, the 401s they meet share one token request (auth.ts).
      if (await checks(() => group.run(() => placeWithoutTransfer(client, source, target, blob, onBlob, group.signal)))) return;
      await (blob.size <= SMALL_BLOB ? small : large)(() =>
        group.run(() => streamBlob(client, source, target, blob, onBlob, group.signal)),
      );
    }),
  );
}

/** True when the blob needs no bytes moved: foreign, already in the target, or mounted from the source repository. */
async function placeWithoutTransfer(
  client: RegistryClient,
  source: Reference,
  target: Reference,
  blob: Descriptor,
  onBlob: (e: CopyEvent) => void,
  signal: AbortSignal,
): Promise<boolean> {
  const event = (action: CopyEvent['action']) => (onBlob({ digest: blob.digest, size: blob.size, action }), true);
  // Non-distributable layers live elsewhere (their `urls`); registries do not hold them.
  if (blob.urls?.length) return event('foreign');
  if (await client.blobExists(target, blob.digest, signal)) return event('skipped');
  if (source.registry === target.registry && source.repository !== target.repository) {
    if (await client.mountBlob(target, blob.digest, source.repository, signal)) return event('mounted');
  }
  return false;
}

/**
 * Download piped into the upload (backpressure both ways, verified while it flows); the download
 * starts while the upload session is opened. The whole transfer is retried.
 */
async function streamBlob(
  client: RegistryClient,
  source: Reference,
  target: Reference,
  blob: Descriptor,
  onBlob: (e: CopyEvent) => void,
  signal: AbortSignal,
): Promise<void> {
  await retry(
    async () => {
      const download = client.fetchBlob(source, blob.digest, blob.size, signal);
      download.catch(() => undefined); // its failure is the upload's (below), not an unhandled rejection
      try {
        await client.pushBlob(target, blob.digest, () => download, { size: blob.size, signal });
      } catch (error) {
        // The upload may have failed before taking the stream: the download is dropped either way.
        download.then(
          (stream) => stream.destroy(),
          () => undefined,
        );
        if (error instanceof RegistryError || signal.aborted) throw error;
        throw networkError(`copy blob ${blob.digest}: ${(error as Error).message}`);
      }
    },
    { ...client.retryOptions, signal },
  );
  onBlob({ digest: blob.digest, size: blob.size, action: 'streamed' });
}
