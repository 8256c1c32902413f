/**
 * save: images to one archive file (an OCI layout tar that docker load, skopeo and load read),
 * from a registry (every child of an index, bytes unchanged) or from the local daemon (`docker save`,
 * turned into a layout). Returns what it wrote; prints nothing but the log lines.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DockerRunner } from '../docker/runner.ts';
import { extractArchive } from '../archive/extract.ts';
import { legacyToLayout } from '../archive/docker-archive.ts';
import { readLayout } from '../archive/read.ts';
import { readRegistryImage, type ArchiveRegistry } from '../archive/registry.ts';
import { writeArchive, type Compression, type WriteResult } from '../archive/write.ts';
import { blobsOf, type ArchiveImage, type BlobOpener } from '../archive/layout.ts';
import { formatReference, type Reference } from '../oci/reference.ts';

export interface SavedImage {
  readonly name?: string;
  readonly digest: string;
  readonly mediaType: string;
  /** Manifests under an index (0 for a single image). */
  readonly children: number;
}

export interface SaveResult {
  readonly source: 'registry' | 'docker';
  readonly path: string;
  readonly compression: Compression;
  readonly images: readonly SavedImage[];
  /** Undefined in a dry run (nothing written). */
  readonly file?: Omit<WriteResult, 'path'>;
}

export interface SaveOptions {
  readonly output: string;
  readonly compress?: Compression;
  readonly dryRun?: boolean;
  readonly log?: (line: string) => void;
}

const summary = (images: readonly ArchiveImage[]): SavedImage[] =>
  images.map((i) => ({ name: i.name, digest: i.top.digest, mediaType: i.top.mediaType, children: i.children.length }));

async function write(images: ArchiveImage[], open: BlobOpener, source: SaveResult['source'], options: SaveOptions): Promise<SaveResult> {
  const compression = options.compress ?? 'none';
  const base = { source, path: options.output, compression, images: summary(images) };
  if (options.dryRun) {
    options.log?.(
      `[dry-run] would write ${images.length} image(s) to ${options.output}${compression === 'none' ? '' : ` (${compression})`}`,
    );
    return base;
  }
  options.log?.(`writing ${images.length} image(s) to ${options.output}`);
  const { path: _path, ...file } = await writeArchive(options.output, images, open, { compress: compression });
  return { ...base, file };
}

/** Reads each reference (manifests first; blobs stream while the file is written). */
export async function saveFromRegistry(registry: ArchiveRegistry, refs: readonly Reference[], options: SaveOptions): Promise<SaveResult> {
  const images: ArchiveImage[] = [];
  const openers = new Map<string, BlobOpener>();
  for (const ref of refs) {
    options.log?.(`reading ${formatReference(ref)}`);
    const { image, open } = await readRegistryImage(registry, ref);
    images.push(image);
    openers.set(image.top.digest, open);
  }
  // A blob shared by two images is written once: opened from the first image that has it.
  const owner = new Map<string, BlobOpener>();
  for (const image of images)
    for (const blob of blobsOf(image)) if (!owner.has(blob.digest)) owner.set(blob.digest, openers.get(image.top.digest)!);
  return write(images, (descriptor) => owner.get(descriptor.digest)!(descriptor), 'registry', options);
}

/** `docker save` of the local images into a private temp dir, read (and verified) as an archive, written as a layout. */
export async function saveFromDocker(docker: DockerRunner, names: readonly string[], options: SaveOptions): Promise<SaveResult> {
  if (options.dryRun) {
    await docker.run(['save', '-o', `${options.output}.docker-save.tar`, ...names]);
    const images = names.map((name) => ({ name, digest: '', mediaType: '', children: 0 }));
    return { source: 'docker', path: options.output, compression: options.compress ?? 'none', images };
  }
  const dir = await mkdtemp(join(tmpdir(), 'ci-images-save-'));
  try {
    const saved = join(dir, 'docker-save.tar');
    await docker.run(['save', '-o', saved, ...names]);
    const layoutDir = join(dir, 'layout');
    const { entries } = await extractArchive(saved, layoutDir);
    const present = new Map(entries);
    if (!present.has('index.json')) await legacyToLayout(saved, layoutDir, present);
    const layout = await readLayout(saved, layoutDir, present);
    return await write([...layout.images], layout.open, 'docker', options);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
