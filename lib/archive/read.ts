/**
 * The images of an extracted layout: `index.json` read and every descriptor held to the grammar
 * (no digest can name a path outside `blobs/`), every manifest and blob present with the size its
 * descriptor declares, every manifest a well-formed, unambiguous document. Pure reading; no network.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { checkManifestBody, descriptorProblem, indexChildren, isIndex, manifestBlobs, type Descriptor } from '../oci/media-types.ts';
import { ArchiveError, blobPath, IMAGE_NAME, REF_NAME, type ArchiveImage, type BlobOpener, type ManifestDoc } from './layout.ts';

export interface Layout {
  readonly dir: string;
  readonly images: readonly ArchiveImage[];
  /** Opens a blob of the layout (verified when it was extracted). */
  readonly open: BlobOpener;
}

/** Reads the layout extracted from `file` into `dir`; `entries` are the verified names (from extractArchive). */
export async function readLayout(file: string, dir: string, entries: ReadonlyMap<string, string>): Promise<Layout> {
  const refuse = (why: string) => new ArchiveError(`${file}: ${why}`);
  if (!entries.has('oci-layout')) throw refuse('no oci-layout entry: not an OCI image layout');
  if (!entries.has('index.json')) throw refuse('no index.json entry: not an OCI image layout');
  const document = (name: string) => readFile(join(dir, ...name.split('/')));
  const layoutVersion = parse(await document('oci-layout'), 'oci-layout', refuse) as { imageLayoutVersion?: unknown };
  if (layoutVersion.imageLayoutVersion !== '1.0.0') throw refuse('oci-layout is not imageLayoutVersion 1.0.0');
  const index = parse(await document('index.json'), 'index.json', refuse) as { manifests?: unknown };
  if (!Array.isArray(index.manifests) || index.manifests.length === 0) throw refuse('index.json lists no manifests');

  const blob = (descriptor: Descriptor, where: string): string => {
    const problem = descriptorProblem(descriptor);
    if (problem) throw refuse(`${where} is refused: ${problem}`);
    const name = blobPath(descriptor.digest);
    if (!entries.has(name))
      throw refuse(`${where} names ${descriptor.digest}, which the archive does not hold (truncated, or not self-contained)`);
    return name;
  };
  const manifest = async (descriptor: Descriptor, where: string): Promise<ManifestDoc> => {
    const body = await document(blob(descriptor, where));
    if (body.length !== descriptor.size)
      throw refuse(`${where}: ${descriptor.digest} is ${body.length} bytes, its descriptor says ${descriptor.size}`);
    const checked = checkManifestBody(body, descriptor.mediaType);
    if ('problem' in checked) throw refuse(`${where}: ${descriptor.digest} is not a manifest (${checked.problem})`);
    return { digest: descriptor.digest, mediaType: checked.mediaType, body, platform: descriptor.platform };
  };
  const sizes = new Map<string, number>();
  const images: ArchiveImage[] = [];
  for (const [i, value] of (index.manifests as Descriptor[]).entries()) {
    const where = `index.json manifests[${i}]`;
    const top = await manifest(value, where);
    const children: ManifestDoc[] = [];
    if (isIndex(top.mediaType)) {
      for (const [j, child] of guard(() => indexChildren(top.body), where, refuse).entries()) {
        const doc = await manifest(child, `${where} child ${j}`);
        if (isIndex(doc.mediaType)) throw refuse(`${where} child ${j}: an index inside an index is not supported`);
        children.push(doc);
      }
    }
    for (const leaf of [top, ...children].filter((m) => !isIndex(m.mediaType))) {
      for (const descriptor of guard(() => manifestBlobs(leaf.body), `${where} ${leaf.digest}`, refuse)) {
        blob(descriptor, `${leaf.digest}'s ${descriptor.digest}`);
        sizes.set(descriptor.digest, descriptor.size);
      }
    }
    const annotations = (value as { annotations?: Record<string, unknown> }).annotations ?? {};
    const name =
      typeof annotations[IMAGE_NAME] === 'string'
        ? annotations[IMAGE_NAME]
        : typeof annotations[REF_NAME] === 'string'
          ? annotations[REF_NAME]
          : undefined;
    images.push({ name: name?.slice(0, 300), top, children });
  }
  for (const [digest, size] of sizes) {
    const actual = (await stat(join(dir, ...blobPath(digest).split('/')))).size;
    if (actual !== size) throw refuse(`blob ${digest} is ${actual} bytes, its descriptor declares ${size}`);
  }
  const open: BlobOpener = async (descriptor) => createReadStream(join(dir, ...blobPath(descriptor.digest).split('/')));
  return { dir, images, open };
}

function parse(body: Buffer, name: string, refuse: (why: string) => Error): unknown {
  try {
    const value = JSON.parse(body.toString('utf8')) as unknown;
    if (typeof value !== 'object' || value === null) throw new Error('not an object');
    return value;
  } catch {
    throw refuse(`${name} is not a JSON object`);
  }
}

function guard<T>(read: () => T, where: string, refuse: (why: string) => Error): T {
  try {
    return read();
  } catch (error) {
    throw refuse(`${where}: ${(error as Error).message}`);
  }
}
