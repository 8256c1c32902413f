/** Manifest media types, descriptors and the check that a body really is a manifest. Pure. */
import { CiImagesError } from '../support/errors.ts';
import { DIGEST_ACCEPTED, isDigest } from './grammar.ts';

export const MEDIA_TYPES = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
} as const;
export const MANIFEST_ACCEPT = Object.values(MEDIA_TYPES).join(', ');
const INDEX_TYPES: readonly string[] = [MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerList];

export interface Descriptor {
  readonly mediaType: string;
  readonly digest: string;
  readonly size: number;
  readonly urls?: readonly string[];
  readonly platform?: Readonly<Record<string, unknown>>;
  readonly artifactType?: string;
  readonly annotations?: Readonly<Record<string, unknown>>;
}

export function isIndex(mediaType: string): boolean {
  return INDEX_TYPES.includes(mediaType);
}

/** A media type as RFC 6838 writes them (`type/subtype+suffix`), the only shape a descriptor may name. */
const MEDIA_TYPE = /^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$/;
/** Whether a value is a media type (an artifactType from the network is one, or it is not used). */
export const isMediaType = (value: unknown): value is string => typeof value === 'string' && MEDIA_TYPE.test(value);

/** The OCI digest grammar (`algorithm:encoded`): anything else is not a digest at all. */
const ANY_DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;

/**
 * Why a descriptor read from a manifest cannot be used, or undefined: its digest is held to the
 * grammar (and to the algorithms we verify) before it goes into any URL, so no path segment or
 * query can be smuggled into a request that carries credentials.
 */
export function descriptorProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'not an object';
  const { mediaType, digest, size } = value as Record<string, unknown>;
  if (typeof mediaType !== 'string' || !MEDIA_TYPE.test(mediaType)) return 'mediaType is not a media type';
  if (typeof digest !== 'string' || !ANY_DIGEST.test(digest))
    return `digest ${JSON.stringify(String(digest).slice(0, 80))} is not a digest`;
  if (!isDigest(digest))
    return `digest algorithm of ${JSON.stringify((digest as string).slice(0, 80))} is not supported: ${DIGEST_ACCEPTED}`;
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) return 'size is not a non-negative integer';
  return undefined;
}

/** The descriptors of one field of a manifest, each checked; the first bad one is refused naming its place. */
function checkedDescriptors(values: unknown[], field: string): Descriptor[] {
  values.forEach((value, i) => {
    const problem = descriptorProblem(value);
    if (problem) throw new CiImagesError(`the manifest's ${field}[${i}] is refused: ${problem}`);
  });
  return values as Descriptor[];
}

/** The config and layers of an image manifest, each descriptor checked. */
export function manifestBlobs(body: Buffer): Descriptor[] {
  const manifest = JSON.parse(body.toString()) as { config?: unknown; layers?: unknown };
  const layers = Array.isArray(manifest.layers) ? manifest.layers : [];
  return [
    ...(manifest.config !== undefined ? checkedDescriptors([manifest.config], 'config') : []),
    ...checkedDescriptors(layers, 'layers'),
  ];
}

/** The child manifests of an index, each descriptor checked. */
export function indexChildren(body: Buffer): Descriptor[] {
  const index = JSON.parse(body.toString()) as { manifests?: unknown };
  return checkedDescriptors(Array.isArray(index.manifests) ? index.manifests : [], 'manifests');
}

/**
 * A 200 answer is a manifest only if its body is one: a captive portal's HTML or a proxy's half
 * page must never count as "found". Gives the media type (from the header, else the body), or why
 * the body is not a manifest. An ambiguous document is refused as containerd and distribution ≥ 2.8
 * refuse it (CVE-2021-41190): a `mediaType` in the body that disagrees with the Content-Type, or
 * `manifests` beside `config`/`layers`, or fields of the other kind than the media type names.
 */
export function checkManifestBody(body: Buffer, contentType: string): { mediaType: string } | { problem: string } {
  let parsed: { schemaVersion?: unknown; mediaType?: unknown; manifests?: unknown; config?: { digest?: unknown }; layers?: unknown };
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return { problem: `not JSON, content type ${JSON.stringify(contentType.slice(0, 100))}` };
  }
  if (typeof parsed !== 'object' || parsed === null || parsed.schemaVersion !== 2) return { problem: 'no schemaVersion 2' };
  const known = (type: unknown): type is string => Object.values(MEDIA_TYPES).includes(type as never);
  if (parsed.mediaType !== undefined && typeof parsed.mediaType !== 'string') return { problem: 'mediaType is not a string' };
  if (known(contentType) && typeof parsed.mediaType === 'string' && parsed.mediaType !== contentType) {
    return {
      problem: `ambiguous: mediaType ${JSON.stringify(parsed.mediaType.slice(0, 100))} in the body, ${contentType} in Content-Type`,
    };
  }
  const hasIndexFields = parsed.manifests !== undefined;
  const hasImageFields = parsed.config !== undefined || parsed.layers !== undefined;
  if (hasIndexFields && hasImageFields) return { problem: 'ambiguous: both manifests and config/layers' };
  const mediaType = known(contentType)
    ? contentType
    : known(parsed.mediaType)
      ? parsed.mediaType
      : hasIndexFields
        ? MEDIA_TYPES.ociIndex
        : MEDIA_TYPES.ociManifest;
  if (isIndex(mediaType) ? hasImageFields : hasIndexFields) {
    return { problem: `ambiguous: ${isIndex(mediaType) ? 'an index with config/layers' : 'an image manifest with manifests'}` };
  }
  if (isIndex(mediaType) ? !Array.isArray(parsed.manifests) : typeof parsed.config?.digest !== 'string' || !Array.isArray(parsed.layers)) {
    return { problem: isIndex(mediaType) ? 'an index without manifests' : 'an image manifest without config and layers' };
  }
  return { mediaType };
}
