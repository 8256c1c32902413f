/**
 * Small sample images made without Docker (random gzip layers and a config with `created`), and
 * their push through our own client: the demo's simulated build job, the benchmarks and the tests.
 */
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { sha256Digest, type RegistryClient } from '../lib/registry/client.ts';
import type { Reference } from '../lib/oci/reference.ts';

export interface Blob {
  readonly mediaType: string;
  readonly digest: string;
  readonly size: number;
  readonly data: Buffer;
}

export interface TestImage {
  readonly manifest: Buffer;
  readonly manifestDigest: string;
  readonly mediaType: string;
  readonly config: Blob;
  readonly layers: readonly Blob[];
}

/** `sha256:<hex>` of some bytes: the client's own digest function. */
export const sha256 = sha256Digest;

function blob(mediaType: string, data: Buffer): Blob {
  return { mediaType, digest: sha256(data), size: data.length, data };
}

export interface TestImageOptions {
  readonly layers?: number;
  readonly layerSize?: number;
  readonly created?: string;
  readonly label?: string;
}

/** An OCI image manifest with random gzip layers and a config carrying `created`. */
export function makeTestImage(options: TestImageOptions = {}): TestImage {
  const layers = Array.from({ length: options.layers ?? 2 }, () =>
    blob('application/vnd.oci.image.layer.v1.tar+gzip', gzipSync(randomBytes(options.layerSize ?? 1024), { level: 0 })),
  );
  const config = blob(
    'application/vnd.oci.image.config.v1+json',
    Buffer.from(
      JSON.stringify({
        architecture: 'amd64',
        os: 'linux',
        created: options.created ?? new Date().toISOString(),
        config: { Labels: { 'ci-images.test': options.label ?? randomBytes(6).toString('hex') } },
        rootfs: { type: 'layers', diff_ids: layers.map((l) => l.digest) },
      }),
    ),
  );
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: config.mediaType, digest: config.digest, size: config.size },
      layers: layers.map((l) => ({ mediaType: l.mediaType, digest: l.digest, size: l.size })),
    }),
  );
  return { manifest, manifestDigest: sha256(manifest), mediaType: 'application/vnd.oci.image.manifest.v1+json', config, layers };
}

/** Blobs first (skipping those already there), the manifest last: returns the manifest digest. */
export async function pushSampleImage(client: RegistryClient, image: TestImage, ref: Reference): Promise<string> {
  for (const blob of [image.config, ...image.layers]) {
    if (!(await client.blobExists(ref, blob.digest))) await client.pushBlob(ref, blob.digest, blob.data);
  }
  return client.putManifest(ref, image.manifest, image.mediaType);
}
