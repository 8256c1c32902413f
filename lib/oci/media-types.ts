/** Manifest media types, descriptors and the check that a body really is a manifest. Pure. */

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
}

export function isIndex(mediaType: string): boolean {
  return INDEX_TYPES.includes(mediaType);
}

/** The config and layers of an image manifest. */
export function manifestBlobs(body: Buffer): Descriptor[] {
  const manifest = JSON.parse(body.toString()) as { config?: Descriptor; layers?: Descriptor[] };
  return [...(manifest.config ? [manifest.config] : []), ...(manifest.layers ?? [])];
}

/**
 * A 200 answer is a manifest only if its body is one: a captive portal's HTML or a proxy's half
 * page must never count as "found". Gives the media type (from the header, else the body), or why
 * the body is not a manifest.
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
  const mediaType = known(contentType)
    ? contentType
    : known(parsed.mediaType)
      ? parsed.mediaType
      : Array.isArray(parsed.manifests) ? MEDIA_TYPES.ociIndex : MEDIA_TYPES.ociManifest;
  if (isIndex(mediaType) ? !Array.isArray(parsed.manifests) : typeof parsed.config?.digest !== 'string' || !Array.isArray(parsed.layers)) {
    return { problem: isIndex(mediaType) ? 'an index without manifests' : 'an image manifest without config and layers' };
  }
  return { mediaType };
}
