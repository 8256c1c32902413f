/**
 * `referrers REF`: what belongs to an image (signatures, SBOMs, attestations), like `oras
 * discover`: the image's digest (REF's, or its tag's), then its referrers by the referrers API,
 * the fallback tag or cosign's tags.
 */
import { ConfigError, CiImagesError } from '../support/errors.ts';
import { HOST, HOST_ACCEPTED } from '../oci/grammar.ts';
import { isMediaType } from '../oci/media-types.ts';
import { formatReference, parseReference, type Reference } from '../oci/reference.ts';
import type { Referrer, RegistryClient } from '../registry/index.ts';

export interface ReferrersRequest {
  readonly reference: Reference;
  readonly artifactType?: string;
  readonly depth?: number;
}

export interface ReferrersResult {
  /** The image, by digest. */
  readonly reference: string;
  readonly digest: string;
  /** Whether the registry has the referrers API (else its fallback tag was read). */
  readonly api: boolean;
  readonly referrers: readonly Referrer[];
  /** Entries refused from the registry's answers (neutralized). */
  readonly dropped: readonly string[];
}

/** REF and the flags, checked (ConfigError, exit 2) before any request. */
export function parseReferrersRequest(positionals: readonly string[], artifactType?: string, depth?: string): ReferrersRequest {
  if (positionals.length !== 1) {
    throw new ConfigError('REF', `REF: referrers takes one image reference (HOST/NAME[:TAG][@sha256:…]), ${positionals.length} given`);
  }
  let reference: Reference;
  try {
    reference = parseReference(positionals[0]);
  } catch (error) {
    throw new ConfigError('REF', `REF: ${(error as Error).message}`);
  }
  if (!HOST.test(reference.registry)) throw ConfigError.invalid('REF', positionals[0], `${HOST_ACCEPTED} before the first /`);
  if (artifactType !== undefined && !isMediaType(artifactType)) {
    throw ConfigError.invalid('--artifact-type', artifactType, 'a media type, e.g. application/vnd.dev.cosign.simplesigning.v1+json');
  }
  if (depth !== undefined && !/^[1-8]$/.test(depth)) throw ConfigError.invalid('--depth', depth, 'a number from 1 to 8');
  return { reference, artifactType, depth: depth === undefined ? undefined : Number(depth) };
}

export async function listReferrers(client: RegistryClient, request: ReferrersRequest, signal?: AbortSignal): Promise<ReferrersResult> {
  const { reference } = request;
  const digest = reference.digest ?? (await client.manifestDigest(reference, signal));
  if (!digest) throw new CiImagesError(`${formatReference(reference)}: no such image`);
  const listing = await client.referrers(reference, digest, { artifactType: request.artifactType, depth: request.depth, signal });
  return {
    reference: formatReference({ registry: reference.registry, repository: reference.repository, digest }),
    digest,
    api: listing.api,
    referrers: listing.referrers,
    dropped: listing.dropped,
  };
}
