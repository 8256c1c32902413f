/**
 * Writing an archive: a tar (tar-stream) of an OCI image layout plus docker's manifest.json,
 * optionally gzip-compressed, streamed blob by blob (memory flat in the image size), each blob
 * verified against its digest (sha256 or sha512) and size while it is written. The file appears
 * under its name only when complete (written beside it, then renamed).
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { PassThrough, Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import tar from 'tar-stream';
import { digestLike, verifyingTransform } from '../oci/digest.ts';
import type { Descriptor } from '../oci/media-types.ts';
import { streamedBytes } from '../support/memory.ts';
import {
  ArchiveError,
  blobPath,
  blobsOf,
  dockerManifestJson,
  indexJson,
  manifestsOf,
  OCI_LAYOUT,
  type ArchiveImage,
  type BlobOpener,
} from './layout.ts';

export type Compression = 'none' | 'gzip';
export const COMPRESSIONS: readonly Compression[] = ['none', 'gzip'];

export interface WriteResult {
  readonly path: string;
  /** sha256 of the file as written (after compression). */
  readonly fileDigest: string;
  readonly fileBytes: number;
  readonly blobs: number;
  readonly blobBytes: number;
}

export interface WriteOptions {
  readonly compress?: Compression;
  readonly onBlob?: (descriptor: Descriptor) => void;
}

/** Writes `images` to `path`; blob bytes come from `open`. Nothing is left at `path` when it fails. */
export async function writeArchive(
  path: string,
  images: readonly ArchiveImage[],
  open: BlobOpener,
  options: WriteOptions = {},
): Promise<WriteResult> {
  for (const image of images) {
    for (const m of manifestsOf(image)) {
      if (digestLike(m.digest, m.body) !== m.digest) throw new ArchiveError(`manifest ${m.digest} does not match its bytes`);
    }
  }
  const partial = `${path}.partial-${process.pid}`;
  const pack = tar.pack();
  const fileHash = createHash('sha256');
  let fileBytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      fileHash.update(chunk);
      fileBytes += chunk.length;
      callback(null, chunk);
    },
  });
  const stages: NodeJS.ReadWriteStream[] = options.compress === 'gzip' ? [createGzip({ level: 6 }), counter] : [counter];
  const written = pipeline(pack, ...(stages as [Transform]), createWriteStream(partial));
  let blobCount = 0;
  let blobBytes = 0;
  try {
    await Promise.race([
      written.then(() => {
        throw new ArchiveError(`${path}: the writer stopped early`);
      }),
      (async () => {
        await addBuffer(pack, 'oci-layout', Buffer.from(OCI_LAYOUT));
        const seen = new Set<string>();
        for (const image of images) {
          for (const descriptor of blobsOf(image)) {
            if (seen.has(descriptor.digest)) continue;
            seen.add(descriptor.digest);
            const source = await open(descriptor);
            const entry = pack.entry({ name: blobPath(descriptor.digest), size: descriptor.size, mode: 0o644, mtime: new Date(0) });
            const verify = verifyingTransform(
              descriptor.digest,
              descriptor.size,
              (_problem, detail) => new ArchiveError(`blob ${descriptor.digest}: ${detail}`),
            );
            const count = new PassThrough();
            count.on('data', (chunk: Buffer) => streamedBytes(chunk.length));
            await pipeline(source, verify, count, entry as unknown as Writable);
            blobCount++;
            blobBytes += descriptor.size;
            options.onBlob?.(descriptor);
          }
          for (const manifest of manifestsOf(image)) {
            if (seen.has(manifest.digest)) continue;
            seen.add(manifest.digest);
            await addBuffer(pack, blobPath(manifest.digest), manifest.body);
          }
        }
        await addBuffer(pack, 'index.json', indexJson(images));
        await addBuffer(pack, 'manifest.json', dockerManifestJson(images));
        pack.finalize();
      })(),
    ]).catch((error) => {
      pack.destroy(error as Error);
      throw error;
    });
    await written;
    await rename(partial, path);
  } catch (error) {
    await written.catch(() => undefined);
    await rm(partial, { force: true });
    throw error;
  }
  return { path, fileDigest: `sha256:${fileHash.digest('hex')}`, fileBytes, blobs: blobCount, blobBytes };
}

function addBuffer(pack: tar.Pack, name: string, data: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    pack.entry({ name, size: data.length, mode: 0o644, mtime: new Date(0) }, data, (error) => (error ? reject(error) : resolve()));
  });
}
