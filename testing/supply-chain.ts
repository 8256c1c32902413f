/**
 * Manifests shaped like the supply chain's, for the tests: a cosign signature (its `.sig` tag, a
 * simplesigning layer, the signature annotation), an OCI 1.1 artifact with `subject` (an SPDX
 * SBOM on the empty config), buildx's attestation manifest inside an image index (platform
 * `unknown/unknown`, `vnd.docker.reference.type: attestation-manifest`), and the fallback-tag index a
 * client writes on a registry without the referrers API.
 */
import { randomBytes } from 'node:crypto';
import type { RegistryClient } from '../lib/registry/client.ts';
import type { Reference } from '../lib/oci/reference.ts';
import { sha256, type Blob, type TestImage } from './sample-image.ts';

export interface Artifact {
  readonly manifest: Buffer;
  readonly digest: string;
  readonly mediaType: string;
  readonly blobs: readonly Blob[];
}

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const blob = (mediaType: string, data: Buffer): Blob => ({ mediaType, digest: sha256(data), size: data.length, data });
const descriptor = (b: Pick<Blob, 'mediaType' | 'digest' | 'size'>) => ({ mediaType: b.mediaType, digest: b.digest, size: b.size });
const artifact = (manifest: object, blobs: Blob[], mediaType = OCI_MANIFEST): Artifact => {
  const body = Buffer.from(JSON.stringify(manifest));
  return { manifest: body, digest: sha256(body), mediaType, blobs };
};

/** What `cosign sign` pushes under `sha256-<hex>.sig` (before OCI 1.1): one simplesigning layer per signature. */
export function cosignSignature(subject: string, dockerReference: string): Artifact {
  const payload = blob(
    'application/vnd.dev.cosign.simplesigning.v1+json',
    Buffer.from(
      JSON.stringify({
        critical: {
          identity: { 'docker-reference': dockerReference },
          image: { 'docker-manifest-digest': subject },
          type: 'cosign container image signature',
        },
        optional: null,
      }),
    ),
  );
  const config = blob(
    'application/vnd.oci.image.config.v1+json',
    Buffer.from(
      JSON.stringify({
        architecture: '',
        created: '0001-01-01T00:00:00Z',
        history: [{ created: '0001-01-01T00:00:00Z' }],
        os: '',
        rootfs: { type: 'layers', diff_ids: [payload.digest] },
        config: {},
      }),
    ),
  );
  return artifact(
    {
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: descriptor(config),
      layers: [{ ...descriptor(payload), annotations: { 'dev.cosignproject.cosign/signature': randomBytes(64).toString('base64') } }],
    },
    [config, payload],
  );
}

/** An OCI 1.1 artifact referring to `subject`: an SPDX SBOM on the empty config (what `oras attach` pushes). */
export function sbomArtifact(subject: Pick<Blob, 'mediaType' | 'digest' | 'size'>): Artifact {
  const empty = blob('application/vnd.oci.empty.v1+json', Buffer.from('{}'));
  const sbom = blob(
    'application/spdx+json',
    Buffer.from(JSON.stringify({ spdxVersion: 'SPDX-2.3', name: randomBytes(4).toString('hex') })),
  );
  return artifact(
    {
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      artifactType: 'application/spdx+json',
      config: descriptor(empty),
      layers: [descriptor(sbom)],
      subject: descriptor(subject),
      annotations: { 'org.opencontainers.image.created': '2026-01-01T00:00:00Z' },
    },
    [empty, sbom],
  );
}

/** buildx's attestation manifest for an image (an in-toto provenance layer), and the index holding both. */
export function buildxIndex(image: TestImage): { index: Artifact; attestation: Artifact } {
  const statement = blob(
    'application/vnd.in-toto+json',
    Buffer.from(JSON.stringify({ _type: 'https://in-toto.io/Statement/v0.1', predicateType: 'https://slsa.dev/provenance/v0.2' })),
  );
  const config = blob(
    'application/vnd.oci.image.config.v1+json',
    Buffer.from(
      JSON.stringify({ architecture: 'unknown', os: 'unknown', config: {}, rootfs: { type: 'layers', diff_ids: [statement.digest] } }),
    ),
  );
  const attestation = artifact(
    {
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: descriptor(config),
      layers: [{ ...descriptor(statement), annotations: { 'in-toto.io/predicate-type': 'https://slsa.dev/provenance/v0.2' } }],
    },
    [config, statement],
  );
  const index = artifact(
    {
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: [
        {
          mediaType: image.mediaType,
          digest: image.manifestDigest,
          size: image.manifest.length,
          platform: { architecture: 'amd64', os: 'linux' },
        },
        {
          mediaType: OCI_MANIFEST,
          digest: attestation.digest,
          size: attestation.manifest.length,
          platform: { architecture: 'unknown', os: 'unknown' },
          annotations: { 'vnd.docker.reference.digest': image.manifestDigest, 'vnd.docker.reference.type': 'attestation-manifest' },
        },
      ],
    },
    [],
    OCI_INDEX,
  );
  return { index, attestation };
}

/** The fallback-tag index listing `referrers` (as a client writes it at `sha256-<hex>` on a registry without the API). */
export function fallbackIndex(referrers: readonly { artifact: Artifact; artifactType: string }[]): Artifact {
  return artifact(
    {
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: referrers.map(({ artifact: a, artifactType }) => ({
        mediaType: a.mediaType,
        digest: a.digest,
        size: a.manifest.length,
        artifactType,
      })),
    },
    [],
    OCI_INDEX,
  );
}

/** Blobs first, then the manifest, by digest, or under `tag`. Returns the digest. */
export async function pushArtifact(
  client: RegistryClient,
  a: Artifact,
  ref: Pick<Reference, 'registry' | 'repository'>,
  tag?: string,
): Promise<string> {
  for (const b of a.blobs) if (!(await client.blobExists(ref, b.digest))) await client.pushBlob(ref, b.digest, b.data);
  return client.putManifest({ ...ref, ...(tag ? { tag } : { digest: a.digest }) }, a.manifest, a.mediaType);
}
