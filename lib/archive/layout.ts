/**
 * The OCI image layout as this tool writes and reads it: entry names, the images a layout holds
 * (each top manifest with its children, bytes kept as they are so every digest survives), the
 * docker `manifest.json` beside `index.json`, and the typed refusal of a bad archive. Pure.
 */
import { CiImagesError } from '../support/errors.ts';
import { isIndex, manifestBlobs, type Descriptor } from '../oci/media-types.ts';
import type { Readable } from 'node:stream';

/** A manifest document exactly as the registry (or the file) holds it. */
export interface ManifestDoc {
  readonly digest: string;
  readonly mediaType: string;
  readonly body: Buffer;
  readonly platform?: Readonly<Record<string, unknown>>;
}

/** One image of an archive: its top manifest (an index or an image) and, for an index, every child. */
export interface ArchiveImage {
  /** The full reference it came from (`host/repo:tag`), kept as `io.containerd.image.name`. */
  readonly name?: string;
  readonly top: ManifestDoc;
  readonly children: readonly ManifestDoc[];
}

/** Where blob bytes come from: a registry, or a layout directory on disk. The stream is verified by the reader. */
export type BlobOpener = (descriptor: Descriptor) => Promise<Readable>;

/** A refused or damaged archive: bad input, one line naming the file and what is wrong. Exit 2. */
export class ArchiveError extends CiImagesError {
  override readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'ArchiveError';
  }
}

export const OCI_LAYOUT = JSON.stringify({ imageLayoutVersion: '1.0.0' });
export const REF_NAME = 'org.opencontainers.image.ref.name';
export const IMAGE_NAME = 'io.containerd.image.name';
/** index.json, manifest.json, oci-layout and each manifest are small; a larger entry is not one. */
export const MAX_DOCUMENT_BYTES = 4 << 20;

/** `blobs/sha256/<hex>` of a digest. */
export const blobPath = (digest: string): string => `blobs/${digest.replace(':', '/')}`;

/** The manifests an image consists of: the top one and its children. */
export const manifestsOf = (image: ArchiveImage): ManifestDoc[] => [image.top, ...image.children];

/** Every config and layer of an image (deduplicated, first occurrence kept). */
export function blobsOf(image: ArchiveImage): Descriptor[] {
  const leaves = manifestsOf(image).filter((m) => !isIndex(m.mediaType));
  return [...new Map(leaves.flatMap((m) => manifestBlobs(m.body)).map((d) => [d.digest, d])).values()];
}

/** The tag of a reference text (`host/repo:tag[@digest]`), for `org.opencontainers.image.ref.name`. */
export function tagOf(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const withoutDigest = name.split('@')[0];
  const colon = withoutDigest.lastIndexOf(':');
  return colon > withoutDigest.lastIndexOf('/') ? withoutDigest.slice(colon + 1) : undefined;
}

export function indexJson(images: readonly ArchiveImage[]): Buffer {
  return Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: images.map(({ name, top }) => {
        const tag = tagOf(name);
        const annotations = name ? { [IMAGE_NAME]: name, ...(tag ? { [REF_NAME]: tag } : {}) } : undefined;
        return { mediaType: top.mediaType, digest: top.digest, size: top.body.length, ...(annotations ? { annotations } : {}) };
      }),
    }),
  );
}

const CONFIG_TYPES = ['application/vnd.oci.image.config.v1+json', 'application/vnd.docker.container.image.v1+json'];
const ARCH: Record<string, string> = { x64: 'amd64', arm64: 'arm64', arm: 'arm', s390x: 's390x', ppc64: 'ppc64le' };

/**
 * docker's `manifest.json` (what `docker load` of docker ≤ 24 reads): one entry per image, for an
 * index the child of this machine's platform (else the first runnable one); attestations and
 * non-image artifacts stay out, docker cannot load them.
 */
export function dockerManifestJson(images: readonly ArchiveImage[], arch = ARCH[process.arch] ?? process.arch): Buffer {
  const entries = images.flatMap((image) => {
    const runnable = manifestsOf(image).filter((m) => !isIndex(m.mediaType) && CONFIG_TYPES.includes(configOf(m)?.mediaType ?? ''));
    const platform = (m: ManifestDoc) => m.platform as { os?: string; architecture?: string } | undefined;
    const chosen =
      runnable.find((m) => platform(m)?.os === 'linux' && platform(m)?.architecture === arch) ??
      runnable.find((m) => platform(m)?.os !== 'unknown');
    if (!chosen) return [];
    const [config, ...layers] = manifestBlobs(chosen.body);
    return [
      {
        Config: blobPath(config.digest),
        RepoTags: image.name && tagOf(image.name) ? [image.name] : [],
        Layers: layers.map((l) => blobPath(l.digest)),
      },
    ];
  });
  return Buffer.from(JSON.stringify(entries));
}

function configOf(manifest: ManifestDoc): Descriptor | undefined {
  const config = (JSON.parse(manifest.body.toString()) as { config?: Descriptor }).config;
  return config;
}
