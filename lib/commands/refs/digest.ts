/**
 * `digest REF [--platform OS/ARCH]`: the manifest digest a reference resolves to (HEAD, GET when
 * HEAD gives none); with a platform, the digest of that platform's image (an index's child, or
 * the image itself when its config says so).
 */
import { CiImagesError } from '../../support/errors.ts';
import { formatPlatform, matchesPlatform, platformOf, type Platform } from '../../oci/platform.ts';
import { formatReference, type Reference } from '../../oci/reference.ts';
import { isIndex, type RegistryClient } from '../../registry/index.ts';
import { imagePlatform } from '../merge-platforms.ts';

export interface ResolvedDigest {
  /** The reference as given, normalised (`docker.io/library/alpine:latest`). */
  readonly reference: string;
  /** The digest of the manifest the reference names (an index, when it is one). */
  readonly digest: string;
  readonly mediaType: string;
  /** With `--platform`: that platform's image. */
  readonly platform?: { readonly platform: string; readonly digest: string };
}

/** The reference's digest; an image that does not exist is a failure (exit 1) naming it. */
export async function resolveDigest(client: RegistryClient, ref: Reference, platform?: Platform): Promise<ResolvedDigest> {
  const reference = formatReference(ref);
  const digest = await client.manifestDigest(ref);
  if (digest === undefined) throw new CiImagesError(`${reference} does not exist (no such tag or digest in ${ref.registry})`);
  const manifest = await client.getManifest({ ...ref, digest });
  if (!platform) return { reference, digest, mediaType: manifest.mediaType };
  const wanted = formatPlatform(platform);
  if (isIndex(manifest.mediaType)) {
    const children =
      (JSON.parse(manifest.body.toString('utf8')) as { manifests?: { digest?: unknown; platform?: Record<string, unknown> }[] })
        .manifests ?? [];
    const child = children.find((c) => typeof c.digest === 'string' && matchesPlatform(c.platform, platform));
    if (!child) {
      const has = children
        .map((c) => platformOf(c.platform))
        .filter((p) => p !== undefined)
        .map((p) => formatPlatform(p!));
      throw new CiImagesError(`${reference} (${digest}) has no ${wanted} image; it has ${has.join(', ') || 'no platform entries'}`);
    }
    return { reference, digest, mediaType: manifest.mediaType, platform: { platform: wanted, digest: child.digest as string } };
  }
  const own = await imagePlatform(client, ref, manifest.body, reference);
  if (!matchesPlatform(own, platform)) throw new CiImagesError(`${reference} (${digest}) is a ${formatPlatform(own)} image, not ${wanted}`);
  return { reference, digest, mediaType: manifest.mediaType, platform: { platform: wanted, digest } };
}
