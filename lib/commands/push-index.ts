/**
 * push-images after a multi-platform prepare (several BUILD_PLATFORMs): the image is not in the
 * daemon (`--load` takes one platform) but in the registry, as the index prepare pushed under the
 * push tag. Push promotes that index by digest to every publish tag (the commit tag included) with
 * the registry client, and never re-tags a local image: a single-platform image that happens to
 * be in the daemon would overwrite the index with one platform.
 */
import { CiImagesError } from '../support/errors.ts';
import { formatPlatform, matchesPlatform, platformOf } from '../oci/platform.ts';
import { MEDIA_TYPES, parseReference, type Reference, type RegistryClient } from '../registry/index.ts';
import type { Writer } from '../support/writer.ts';

export interface PromotedIndex {
  readonly digest: string;
  /** The platforms the index lists (attestation manifests, `unknown/unknown`, apart). */
  readonly platforms: readonly string[];
}

interface IndexBody {
  readonly manifests?: readonly { readonly platform?: Readonly<Record<string, unknown>> }[];
}

/**
 * The index at `source` must list every platform in `platforms`; else a CiImagesError naming the
 * platforms expected and what was found instead. Then one manifest PUT per tag in `tags`, by digest.
 */
export async function promotePreparedIndex(
  client: RegistryClient,
  source: string,
  tags: readonly string[],
  platforms: readonly string[],
  options: { readonly dryRun: boolean; readonly log: Writer },
): Promise<PromotedIndex | undefined> {
  const expected = platforms.join(',');
  const line = `PUT manifest ${tags.map((t) => `:${t}`).join(', ')} from the ${expected} index prepare pushed as ${source}`;
  if (options.dryRun) {
    options.log(`[dry-run] ${line}`);
    return undefined;
  }
  const ref = parseReference(source);
  const hint =
    `run prepare with BUILD_PLATFORM=${expected} first (it pushes the index); ` +
    'push does not re-tag a local single-platform image over it';
  const digest = await client.manifestDigest(ref);
  if (!digest) throw new CiImagesError(`BUILD_PLATFORM=${expected}: no multi-platform image at ${source}: ${hint}`);
  const byDigest: Reference = { registry: ref.registry, repository: ref.repository, digest };
  const manifest = await client.getManifest(byDigest);
  if (manifest.mediaType !== MEDIA_TYPES.ociIndex && manifest.mediaType !== MEDIA_TYPES.dockerList) {
    const what = `a single-platform image (${manifest.mediaType})`;
    throw new CiImagesError(`BUILD_PLATFORM=${expected}: ${source} is ${what}, not an index of ${expected}: ${hint}`);
  }
  const listed = ((JSON.parse(manifest.body.toString('utf8')) as IndexBody).manifests ?? [])
    .map((m) => platformOf(m.platform))
    .filter((p) => p !== undefined && p.os !== 'unknown');
  const missing = platforms.filter((wanted) => !listed.some((p) => matchesPlatform(p, wanted)));
  if (missing.length > 0) {
    const lists = listed.map((p) => formatPlatform(p!)).join(',') || 'no platform';
    throw new CiImagesError(`BUILD_PLATFORM=${expected}: the index at ${source} lists ${lists}, not ${missing.join(',')}: ${hint}`);
  }
  options.log(`${line} (${digest})`);
  for (const tag of tags) {
    const put = await client.putManifest({ registry: ref.registry, repository: ref.repository, tag }, manifest.body, manifest.mediaType);
    if (put !== digest) {
      throw new CiImagesError(`${ref.registry}/${ref.repository}:${tag}: the registry stored ${put}, not the index ${digest}`);
    }
  }
  return { digest, platforms: listed.map((p) => formatPlatform(p!)) };
}
