/**
 * What belongs to an image without being the image, in pure terms: the OCI 1.1 fallback tag of a
 * digest, cosign's legacy tags, the artifact type of a manifest, and buildx's attestation
 * manifests (children of an index that are not platforms). Pure.
 */
import { isDigest } from './grammar.ts';
import { isMediaType, MEDIA_TYPES, type Descriptor } from './media-types.ts';
import { isUnknownPlatform } from './platform.ts';

/** buildx's annotation on an attestation manifest inside an image index. */
export const ATTESTATION_REFERENCE_TYPE = 'vnd.docker.reference.type';
export const ATTESTATION_MANIFEST = 'attestation-manifest';

/**
 * Whether an index child is a buildx attestation manifest (provenance, SBOM) and not a platform:
 * annotated `vnd.docker.reference.type: attestation-manifest`, or on the platform `unknown/unknown`
 * buildx gives them (no image runs there).
 */
export function isAttestationManifest(descriptor: Pick<Descriptor, 'platform' | 'annotations'> | undefined): boolean {
  if (!descriptor) return false;
  if (descriptor.annotations?.[ATTESTATION_REFERENCE_TYPE] === ATTESTATION_MANIFEST) return true;
  const { os, architecture } = (descriptor.platform ?? {}) as Record<string, unknown>;
  return isUnknownPlatform({ os: String(os), architecture: String(architecture) });
}

/**
 * The OCI 1.1 fallback tag of a digest (distribution-spec "referrers tag schema"): `<alg>-<ref>`,
 * the encoded part cut to 64 characters and anything a tag cannot hold replaced by `-`.
 */
export function fallbackTagName(digest: string): string {
  if (!isDigest(digest)) throw new Error(`not a digest: ${JSON.stringify(String(digest).slice(0, 80))}`);
  const [algorithm, encoded] = digest.split(':');
  return `${algorithm}-${encoded.slice(0, 64)}`.replace(/[^a-zA-Z0-9_.-]/g, '-');
}

/** cosign's legacy tags beside an image: signature, attestation, SBOM (`sha256-<hex>.sig` …). */
export const COSIGN_SUFFIXES = ['sig', 'att', 'sbom'] as const;
export type CosignSuffix = (typeof COSIGN_SUFFIXES)[number];

export function cosignTagName(digest: string, suffix: CosignSuffix): string {
  return `${fallbackTagName(digest)}.${suffix}`;
}

/** The generic config types that say nothing about an artifact (an image's, or the OCI empty descriptor's). */
const GENERIC_CONFIGS: readonly string[] = [
  'application/vnd.oci.image.config.v1+json',
  'application/vnd.docker.container.image.v1+json',
  'application/vnd.oci.empty.v1+json',
];

/**
 * The artifact type of a manifest as image-spec 1.1 and `oras discover` read it: its
 * `artifactType`, else its config's media type unless that is a generic one, else its first
 * layer's (cosign's simplesigning, a DSSE envelope, an SPDX document); undefined when none is a media type.
 */
export function artifactTypeOf(manifest: unknown): string | undefined {
  if (typeof manifest !== 'object' || manifest === null) return undefined;
  const { artifactType, config, layers, mediaType } = manifest as {
    artifactType?: unknown;
    config?: { mediaType?: unknown };
    layers?: unknown;
    mediaType?: unknown;
  };
  if (isMediaType(artifactType)) return artifactType;
  if (isMediaType(config?.mediaType) && !GENERIC_CONFIGS.includes(config.mediaType)) return config.mediaType;
  const first = Array.isArray(layers) ? (layers[0] as { mediaType?: unknown } | undefined) : undefined;
  if (isMediaType(first?.mediaType)) return first.mediaType;
  return isMediaType(mediaType) && mediaType !== MEDIA_TYPES.ociManifest ? mediaType : undefined;
}

/** A short word for an artifact type, for summaries (`2 referrers: signature, sbom`). */
export function artifactKind(artifactType: string | undefined): string {
  const type = (artifactType ?? '').toLowerCase();
  if (/cosign\.simplesigning|notary|signature|\.sig\b/.test(type)) return 'signature';
  if (/spdx|cyclonedx|sbom|syft/.test(type)) return 'sbom';
  if (/in-toto|dsse|provenance|slsa|attestation/.test(type)) return 'attestation';
  return type ? 'artifact' : 'unknown';
}
