/**
 * Large images for the copy benchmark, never held in memory: each layer is random (incompressible)
 * data gzipped at level 0 (stored blocks, so tools that sniff the compression see real gzip),
 * written to a temp file while its sha256 is computed, then streamed to the registry by our client
 * (`pushBlob` with a stream body) and deleted.
 */
import { createHash, randomFillSync } from 'node:crypto';
import { createReadStream, createWriteStream, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { RegistryClient } from '../lib/registry/client.ts';
import type { Reference } from '../lib/oci/reference.ts';

const CHUNK = 1024 * 1024;
const LAYER_TYPE = 'application/vnd.oci.image.layer.v1.tar+gzip';

interface LayerFile {
  readonly path: string;
  readonly digest: string;
  readonly diffId: string;
  readonly size: number;
}

async function writeLayer(path: string, rawBytes: number): Promise<LayerFile> {
  const raw = createHash('sha256');
  const compressed = createHash('sha256');
  async function* random() {
    const buffer = Buffer.allocUnsafe(CHUNK);
    for (let left = rawBytes; left > 0; left -= CHUNK) {
      const piece = randomFillSync(buffer).subarray(0, Math.min(CHUNK, left));
      raw.update(piece);
      yield Buffer.from(piece);
    }
  }
  const hash = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      compressed.update(chunk);
      callback(null, chunk);
    },
  });
  await pipeline(Readable.from(random()), createGzip({ level: 0 }), hash, createWriteStream(path));
  return { path, digest: `sha256:${compressed.digest('hex')}`, diffId: `sha256:${raw.digest('hex')}`, size: statSync(path).size };
}

export interface BigImage {
  readonly digest: string;
  /** Sum of the blob sizes (what a copy moves). */
  readonly bytes: number;
  readonly layers: number;
}

/** Pushes an image of `layers` layers of about `totalBytes` in all; temp files live in `dir`. */
export async function pushBigImage(
  client: RegistryClient,
  ref: Reference,
  options: { layers: number; totalBytes: number; dir: string },
): Promise<BigImage> {
  const perLayer = Math.ceil(options.totalBytes / options.layers);
  const layers: { digest: string; diffId: string; size: number }[] = [];
  for (let i = 0; i < options.layers; i++) {
    const file = await writeLayer(join(options.dir, `layer-${i}.gz`), perLayer);
    try {
      await client.pushBlob(ref, file.digest, () => Readable.toWeb(createReadStream(file.path)) as ReadableStream<Uint8Array>, {
        size: file.size,
      });
    } finally {
      rmSync(file.path, { force: true });
    }
    layers.push(file);
  }
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      created: new Date().toISOString(),
      config: { Labels: { 'ci-images.bench': `${options.totalBytes}` } },
      rootfs: { type: 'layers', diff_ids: layers.map((l) => l.diffId) },
    }),
  );
  const configDigest = `sha256:${createHash('sha256').update(config).digest('hex')}`;
  await client.pushBlob(ref, configDigest, config);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: configDigest, size: config.length },
      layers: layers.map((l) => ({ mediaType: LAYER_TYPE, digest: l.digest, size: l.size })),
    }),
  );
  const digest = await client.putManifest(ref, manifest, 'application/vnd.oci.image.manifest.v1+json');
  return { digest, bytes: layers.reduce((sum, l) => sum + l.size, 0) + config.length, layers: options.layers };
}
